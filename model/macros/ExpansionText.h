#pragma once
// The text of a body macro's expansion, with where each byte stands in the user's file
// (syntax/SourceFile.h, ExpansionOrigin), and the hygiene macro_rules! gives the locals its
// transcriber declares.

#include "macros/TokenTree.h"
#include "syntax/SourceFile.h"

#include <string>
#include <string_view>

namespace awaitscope {

struct ExpansionText {
    std::string text;
    std::vector<TextPosition> positions; // per byte of `text`, and one past its end
};

/// `open`, the tokens, then `close`. A token of the invocation's input (its offset a byte
/// of `parent`) answers its own position; a token the transcriber wrote (offset -1) the
/// invocation's start; the blank after a token the end of that token, or of the invocation
/// for a written one, so a node's range covers what it came from. Tokens that stood side by
/// side in the input stay so; any other two are one blank apart.
ExpansionText writeExpansion(const TokenStream& tokens, const SourceFile& parent, TextRange invocation,
                             std::string_view open, std::string_view close);

/// Hygiene for locals (rustc: a macro_rules! transcription marks the identifiers it writes
/// with the expansion's syntax context, rustc_expand/src/mbe/transcribe.rs, and a local is
/// found by name *and* context, rustc_resolve/src/late.rs, `resolve_ident_in_lexical_scope`
/// comparing `Ident`s whose spans are normalised to the macro_rules! (mixed-site) context).
/// A binding the transcriber writes in a `let` or `for` pattern, and every identifier it
/// writes with the same name, get the suffix of `context`: the caller's tokens (offsets
/// >= 0) cannot name it, and it shadows none of the caller's locals.
void separateMacroLocals(TokenStream& tokens, int context);

/// A name as rustc prints it: without the suffix separateMacroLocals added (rustc names a
/// macro's local by its identifier alone in layouts and diagnostics).
std::string withoutHygiene(std::string_view name);

} // namespace awaitscope
