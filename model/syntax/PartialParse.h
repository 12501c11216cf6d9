#pragma once
// A tree-sitter parse of a few pieces of text placed at byte offsets of a file, with
// everything between the pieces left out (tree-sitter's included ranges). The nodes keep
// the file's byte offsets, read their text and positions from the file, and the parse
// costs the pieces' length, not the file's: a macro's arguments are parsed from their own
// text, once, however large the file is.

#include "SyntaxNode.h"

#include <string>
#include <vector>

namespace awaitscope {

class PartialParse {
  public:
    struct Piece {
        uint32_t startByte = 0; // where the piece lies in the file; pieces ascend, never overlap
        std::string text;
    };

    PartialParse(const SourceFile& file, std::vector<Piece> pieces);
    ~PartialParse();
    PartialParse(const PartialParse&) = delete;
    PartialParse& operator=(const PartialParse&) = delete;

    /// Nodes answer text() and positions from the file (the same bytes for the pieces' own
    /// text); a node spanning a left-out gap answers the file's bytes there.
    SyntaxNode root() const;

  private:
    static const char* read(void* payload, uint32_t byteIndex, TSPoint position, uint32_t* bytesRead);

    const SourceFile& m_file;
    std::vector<Piece> m_pieces;
    TSTree* m_tree = nullptr;
};

} // namespace awaitscope
