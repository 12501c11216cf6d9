// The lowered code is real Rust: for every future of every sample (both editions), the
// text the window shows and copies is compiled by rustc (`--emit=metadata`: type-checked,
// no code generated), one file per sample with each future in its own module. Skipped
// only when rustc is not installed.
#include "ExportTestSupport.h"
#include "analysis/Analyzer.h"
#include "graph/LoweredCode.h"

#include <filesystem>
#include <sstream>

using namespace awaitscope;
using namespace awaitscope::testing;
namespace fs = std::filesystem;

namespace {

std::string moduleOf(const FutureInfo& f, size_t index) {
    std::istringstream lines(LoweredCode::build(f).text);
    std::string out = "mod future_" + std::to_string(index) + " {\n";
    for (std::string line; std::getline(lines, line);) out += "    " + line + "\n";
    return out + "}\n";
}

} // namespace

TEST(LoweredCodeCompiles, EverySampleFutureIsAcceptedByRustc) {
    if (!haveProgram("rustc")) GTEST_SKIP() << "rustc is not installed";
    const fs::path dir = tempPath("lowered");
    fs::create_directories(dir);
    int compiled = 0;
    for (const auto& entry : fs::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        for (Edition edition : {Edition::E2021, Edition::E2024}) {
            const std::string name = entry.path().stem().string() + "_" + editionName(edition);
            const auto snapshot = analyze({entry.path().string(), readFile(entry.path()), edition, nullptr});
            std::string crate;
            for (size_t i = 0; i < snapshot->futures.size(); ++i) crate += moduleOf(snapshot->futures[i], i);
            const fs::path file = dir / (name + ".rs");
            writeFile(file, crate);
            const Outcome r = run("rustc --edition " + editionName(edition) +
                                  " --crate-type lib --emit=metadata --cap-lints allow -o " +
                                  (dir / (name + ".rmeta")).string() + " " + file.string());
            EXPECT_EQ(r.exitCode, 0) << name << ":\n" << r.output << "\n--- " << file;
            compiled += r.exitCode == 0;
        }
    }
    EXPECT_GT(compiled, 20);
    if (!HasFailure()) fs::remove_all(dir);
}
