#include "PositionedText.h"

#include "macros/TokenPieces.h"

#include <cctype>
#include <vector>

namespace awaitscope {

namespace {

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '"' || c == '\'' || (c & 0x80);
}

bool isDelimiter(char c) {
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}';
}

// Whether two tokens written side by side would lex as something else (`a` `b` -> `ab`,
// `=` `=` -> `==`).
bool glues(char last, char first) {
    if (last == ' ' || last == '\n' || isDelimiter(last) || isDelimiter(first)) return false;
    return isWordChar(last) == isWordChar(first);
}

class Writer {
  public:
    explicit Writer(std::string_view source) : m_out(source) {
        for (char& c : m_out)
            if (c != '\n' && c != '\r') c = ' ';
    }

    bool write(const std::vector<TokenPiece>& pieces) {
        std::vector<std::string_view> pending;
        for (const TokenPiece& p : pieces) {
            if (p.offset < 0) {
                pending.push_back(p.text);
                continue;
            }
            if (!placePending(pending, p) || !placeAt(p)) return false;
            pending.clear();
        }
        return placePending(pending, TokenPiece{"", static_cast<long>(m_out.size())});
    }

    std::string take() { return std::move(m_out); }

  private:
    char lastWritten() const { return m_cursor > 0 ? m_out[m_cursor - 1] : ' '; }

    bool placeAt(const TokenPiece& p) {
        const size_t at = static_cast<size_t>(p.offset);
        if (at < m_cursor || at + p.text.size() > m_out.size()) return false; // out of order
        // Two source tokens side by side were so in the source (`?;`, `::<`); only a
        // transcribed token right before one could glue to it.
        if (at == m_cursor && m_lastInserted && glues(lastWritten(), p.text.front())) return false;
        m_out.replace(at, p.text.size(), p.text);
        m_cursor = at + p.text.size();
        m_lastInserted = false;
        return true;
    }

    // Transcribed tokens go into the blank space before `next`, never across a line break.
    bool placePending(const std::vector<std::string_view>& pending, const TokenPiece& next) {
        const size_t limit = static_cast<size_t>(next.offset);
        for (std::string_view text : pending) {
            size_t at = m_cursor + (glues(lastWritten(), text.front()) ? 1 : 0);
            while (true) {
                const size_t lineEnd = m_out.find('\n', at);
                const size_t room = std::min(lineEnd, limit);
                if (at + text.size() <= room) break;
                if (lineEnd == std::string::npos || lineEnd >= limit) return false;
                at = lineEnd + 1;
            }
            m_out.replace(at, text.size(), text);
            m_cursor = at + text.size();
            m_lastInserted = true;
        }
        if (!pending.empty() && !next.text.empty() && m_cursor == limit && glues(lastWritten(), next.text.front()))
            return false;
        return true;
    }

    std::string m_out;
    size_t m_cursor = 0;
    bool m_lastInserted = false; // the last token written came from the transcriber
};

} // namespace

std::optional<std::string> positionedText(const TokenStream& tokens, std::string_view source) {
    const std::vector<TokenPiece> pieces = flattenTokens(tokens);
    for (const TokenPiece& p : pieces)
        if (p.text.empty()) return std::nullopt;
    Writer writer(source);
    if (!writer.write(pieces)) return std::nullopt;
    return writer.take();
}

} // namespace awaitscope
