#pragma once
// Syntax highlighting computed from the syntax tree (not from regular expressions), as
// Qt-free data: the view only maps categories to colours.

#include "HighlightSpan.h"
#include "SyntaxTree.h"

#include <vector>

namespace awaitscope {

/// Spans in document order; multi-line tokens (block comments, strings) are split per line.
std::vector<HighlightSpan> computeHighlights(const SyntaxTree& tree);

} // namespace awaitscope
