#include "ExpansionText.h"

#include "macros/TokenPieces.h"

#include <cctype>
#include <set>

namespace awaitscope {

namespace {

constexpr std::string_view kHygieneMark = "__expn";

class Writer {
  public:
    Writer(const SourceFile& parent, TextRange invocation) : m_parent(parent), m_invocation(invocation) {}

    void fixed(std::string_view text, TextPosition at) {
        m_out.text += text;
        m_out.positions.insert(m_out.positions.end(), text.size(), at);
    }

    void piece(const TokenPiece& p) {
        const bool adjacent =
            m_last.offset >= 0 && p.offset >= 0 && p.offset == m_last.offset + static_cast<long>(m_last.text.size());
        if (!m_out.text.empty() && !adjacent) fixed(" ", afterLast());
        for (size_t k = 0; k < p.text.size(); ++k)
            m_out.positions.push_back(p.offset >= 0 ? m_parent.positionOf(static_cast<uint32_t>(p.offset + k))
                                      : p.at >= 0   ? m_parent.positionOf(static_cast<uint32_t>(p.at))
                                                    : m_invocation.start);
        m_out.text += p.text;
        m_last = p;
    }

    TextPosition afterLast() const {
        if (m_last.text.empty()) return m_invocation.start;
        if (m_last.offset < 0)
            return m_last.at >= 0 ? m_parent.positionOf(static_cast<uint32_t>(m_last.at)) : m_invocation.end;
        return m_parent.positionOf(static_cast<uint32_t>(m_last.offset + static_cast<long>(m_last.text.size())));
    }

    ExpansionText take() {
        m_out.positions.push_back(afterLast());
        return std::move(m_out);
    }

  private:
    const SourceFile& m_parent;
    TextRange m_invocation;
    ExpansionText m_out;
    TokenPiece m_last;
};

bool isBindingName(const TokenTree& t) {
    if (t.kind != TokenKind::Ident || t.offset >= 0 || t.text.empty()) return false;
    static const std::set<std::string, std::less<>> kKeywords = {"mut", "ref", "box", "_", "true", "false", "self"};
    const unsigned char first = static_cast<unsigned char>(t.text[0]);
    // An upper-case name in a pattern is a unit struct, variant or const (by convention;
    // rustc resolves it, and a binding there would warn non_snake_case).
    return !kKeywords.count(t.text) && (std::islower(first) || first == '_');
}

// The names a pattern's tokens [begin, end) bind: identifiers that are not paths (followed
// by `(`, `{`, `::` or `!`, or after `::`) nor a struct pattern's field name (before `:`).
void patternBindings(const TokenStream& tokens, size_t begin, size_t end, std::set<std::string>& names) {
    for (size_t j = begin; j < end && j < tokens.size(); ++j) {
        const TokenTree& p = tokens[j];
        if (p.kind == TokenKind::Group) {
            patternBindings(p.children, 0, p.children.size(), names);
            continue;
        }
        const TokenTree* next = j + 1 < end ? &tokens[j + 1] : nullptr;
        const bool path = (next && (next->kind == TokenKind::Group || next->isPunct("::") || next->isPunct("!") ||
                                    next->isPunct(":"))) ||
                          (j > begin && tokens[j - 1].isPunct("::"));
        if (!path && isBindingName(p)) names.insert(p.text);
    }
}

// `let PAT =` / `let PAT:` / `for PAT in`: the pattern ends before `=`, `:`, `;`, `in` or `else`.
size_t letPatternEnd(const TokenStream& tokens, size_t begin) {
    size_t j = begin;
    while (j < tokens.size() && !(tokens[j].isPunct("=") || tokens[j].isPunct(":") || tokens[j].isPunct(";") ||
                                  tokens[j].isIdent("in") || tokens[j].isIdent("else")))
        ++j;
    return j;
}

// A match arm's pattern before its `=>` at `arrow`: back to the previous arm's `,` or block
// body, or the start of the arms; a guard (`if ..`) is not part of it.
std::pair<size_t, size_t> armPattern(const TokenStream& tokens, size_t arrow) {
    size_t begin = arrow;
    while (begin > 0 && !tokens[begin - 1].isPunct(",") &&
           !(tokens[begin - 1].isGroup('{') && begin > 1 && tokens[begin - 2].isPunct("=>")))
        --begin;
    size_t end = begin;
    while (end < arrow && !tokens[end].isIdent("if")) ++end;
    return {begin, end};
}

// `|` opens a closure's parameters where an expression starts: first in its group or after
// an operator, `,`, `;` or `move` / `return`, not after an operand (`a | b`).
bool opensClosure(const TokenStream& tokens, size_t bar) {
    if (bar == 0) return true;
    const TokenTree& before = tokens[bar - 1];
    if (before.kind == TokenKind::Punct) return true;
    return before.isIdent("move") || before.isIdent("return") || before.isIdent("in");
}

// A closure's parameters `|a, (b, c): T|`: each pattern up to its `:` or `,`.
size_t closureParameters(const TokenStream& tokens, size_t bar, std::set<std::string>& names) {
    size_t j = bar + 1;
    while (j < tokens.size() && !tokens[j].isPunct("|")) {
        size_t end = j;
        while (end < tokens.size() && !tokens[end].isPunct(":") && !tokens[end].isPunct(",") &&
               !tokens[end].isPunct("|"))
            ++end;
        patternBindings(tokens, j, end, names);
        while (end < tokens.size() && !tokens[end].isPunct(",") && !tokens[end].isPunct("|")) ++end; // the type
        j = end < tokens.size() && tokens[end].isPunct(",") ? end + 1 : end;
    }
    return j;
}

// The identifiers the transcriber's own `let PAT` / `for PAT in`, match arms `PAT =>` and
// closure parameters `|PAT|` bind (rustc_expand mbe/transcribe.rs marks every token it writes
// with the macro's syntax context, so these never name the caller's locals, nor theirs).
void collectBindings(const TokenStream& tokens, std::set<std::string>& names) {
    for (size_t i = 0; i < tokens.size(); ++i) {
        const TokenTree& t = tokens[i];
        if (t.kind == TokenKind::Group) collectBindings(t.children, names);
        if (t.offset >= 0) continue;
        if (t.isIdent("let") || t.isIdent("for")) {
            patternBindings(tokens, i + 1, letPatternEnd(tokens, i + 1), names);
        } else if (t.isPunct("=>")) {
            const auto [begin, end] = armPattern(tokens, i);
            patternBindings(tokens, begin, end, names);
        } else if (t.isPunct("|") && opensClosure(tokens, i)) {
            i = closureParameters(tokens, i, names);
        }
    }
}

void rename(TokenStream& tokens, const std::set<std::string>& names, const std::string& suffix) {
    for (TokenTree& t : tokens) {
        if (t.kind == TokenKind::Group) rename(t.children, names, suffix);
        if (t.kind == TokenKind::Ident && t.offset < 0 && names.count(t.text)) t.text += suffix;
    }
}

} // namespace

ExpansionText writeExpansion(const TokenStream& tokens, const SourceFile& parent, TextRange invocation,
                             std::string_view open, std::string_view close) {
    const std::vector<TokenPiece> pieces = flattenTokens(tokens);
    Writer writer(parent, invocation);
    writer.fixed(open, invocation.start);
    for (const TokenPiece& p : pieces) writer.piece(p);
    writer.fixed(" ", writer.afterLast());
    writer.fixed(close, invocation.end);
    return writer.take();
}

void separateMacroLocals(TokenStream& tokens, int context) {
    std::set<std::string> names;
    collectBindings(tokens, names);
    if (!names.empty()) rename(tokens, names, std::string(kHygieneMark) + std::to_string(context));
}

std::string withoutHygiene(std::string_view name) {
    std::string out;
    size_t i = 0;
    while (i < name.size()) {
        const size_t mark = name.find(kHygieneMark, i);
        if (mark == std::string_view::npos) break;
        size_t end = mark + kHygieneMark.size();
        while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
        const bool numbered = end > mark + kHygieneMark.size();
        out += name.substr(i, numbered ? mark - i : end - i);
        i = end;
    }
    out += name.substr(i);
    return out;
}

} // namespace awaitscope
