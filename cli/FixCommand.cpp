// `awaitscope fix FILE --diagnostic N --fix M -o OUT`: writes FILE with one offered fix
// applied, so that scripts can hand the result to rustc (tests/tools/check_fixes_with_rustc.sh).
// Prints where the diagnostic's site is in the new text: a checker looks there for the error.
#include "CommandLine.h"
#include "CommandLineOptions.h"
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"
#include "util/FileLoader.h"

#include <iostream>

namespace awaitscope {

namespace {

int fail(const std::string& message) {
    std::cerr << "awaitscope: " << message << "\n";
    return 2;
}

std::string show(TextPosition p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string count(size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

int runFixCommand(const CommandLineOptions& options) {
    std::string analysisError;
    const auto snapshot = analyzeFile(options, analysisError);
    if (!snapshot) return fail(analysisError);
    const size_t n = static_cast<size_t>(*options.diagnostic), m = static_cast<size_t>(*options.fix);
    if (n > snapshot->diagnostics.size())
        return fail("no diagnostic " + std::to_string(n) + ": " + options.file + " has " +
                    count(snapshot->diagnostics.size(), "diagnostic", "diagnostics"));
    const Diagnostic& d = snapshot->diagnostics[n - 1];
    if (m > d.fixes.size())
        return fail("no fix " + std::to_string(m) + ": diagnostic " + std::to_string(n) + " (" + d.code + " at " +
                    show(d.range.start) + ") has " + count(d.fixes.size(), "fix", "fixes"));
    const Fix& fix = d.fixes[m - 1];
    const FixApplier applier(snapshot->text);
    const AppliedFix applied = applier.apply(fix);
    if (!applied.ok()) return fail("fix " + std::to_string(m) + " cannot be applied: " + applied.error);
    const std::string error = writeFileAtomically(options.output, applied.text);
    if (!error.empty()) return fail(error);
    std::cout << d.code << " at " << show(d.range.start) << ": applied \"" << fix.title << "\"; the site is now at "
              << show(applier.mapPosition(fix, d.range.start)) << "\n";
    return 0;
}

} // namespace awaitscope
