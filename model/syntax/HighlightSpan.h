#pragma once
// One highlighted run of characters on one line (Qt-free; the view maps categories to colours).

#include "TextPosition.h"

namespace awaitscope {

enum class HighlightCategory { Keyword, String, Comment, Lifetime, Macro, Await, Number, Type, Function };

struct HighlightSpan {
    TextPosition start; // 1-based line, column in characters
    int length = 0;     // characters, on that line only
    HighlightCategory category = HighlightCategory::Keyword;
};

} // namespace awaitscope
