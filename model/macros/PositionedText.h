#pragma once
// Source text for a macro's expansion in which every token that came from the source
// stands at its own byte offset: the expansion of `cfg_rt! { async fn f() {..} }` reads as
// the file with everything but the expanded tokens blanked out, so the items it declares
// keep the lines, columns and byte offsets rustc reports for them (rustc keeps the input
// tokens' spans through macro_rules! transcription, rustc_expand/src/mbe/transcribe.rs).
// Tokens the transcriber wrote (`#[cfg(feature = "rt")]`) go into the blank space before
// the next source token; where they do not fit, or the source tokens come out of order,
// there is no such text.

#include "macros/TokenTree.h"

#include <optional>
#include <string>
#include <string_view>

namespace awaitscope {

/// `source` is the text the tokens' offsets point into; the result has its length and its
/// line breaks.
std::optional<std::string> positionedText(const TokenStream& tokens, std::string_view source);

} // namespace awaitscope
