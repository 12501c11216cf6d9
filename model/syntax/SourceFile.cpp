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

SourceFile::SourceFile(std::string path, std::string text, ExpansionOrigin origin)
    : SourceFile(std::move(path), std::move(text)) {
    m_origin = std::move(origin);
    m_origin.positions.resize(m_text.size() + 1,
                              m_origin.positions.empty() ? TextPosition{1, 1} : m_origin.positions.back());
}

std::optional<std::pair<uint32_t, uint32_t>> SourceFile::rangeIn(const SourceFile* file, uint32_t start,
                                                                 uint32_t end) const {
    const SourceFile* at = this;
    while (at != file) {
        const ExpansionOrigin* origin = at->origin();
        if (!origin) return std::nullopt;
        start = origin->invocationStart;
        end = origin->invocationEnd;
        at = origin->parent;
    }
    return std::make_pair(start, end);
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
    if (origin()) { // an expansion's bytes start at its base
        startByte = startByte < m_origin.base ? 0 : startByte - m_origin.base;
        endByte = endByte < m_origin.base ? 0 : endByte - m_origin.base;
    }
    startByte = std::min<uint32_t>(startByte, m_text.size());
    endByte = std::clamp<uint32_t>(endByte, startByte, m_text.size());
    return std::string_view(m_text).substr(startByte, endByte - startByte);
}

TextPosition SourceFile::positionOf(uint32_t byteOffset) const {
    if (origin()) {
        const uint32_t at = byteOffset < m_origin.base ? 0 : byteOffset - m_origin.base;
        return m_origin.positions[std::min<size_t>(at, m_origin.positions.size() - 1)];
    }
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
