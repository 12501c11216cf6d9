// libFuzzer target: bytes -> analysis -> every fix offered applied with FixApplier, and
// the fixed text analysed again. A fix must apply cleanly (its edits come from the
// analysis of this very text) and leave valid UTF-8 behind.
#include "FuzzSupport.h"

#include "diagnostics/FixApplier.h"

using namespace awaitscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto snapshot = fuzz::analyzeBytes(data, size);
    if (!snapshot) return 0;
    const FixApplier applier(snapshot->text);
    int analysed = 0;
    for (const Diagnostic& diagnostic : snapshot->diagnostics) {
        for (const Fix& fix : diagnostic.fixes) {
            const AppliedFix applied = applier.apply(fix);
            fuzz::require(applied.ok(), "a fix offered by the analysis does not apply");
            fuzz::require(firstInvalidUtf8(applied.text) == std::string::npos, "a fix left invalid UTF-8");
            if (analysed++ < 4) // re-analysing every fix of a large input would starve the fuzzer
                analyze({"fixed.rs", applied.text, snapshot->edition, nullptr});
        }
    }
    return 0;
}
