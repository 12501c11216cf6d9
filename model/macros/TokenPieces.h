#pragma once
// An expansion's token trees as the flat run of tokens its text is written from, each
// group's delimiters around its children: read by the item expansions' text
// (PositionedText) and the body expansions' text (ExpansionText).

#include "macros/TokenTree.h"

#include <string_view>
#include <vector>

namespace awaitscope {

struct TokenPiece {
    std::string_view text;
    long offset = -1; // its first byte in the source; -1: written by the transcriber
    long at = -1;     // a written delimiter around input tokens: the input byte it stands for
};

/// The parentheses the transcriber puts around an `expr` fragment stand for rustc's
/// invisible delimiters: they get `at`, the fragment's own first and last bytes.
std::vector<TokenPiece> flattenTokens(const TokenStream& tokens);

} // namespace awaitscope
