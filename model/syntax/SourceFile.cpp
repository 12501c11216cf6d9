#include "SourceFile.h"

#include <algorithm>

namespace awaitscope {

namespace {
// A UTF-8 continuation byte does not start a new character.
bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

SourceFile::SourceFile(std::string path, std::string text) : m_path(std::move(path)), m_text(std::move(text)) {
    m_lineStarts.push_back(0);
    bool ascii = true;
    for (uint32_t i = 0; i < m_text.size(); ++i) {
        ascii = ascii && static_cast<unsigned char>(m_text[i]) < 0x80;
        if (m_text[i] == '\n') {
            m_lineIsAscii.push_back(ascii);
            m_lineStarts.push_back(i + 1);
            ascii = true;
        }
    }
    m_lineIsAscii.push_back(ascii);
}

bool SourceFile::attachNodeIndex(const NodeIndex* index) const {
    const NodeIndex* none = nullptr;
    return m_nodeIndex.compare_exchange_strong(none, index, std::memory_order_acq_rel);
}

void SourceFile::detachNodeIndex(const NodeIndex* index) const {
    const NodeIndex* expected = index;
    m_nodeIndex.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel);
}

std::string_view SourceFile::slice(uint32_t startByte, uint32_t endByte) const {
    startByte = std::min<uint32_t>(startByte, m_text.size());
    endByte = std::clamp<uint32_t>(endByte, startByte, m_text.size());
    return std::string_view(m_text).substr(startByte, endByte - startByte);
}

TextPosition SourceFile::positionOf(uint32_t byteOffset) const {
    byteOffset = std::min<uint32_t>(byteOffset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const auto lineIndex = static_cast<int>(it - m_lineStarts.begin()) - 1;
    // On an ASCII line a byte is a character: no walk along a 200,000-byte line per node.
    if (m_lineIsAscii[lineIndex]) return {lineIndex + 1, static_cast<int>(byteOffset - m_lineStarts[lineIndex]) + 1};
    int column = 1;
    for (uint32_t i = m_lineStarts[lineIndex]; i < byteOffset; ++i)
        if (!isContinuationByte(m_text[i])) ++column;
    return {lineIndex + 1, column};
}

uint32_t SourceFile::byteOffsetOf(TextPosition position) const {
    if (position.line < 1) return 0;
    if (position.line > lineCount()) return static_cast<uint32_t>(m_text.size());
    uint32_t offset = m_lineStarts[position.line - 1];
    for (int column = 1; column < position.column && offset < m_text.size(); ++offset) {
        if (m_text[offset] == '\n') break;
        if (offset + 1 >= m_text.size() || !isContinuationByte(m_text[offset + 1])) ++column;
    }
    return offset;
}

} // namespace awaitscope
