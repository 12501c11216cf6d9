#pragma once
// The text being analysed, with a line index that turns byte offsets into the 1-based
// line/character positions that rustc and the report use.

#include "TextPosition.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class NodeIndex;

class SourceFile {
  public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return m_path; }
    const std::string& text() const { return m_text; }
    std::string_view slice(uint32_t startByte, uint32_t endByte) const;

    TextPosition positionOf(uint32_t byteOffset) const;
    uint32_t byteOffsetOf(TextPosition position) const;
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }

    /// The node index of the tree parsed from this whole file (SyntaxTree sets it while it
    /// lives), so that any of its nodes goes up without a descent from the root.
    const NodeIndex* nodeIndex() const { return m_nodeIndex.load(std::memory_order_acquire); }
    /// Sets the index if the file has none yet; true if it did.
    bool attachNodeIndex(const NodeIndex* index) const;
    void detachNodeIndex(const NodeIndex* index) const;

  private:
    std::string m_path;
    std::string m_text;
    std::vector<uint32_t> m_lineStarts;
    std::vector<bool> m_lineIsAscii; ///< per line: no multi-byte character, so column = byte + 1
    mutable std::atomic<const NodeIndex*> m_nodeIndex{nullptr};
};

} // namespace awaitscope
