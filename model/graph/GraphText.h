#pragma once
// Wording shared by the diagrams and the lowered code, so a field reads the same in the
// state machine, the propagation path and the Rust listing.

#include "data/Snapshot.h"
#include "graph/GraphDescription.h"

#include <string>

namespace awaitscope {

/// "22:42": line:column as rustc's human-readable spans print them.
std::string positionText(TextPosition position);

Badge badgeFor(Verdict verdict);

/// What a badge means, for its tooltip and the legend: "!Send: must stay on the thread…".
std::string badgeMeaning(Badge badge, const std::string& trait);

/// Text on one line: runs of whitespace (a multi-line expression's newlines and
/// indentation) become one space, and more than `maxChars` characters end in "…".
std::string oneLine(const std::string& text, size_t maxChars = 80);

/// The worse of two badges for colouring a node: No, then Unknown, then Yes.
Badge worseBadge(Badge a, Badge b);

/// What a saved value is called: its binding, or a temporary's / awaitee's source text.
std::string fieldName(const SavedField& field);

/// "scores: RefMut<'_, HashMap<String, i64>>"; kinds other than local are prefixed.
std::string fieldRowText(const SavedField& field);

/// The field's type, or "unknown type".
std::string fieldTypeText(const SavedField& field);

/// The index of the state whose await keyword is at `position`, or -1.
int stateAtAwait(const FutureInfo& future, TextPosition position);

/// Text made safe inside XML markup: SVG text, and Graphviz's HTML-like labels (which
/// take no newline and keep `'` as it is, so the DOT files stay readable).
enum class Markup { Svg, GraphvizHtml };
std::string escapeMarkup(const std::string& text, Markup markup);

/// The source text in `range` (1-based lines, columns in characters), whitespace runs
/// collapsed to one space and cut to `maxChars` characters with an ellipsis.
std::string sourceExcerpt(const std::string& text, TextRange range, size_t maxChars = 60);

} // namespace awaitscope
