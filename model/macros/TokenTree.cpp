#include "TokenTree.h"

#include <cctype>

namespace awaitscope {

namespace {

bool isIdentStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
}
bool isIdentChar(char c) {
    return isIdentStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

// Longest first, as rustc's lexer glues them (rustc_ast::token::Token::glue).
constexpr std::string_view kPuncts[] = {"..=", "...", "<<=", ">>=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&",
                                        "||",  "+=",  "-=",  "*=",  "/=", "%=", "^=", "&=", "|=", "<<", ">>", ".."};

class Lexer {
  public:
    Lexer(std::string_view text, long base) : m_text(text), m_base(base) {}

    TokenStream stream(char close) {
        TokenStream out;
        while (true) {
            skipTrivia();
            m_closedAt = std::string_view::npos;
            if (m_pos >= m_text.size()) return out;
            const char c = m_text[m_pos];
            if (c == ')' || c == ']' || c == '}') {
                if (close == c) m_closedAt = m_pos++;
                return out; // an unbalanced closer ends this stream
            }
            out.push_back(token());
        }
    }

  private:
    void skipTrivia() {
        while (m_pos < m_text.size()) {
            if (std::isspace(static_cast<unsigned char>(m_text[m_pos]))) {
                ++m_pos;
            } else if (m_text.substr(m_pos, 2) == "//") {
                while (m_pos < m_text.size() && m_text[m_pos] != '\n') ++m_pos;
            } else if (m_text.substr(m_pos, 2) == "/*") {
                int depth = 0; // block comments nest in Rust
                do {
                    if (m_text.substr(m_pos, 2) == "/*")
                        ++depth, m_pos += 2;
                    else if (m_text.substr(m_pos, 2) == "*/")
                        --depth, m_pos += 2;
                    else
                        ++m_pos;
                } while (depth > 0 && m_pos < m_text.size());
            } else {
                return;
            }
        }
    }

    TokenTree make(TokenKind kind, size_t start) {
        TokenTree t(kind, std::string(m_text.substr(start, m_pos - start)));
        t.offset = at(start);
        return t;
    }

    long at(size_t pos) const { return m_base < 0 ? -1 : m_base + static_cast<long>(pos); }

    TokenTree token() {
        const size_t start = m_pos;
        const char c = m_text[m_pos];
        if (c == '(' || c == '[' || c == '{') {
            ++m_pos;
            const char close = c == '(' ? ')' : c == '[' ? ']' : '}';
            TokenTree group(TokenKind::Group, std::string(1, c));
            group.offset = at(start);
            group.children = stream(close);
            if (m_closedAt != std::string_view::npos) group.closeOffset = at(m_closedAt);
            return group;
        }
        if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) return rawString(1);
        if (c == 'b' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) return rawString(2);
        if ((c == 'b' || c == 'c') && (peek(1) == '"' || peek(1) == '\'')) {
            ++m_pos;
            return quoted(start, m_text[m_pos]);
        }
        if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) m_pos += 2; // raw identifier
        if (isIdentStart(c) || m_pos != start) {
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos])) ++m_pos;
            return make(TokenKind::Ident, start);
        }
        if (std::isdigit(static_cast<unsigned char>(c))) return number(start);
        if (c == '"') return quoted(start, '"');
        if (c == '\'') return quoteOrLifetime(start);
        for (std::string_view p : kPuncts)
            if (m_text.substr(m_pos, p.size()) == p) {
                m_pos += p.size();
                return make(TokenKind::Punct, start);
            }
        ++m_pos;
        return make(TokenKind::Punct, start);
    }

    char peek(size_t ahead) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }

    TokenTree quoted(size_t start, char quote) {
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        m_pos = std::min(m_pos + 1, m_text.size());
        suffix();
        return make(TokenKind::Literal, start);
    }

    TokenTree rawString(size_t prefix) {
        const size_t start = m_pos;
        m_pos += prefix;
        size_t hashes = 0;
        while (peek(0) == '#') ++hashes, ++m_pos;
        ++m_pos; // the opening quote
        const std::string close = "\"" + std::string(hashes, '#');
        const size_t end = m_text.find(close, m_pos);
        m_pos = end == std::string_view::npos ? m_text.size() : end + close.size();
        return make(TokenKind::Literal, start);
    }

    TokenTree quoteOrLifetime(size_t start) {
        // 'a' and '\n' are chars; 'a without a closing quote is a lifetime.
        if (peek(1) == '\\' || (peek(2) == '\'' && peek(1) != '\'')) return quoted(start, '\'');
        ++m_pos;
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos])) ++m_pos;
        if (peek(0) == '\'') { // a multi-byte char literal such as '→'
            ++m_pos;
            return make(TokenKind::Literal, start);
        }
        return make(TokenKind::Lifetime, start);
    }

    TokenTree number(size_t start) {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            const bool fraction = c == '.' && std::isdigit(static_cast<unsigned char>(peek(1)));
            const bool exponent = (c == '+' || c == '-') && (m_text[m_pos - 1] == 'e' || m_text[m_pos - 1] == 'E') &&
                                  m_text.substr(start, 2) != "0x";
            if (!isIdentChar(c) && !fraction && !exponent) break;
            ++m_pos;
        }
        return make(TokenKind::Literal, start);
    }

    void suffix() {
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos])) ++m_pos;
    }

    std::string_view m_text;
    long m_base = -1;
    size_t m_pos = 0;
    size_t m_closedAt = std::string_view::npos; // where the group just lexed was closed
};

void appendText(const TokenStream& tokens, std::string& out) {
    for (const TokenTree& t : tokens) {
        if (t.kind == TokenKind::Group) {
            const char open = t.text[0];
            out += open;
            appendText(t.children, out);
            out += open == '(' ? ')' : open == '[' ? ']' : '}';
            out += ' ';
            continue;
        }
        out += t.text;
        out += ' ';
    }
}

} // namespace

TokenStream lexTokens(std::string_view text, long base) {
    TokenStream out;
    Lexer lexer(text, base);
    out = lexer.stream('\0');
    return out;
}

std::string tokensToText(const TokenStream& tokens) {
    std::string out;
    appendText(tokens, out);
    return out;
}

} // namespace awaitscope
