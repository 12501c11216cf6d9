#pragma once
// Shared by the libFuzzer targets: bytes -> the analysis the command line would run,
// and checks that whatever the project writes is well formed. A failed check aborts,
// which libFuzzer reports as a crash with the input that caused it.

#include "analysis/Analyzer.h"
#include "util/FileLoader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace awaitscope::fuzz {

/// The analysis of `data`, or null when the command line would refuse the bytes.
inline std::shared_ptr<const Snapshot> analyzeBytes(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (!checkSourceText(text).empty()) return nullptr;
    return analyze({"fuzz.rs", std::move(text), Edition::E2021, nullptr});
}

inline void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

} // namespace awaitscope::fuzz
