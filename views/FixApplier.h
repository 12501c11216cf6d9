#pragma once
// Applies a Fix's text edits to a document as ONE undoable step (a single Ctrl+Z reverts
// the whole fix). Edits use the model's positions: 1-based lines, character columns.

#include "data/Snapshot.h"

class QTextDocument;

namespace awaitscope {

/// Returns false, changing nothing, when an edit points outside the document.
bool applyTextEdits(QTextDocument* document, const std::vector<TextEdit>& edits);

} // namespace awaitscope
