#pragma once
// Reads rustc's JSON diagnostics: rustc's own stderr (one object a line) or cargo's
// `--message-format=json` stream (objects with "reason": "compiler-message").

#include "compiler/RustcDiagnostic.h"

#include <string>
#include <vector>

namespace awaitscope {

struct DiagnosticsParse {
    std::vector<RustcDiagnostic> diagnostics; // errors and warnings, in rustc's order
    std::vector<std::string> otherLines;      // non-JSON text (a panic, cargo's own errors)
    bool internalCompilerError = false;
    std::optional<bool> buildSucceeded; // cargo's "build-finished" message, if seen
};

/// `targetSource`: with cargo's stream, only messages about the target whose src_path is
/// this (absolute) are kept; empty keeps all.
DiagnosticsParse parseRustcDiagnostics(const std::string& stream, const std::string& targetSource = "");

/// True for a span in the crate being checked (rustc prints those relative to its working
/// directory; std, the registry and other crates are absolute paths).
bool isUserFile(const std::string& file);

} // namespace awaitscope
