#include "types/LayoutAttribute.h"

#include <cctype>
#include <string>
#include <string_view>

namespace awaitscope {

namespace {

/// Reads `awaitscope::layout(size = N, align = N)` (spaces allowed around the names, `=`,
/// `,` and the parentheses' contents) by hand: a std::regex here was compiled in every
/// process that reads the prelude, and matched against each of its layout attributes.
class LayoutScanner {
  public:
    explicit LayoutScanner(std::string_view text) : m_text(text) {}

    std::optional<FixedLayout> read() {
        if (!word("awaitscope::layout(") || !spacedWord("size") || !spacedWord("=")) return std::nullopt;
        const auto size = number();
        if (!size || !spacedWord(",") || !spacedWord("align") || !spacedWord("=")) return std::nullopt;
        const auto align = number();
        if (!align || !spacedWord(")") || m_at != m_text.size()) return std::nullopt;
        return FixedLayout{*size, *align};
    }

  private:
    bool word(std::string_view w) {
        if (m_text.substr(m_at, w.size()) != w) return false;
        m_at += w.size();
        return true;
    }
    void spaces() {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at]))) ++m_at;
    }
    bool spacedWord(std::string_view w) {
        spaces();
        return word(w);
    }
    std::optional<long> number() {
        spaces();
        const size_t start = m_at;
        while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at]))) ++m_at;
        if (m_at == start) return std::nullopt;
        return std::stol(std::string(m_text.substr(start, m_at - start)));
    }

    std::string_view m_text;
    size_t m_at = 0;
};

} // namespace

std::optional<FixedLayout> layoutAttribute(const SyntaxNode& item) {
    for (SyntaxNode n = item.prevNamedSibling(); !n.isNull(); n = n.prevNamedSibling()) {
        if (n.is(SyntaxKind::LineComment) || n.is(SyntaxKind::BlockComment)) continue;
        if (!n.is(SyntaxKind::AttributeItem)) break;
        if (auto layout = LayoutScanner(n.childOfKind(SyntaxKind::Attribute).text()).read()) return layout;
    }
    return std::nullopt;
}

} // namespace awaitscope
