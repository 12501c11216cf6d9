#pragma once
// The check's findings as problems beside the model's: each state where model and compiler
// keep different locals ("model and compiler differ", both lists), and rustc's own errors,
// marked as the compiler's, at their spans and with their notes.

#include "compiler/RustcComparison.h"
#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

/// Code of a disagreement between model and compiler.
inline constexpr const char* kModelCompilerDiffer = "model-compiler-differ";
/// Code prefix of rustc's own errors ("rustc" or "rustc-E0505").
inline constexpr const char* kRustcError = "rustc";

std::vector<Diagnostic> rustcProblems(const Snapshot& snapshot, const RustcCheck& check,
                                      const std::vector<std::optional<RustcFutureView>>& views);

/// The snapshot with rustc's problems appended and, where the model has no size, rustc's
/// sizes filled in (futures, and saved values rustc names the same way).
Snapshot withRustcFindings(const Snapshot& snapshot, const RustcCheck& check,
                           const std::vector<std::optional<RustcFutureView>>& views);

} // namespace awaitscope
