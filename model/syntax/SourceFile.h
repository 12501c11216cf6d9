#pragma once
// The text being analysed, with a line index that turns byte offsets into the 1-based
// line/character positions that rustc and the report use.

#include "TextPosition.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class NodeIndex;
class SourceFile;

/// Where the text of a macro's expansion came from (rustc keeps a span per token through
/// macro_rules! transcription, rustc_expand/src/mbe/transcribe.rs). The text is laid at
/// bytes past the end of the file it was invoked in, so no node of it shares a byte offset
/// with a node of that file, and each of its bytes answers the position in the user's file
/// it stands for: an argument's token its own place, a token the macro wrote the
/// invocation's start, and a blank after one the invocation's end.
struct ExpansionOrigin {
    uint32_t base = 0;                   // the byte offset of the text's first byte
    std::vector<TextPosition> positions; // per byte of the text, and one past its end
    const SourceFile* parent = nullptr;  // the file the invocation stands in
    uint32_t invocationStart = 0;        // the invocation's bytes in `parent`
    uint32_t invocationEnd = 0;
    int depth = 1; // how many expansions deep: 1 for an invocation written in the file
};

class SourceFile {
  public:
    SourceFile(std::string path, std::string text);
    /// The text of a macro expansion (see ExpansionOrigin).
    SourceFile(std::string path, std::string text, ExpansionOrigin origin);

    const std::string& path() const { return m_path; }
    const std::string& text() const { return m_text; }
    std::string_view slice(uint32_t startByte, uint32_t endByte) const;

    TextPosition positionOf(uint32_t byteOffset) const;
    uint32_t byteOffsetOf(TextPosition position) const;
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    /// Null for a file's own text; where an expansion's text came from otherwise.
    const ExpansionOrigin* origin() const { return m_origin.positions.empty() ? nullptr : &m_origin; }
    /// The bytes [start, end) of this text as bytes of `file`, a file this text was expanded
    /// from (through one or more invocations): the outermost invocation's bytes there.
    /// Nullopt when `file` is not one this text came from.
    std::optional<std::pair<uint32_t, uint32_t>> rangeIn(const SourceFile* file, uint32_t start, uint32_t end) const;

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
    ExpansionOrigin m_origin;
    mutable std::atomic<const NodeIndex*> m_nodeIndex{nullptr};
};

} // namespace awaitscope
