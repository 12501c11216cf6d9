#pragma once
// Human-readable renderings of a Snapshot: plain text with the diagnostics as rustc
// prints them (export/RustcStyleText) followed by what each future keeps, and a Markdown
// explanation for an issue comment.

#include "data/Snapshot.h"

#include <string>

namespace awaitscope {

std::string textReport(const Snapshot& snapshot);
std::string markdownReport(const Snapshot& snapshot);

} // namespace awaitscope
