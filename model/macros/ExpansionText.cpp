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

// The identifiers a transcribed `let PAT` / `for PAT in` binds: names in the pattern that
// are not followed by `(`, `{`, `::` or `!` (paths), up to `=`, `:`, `;`, `else` or `in`.
void collectBindings(const TokenStream& tokens, std::set<std::string>& names) {
    for (size_t i = 0; i < tokens.size(); ++i) {
        const TokenTree& t = tokens[i];
        if (t.kind == TokenKind::Group) collectBindings(t.children, names);
        if (!(t.isIdent("let") || t.isIdent("for")) || t.offset >= 0) continue;
        for (size_t j = i + 1; j < tokens.size(); ++j) {
            const TokenTree& p = tokens[j];
            if (p.isPunct("=") || p.isPunct(":") || p.isPunct(";") || p.isIdent("in") || p.isIdent("else")) break;
            const TokenTree* next = j + 1 < tokens.size() ? &tokens[j + 1] : nullptr;
            const bool path = next && (next->kind == TokenKind::Group || next->isPunct("::") || next->isPunct("!"));
            if (p.kind == TokenKind::Group) {
                TokenStream inner = p.children;
                inner.insert(inner.begin(), TokenTree(TokenKind::Ident, "let"));
                collectBindings(inner, names);
            } else if (!path && isBindingName(p)) {
                names.insert(p.text);
            }
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
