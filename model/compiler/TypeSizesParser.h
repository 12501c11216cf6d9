#pragma once
// Reads the coroutine layouts out of `-Zprint-type-sizes` output (lines starting with
// `print-type-size`). Other lines (cargo's JSON messages on the same stream) are skipped.
// The printing side is rustc_session/src/code_stats.rs, `CodeStats::print_type_sizes`.

#include "compiler/RustcLayout.h"

#include <string>
#include <vector>

namespace awaitscope {

struct TypeSizesParse {
    std::vector<RustcLayout> layouts;    // every async fn body / block / closure body, as printed
    int typeCount = 0;                   // every `type:` line, async or not
    std::vector<std::string> unexpected; // print-type-size lines that fit no known form
};

TypeSizesParse parseTypeSizes(const std::string& output);

/// Splits a coroutine's type name into kind, path and span; false for any other type.
bool describeCoroutineType(const std::string& type, RustcLayout& layout);

} // namespace awaitscope
