#pragma once
// Human-readable renderings of a Snapshot: a rustc-style but complete explanation as
// plain text, and the same as Markdown for an issue comment.

#include "data/Snapshot.h"

#include <string>

namespace awaitscope {

std::string textReport(const Snapshot& snapshot);
std::string markdownReport(const Snapshot& snapshot);

} // namespace awaitscope
