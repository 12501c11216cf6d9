#include "MacroRules.h"

namespace awaitscope {

std::optional<MacroRules> MacroRules::parse(std::string_view definition, std::string definingCrate) {
    const TokenStream tokens = lexTokens(definition);
    if (tokens.size() < 4 || !tokens[0].isIdent("macro_rules") || !tokens[1].isPunct("!") ||
        tokens[2].kind != TokenKind::Ident || tokens[3].kind != TokenKind::Group)
        return std::nullopt;
    MacroRules rules;
    rules.m_name = tokens[2].text;
    rules.m_crate = std::move(definingCrate);
    const TokenStream& body = tokens[3].children;
    for (size_t i = 0; i + 2 < body.size(); ++i) {
        if (body[i].kind != TokenKind::Group || !body[i + 1].isPunct("=>") || body[i + 2].kind != TokenKind::Group)
            continue;
        rules.m_rules.push_back({compileMatcher(body[i].children), body[i + 2].children});
        i += 2;
    }
    if (rules.m_rules.empty()) return std::nullopt;
    return rules;
}

std::optional<TokenStream> MacroRules::expand(const TokenStream& input) const {
    for (const Rule& rule : m_rules)
        if (auto bindings = matchMacro(rule.matcher, input)) return transcribe(rule.transcriber, *bindings, m_crate);
    return std::nullopt;
}

namespace {

class Transcriber {
  public:
    Transcriber(const MatchBindings& bindings, const std::string& definingCrate)
        : m_bindings(bindings), m_crate(definingCrate) {}

    void run(const TokenStream& in, TokenStream& out) {
        for (size_t i = 0; i < in.size(); ++i) {
            const TokenTree& t = in[i];
            if (t.isPunct("$") && i + 1 < in.size() && in[i + 1].kind == TokenKind::Ident) {
                substitute(in[++i].text, out);
            } else if (t.isPunct("$") && i + 1 < in.size() && in[i + 1].isGroup('(')) {
                const TokenStream& body = in[++i].children;
                std::optional<TokenTree> separator;
                auto isOp = [&](size_t j) {
                    return j < in.size() && (in[j].isPunct("*") || in[j].isPunct("+") || in[j].isPunct("?"));
                };
                if (!isOp(i + 1) && isOp(i + 2)) separator = in[++i];
                if (isOp(i + 1)) ++i;
                repeat(body, separator, out);
            } else if (t.kind == TokenKind::Group) {
                TokenTree group{TokenKind::Group, t.text, {}};
                run(t.children, group.children);
                out.push_back(std::move(group));
            } else {
                out.push_back(t);
            }
        }
    }

  private:
    const MatchBinding* lookup(const std::string& name) const {
        auto it = m_bindings.find(name);
        if (it == m_bindings.end()) return nullptr;
        const MatchBinding* b = &it->second;
        for (size_t index : m_indices) {
            if (!b->isRepetition) break;
            if (index >= b->repeats.size()) return nullptr;
            b = &b->repeats[index];
        }
        return b;
    }

    void substitute(const std::string& name, TokenStream& out) const {
        if (name == "crate") {
            if (!m_crate.empty()) out.push_back({TokenKind::Punct, "::", {}});
            out.push_back({TokenKind::Ident, m_crate.empty() ? "crate" : m_crate, {}});
            return;
        }
        const MatchBinding* b = lookup(name);
        if (!b || b->isRepetition) {
            out.push_back({TokenKind::Punct, "$", {}}); // not a metavariable here: kept as written
            out.push_back({TokenKind::Ident, name, {}});
            return;
        }
        // An expr fragment stays one expression wherever it lands (rustc keeps it as one
        // nonterminal); parentheses do that in text.
        if (b->fragment == "expr" && b->tokens.size() > 1) {
            out.push_back({TokenKind::Group, "(", b->tokens});
            return;
        }
        out.insert(out.end(), b->tokens.begin(), b->tokens.end());
    }

    // How often a repetition runs: as often as the repeated variables inside it matched.
    std::optional<size_t> count(const TokenStream& body) const {
        for (size_t i = 0; i < body.size(); ++i) {
            if (body[i].kind == TokenKind::Group)
                if (auto n = count(body[i].children)) return n;
            if (!body[i].isPunct("$") || i + 1 >= body.size()) continue;
            if (body[i + 1].kind == TokenKind::Ident) {
                const MatchBinding* b = lookup(body[i + 1].text);
                if (b && b->isRepetition) return b->repeats.size();
            }
        }
        return std::nullopt;
    }

    void repeat(const TokenStream& body, const std::optional<TokenTree>& separator, TokenStream& out) {
        const size_t n = count(body).value_or(0);
        for (size_t k = 0; k < n; ++k) {
            if (k > 0 && separator) out.push_back(*separator);
            m_indices.push_back(k);
            run(body, out);
            m_indices.pop_back();
        }
    }

    const MatchBindings& m_bindings;
    const std::string& m_crate;
    std::vector<size_t> m_indices;
};

} // namespace

TokenStream transcribe(const TokenStream& transcriber, const MatchBindings& bindings,
                       const std::string& definingCrate) {
    TokenStream out;
    Transcriber(bindings, definingCrate).run(transcriber, out);
    return out;
}

} // namespace awaitscope
