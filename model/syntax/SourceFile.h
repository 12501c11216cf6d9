#pragma once
// The text being analysed, with a line index that turns byte offsets into the 1-based
// line/character positions that rustc and the report use.

#include "TextPosition.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class SourceFile {
  public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return m_path; }
    const std::string& text() const { return m_text; }
    std::string_view slice(uint32_t startByte, uint32_t endByte) const;

    TextPosition positionOf(uint32_t byteOffset) const;
    uint32_t byteOffsetOf(TextPosition position) const;
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }

  private:
    std::string m_path;
    std::string m_text;
    std::vector<uint32_t> m_lineStarts;
    std::vector<bool> m_lineIsAscii; ///< per line: no multi-byte character, so column = byte + 1
};

} // namespace awaitscope
