#include "MacroExpander.h"

namespace awaitscope {

namespace {

// rustc's default `#![recursion_limit]` (rustc_session/src/session.rs, Limit 128): a
// macro that keeps invoking itself deeper than this is an error, not an endless loop.
constexpr int kRecursionLimit = 128;

// `[::] a :: b :: name ! ( .. )` starting at `at`: the index of the `!`, or 0 if there is
// no invocation there.
size_t invocationBang(const TokenStream& tokens, size_t at) {
    size_t i = at;
    if (i < tokens.size() && tokens[i].isPunct("::")) ++i;
    while (i < tokens.size() && tokens[i].kind == TokenKind::Ident) {
        if (i + 1 < tokens.size() && tokens[i + 1].isPunct("::")) {
            i += 2;
            continue;
        }
        const bool bang = i + 2 < tokens.size() && tokens[i + 1].isPunct("!") &&
                          tokens[i + 2].kind == TokenKind::Group && tokens[i].text != "macro_rules";
        return bang ? i + 1 : 0;
    }
    return 0;
}

// A path starts where the token before it cannot continue one.
bool startsPath(const TokenStream& tokens, size_t at) {
    if (at == 0) return true;
    const TokenTree& before = tokens[at - 1];
    return !before.isPunct("::") && before.kind != TokenKind::Ident;
}

} // namespace

void MacroExpander::define(MacroRules rules) {
    auto key = std::make_pair(rules.definingCrate(), rules.name());
    m_macros.insert_or_assign(std::move(key), std::move(rules));
}

const MacroRules* MacroExpander::find(const std::string& crate, const std::string& name) const {
    auto it = m_macros.find({crate, name});
    return it == m_macros.end() ? nullptr : &it->second;
}

std::pair<std::string, std::string> MacroExpander::resolve(const TokenStream& path, const std::string& currentCrate) {
    std::vector<std::string> segments;
    for (const TokenTree& t : path)
        if (t.kind == TokenKind::Ident) segments.push_back(t.text);
    if (segments.empty()) return {};
    if (segments.size() == 1 || segments.front() == "crate" || segments.front() == "self" ||
        segments.front() == "super")
        return {currentCrate, segments.back()};
    return {segments.front(), segments.back()};
}

std::optional<MacroExpansion> MacroExpander::expand(const std::string& crate, const std::string& name,
                                                    const TokenStream& input) const {
    const MacroRules* rules = find(crate, name);
    if (!rules) return std::nullopt;
    MacroExpansion out;
    auto tokens = expandOne(*rules, input, 0, out);
    if (!tokens) return std::nullopt;
    out.tokens = std::move(*tokens);
    return out;
}

std::optional<TokenStream> MacroExpander::expandOne(const MacroRules& rules, const TokenStream& input, int depth,
                                                    MacroExpansion& out) const {
    if (depth >= kRecursionLimit) return std::nullopt;
    auto tokens = rules.expand(input);
    if (!tokens || !expandWithin(*tokens, rules.definingCrate(), depth + 1, out)) return std::nullopt;
    return tokens;
}

// Every invocation in `tokens` (inside groups too) of a known macro replaced by its full
// expansion. Paths are resolved from the crate whose macro wrote them: `$crate` was
// transcribed to `::krate`, so a crate-qualified path keeps its crate wherever it lands.
bool MacroExpander::expandWithin(TokenStream& tokens, const std::string& currentCrate, int depth,
                                 MacroExpansion& out) const {
    size_t i = 0;
    while (i < tokens.size()) {
        const size_t bang = startsPath(tokens, i) ? invocationBang(tokens, i) : 0;
        if (bang == 0) {
            if (tokens[i].kind == TokenKind::Group && !expandWithin(tokens[i].children, currentCrate, depth, out))
                return false;
            ++i;
            continue;
        }
        const TokenStream path(tokens.begin() + i, tokens.begin() + bang);
        const auto [crate, name] = resolve(path, currentCrate);
        const MacroRules* rules = find(crate, name);
        if (!rules) {
            out.unexpanded.push_back(tokensToText(path));
            if (!expandWithin(tokens[bang + 1].children, currentCrate, depth, out)) return false;
            i = bang + 2;
            continue;
        }
        auto expanded = expandOne(*rules, tokens[bang + 1].children, depth, out);
        if (!expanded) return false;
        tokens.erase(tokens.begin() + i, tokens.begin() + bang + 2);
        tokens.insert(tokens.begin() + i, expanded->begin(), expanded->end());
        i += expanded->size();
    }
    return true;
}

} // namespace awaitscope
