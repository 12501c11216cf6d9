#pragma once
// Converts between the model's positions (1-based line, 1-based column counted in Unicode
// scalar values, as rustc prints them) and QTextDocument offsets (UTF-16 code units).

#include "syntax/TextPosition.h"

class QTextCursor;
class QTextDocument;

namespace awaitscope {

/// The document offset of a position; columns past the line's end clamp to it.
/// Returns -1 when the line does not exist.
int documentOffset(const QTextDocument* document, TextPosition position);
/// The 1-based line / character column of a cursor's position.
TextPosition textPositionOf(const QTextCursor& cursor);

} // namespace awaitscope
