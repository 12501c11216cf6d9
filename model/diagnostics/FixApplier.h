#pragma once
// Applies a Fix's text edits to source text, outside any editor: the command line's
// `awaitscope fix` and the tests that re-analyse fixed code use it (the window has its own
// QTextCursor-based applier, which also keeps the undo stack).
//
// Positions are the report's: 1-based lines, 1-based columns counted in Unicode scalar
// values, ends exclusive. Edits are applied from the last to the first so that earlier
// positions stay valid; overlapping edits or positions outside the text are an error
// rather than being clamped, because they mean the fix itself is wrong.

#include "data/Snapshot.h"

#include <string>

namespace awaitscope {

struct AppliedFix {
    std::string text;  // the new text (the input unchanged on error)
    std::string error; // empty on success
    bool ok() const { return error.empty(); }
};

class FixApplier {
  public:
    explicit FixApplier(std::string text) : m_text(std::move(text)) {}

    AppliedFix apply(const Fix& fix) const;
    /// Where `position` of the original text is after applying `fix`: shifted by the edits
    /// before it; a position inside a replaced range moves to that edit's start.
    TextPosition mapPosition(const Fix& fix, TextPosition position) const;

  private:
    /// The byte offset of a position, or npos when the position is not in the text.
    size_t offsetOf(TextPosition position) const;
    static TextPosition positionIn(const std::string& text, size_t offset);

    std::string m_text;
};

} // namespace awaitscope
