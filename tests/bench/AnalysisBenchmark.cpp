// How long one analysis takes (what the window waits for after each pause in typing):
// on samples, on generated files of 1k..64k lines (time per line must stay flat: the
// analysis is linear in the file) and after one keystroke in a 2,037-line real file.
#include "analysis/Analyzer.h"
#include "lowering/LoweringCache.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace {

std::string readFile(const std::string& relative) {
    std::ifstream in(std::string(AWAITSCOPE_SOURCE_DIR) + "/" + relative);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The output of scripts/gen-async-file with the given arguments.
std::string generated(const std::string& arguments) {
    const std::string command = std::string(AWAITSCOPE_SOURCE_DIR) + "/scripts/gen-async-file " + arguments;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string text;
    char buffer[65536];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
    pclose(pipe);
    return text;
}

void analyzeText(benchmark::State& state, const std::string& name, const std::string& text) {
    awaitscope::analyze({name, text}); // the prelude is parsed once per process
    for (auto _ : state) benchmark::DoNotOptimize(awaitscope::analyze({name, text}));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["lines"] = static_cast<double>(std::count(text.begin(), text.end(), '\n'));
}

void analyzeFile(benchmark::State& state, const std::string& relative) {
    analyzeText(state, relative, readFile(relative));
}

void BM_DefaultSample(benchmark::State& state) {
    analyzeFile(state, "samples/refcell_guard.rs");
}
void BM_NestedChainSample(benchmark::State& state) {
    analyzeFile(state, "samples/nested_chain.rs");
}
void BM_TokioSelectCase(benchmark::State& state) {
    analyzeFile(state, "tests/data/lowering/tokio_select.rs");
}

/// Generated files of state.range(0) lines; compare the per-line times across sizes.
void BM_GeneratedLines(benchmark::State& state) {
    const std::string text = generated("--lines " + std::to_string(state.range(0)));
    analyzeText(state, "generated.rs", text);
    state.counters["us_per_line"] =
        benchmark::Counter(static_cast<double>(state.range(0)) * 1e-6,
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

/// 2,000 async blocks, each nested in the previous one.
void BM_NestedAsyncBlocks(benchmark::State& state) {
    analyzeText(state, "nested.rs", generated("--nested 2000"));
}

/// One keystroke in a 2,037-line real file (three of tokio's test files, see
/// tests/bench/data/README.md): a space typed inside a body, then removed, alternately.
/// `reusePrevious`: as the window analyses, from what the analysis of the text before kept;
/// without it, the whole analysis of each text (what a keystroke cost before).
void keystrokes(benchmark::State& state, bool reusePrevious) {
    const std::string original = readFile("tests/bench/data/tokio_tests_joined.rs");
    const size_t at = original.find("let (tx, rx)");
    std::string edited = original;
    edited.insert(at, " ");
    auto input = [&](const std::string& text) {
        awaitscope::AnalysisInput in{"tokio_tests_joined.rs", text};
        in.reusePrevious = reusePrevious;
        return in;
    };
    awaitscope::analyze(input(original));
    bool typed = false;
    for (auto _ : state) {
        typed = !typed;
        benchmark::DoNotOptimize(awaitscope::analyze(input(typed ? edited : original)));
    }
    if (!reusePrevious) return;
    // How many of the file's fns (lowering units) the last keystroke did not lower again.
    const auto counts = awaitscope::LoweringCache::shared().lastCounts("tokio_tests_joined.rs");
    state.counters["units"] = counts.total;
    state.counters["reused"] = counts.reused;
}
void BM_KeystrokeTokioTests(benchmark::State& state) {
    keystrokes(state, true);
}
void BM_KeystrokeTokioTestsWithoutReuse(benchmark::State& state) {
    keystrokes(state, false);
}

} // namespace

// The analysis runs on its own thread (a large stack, see Analyzer.cpp): the CPU column
// counts the whole process, so it stays meaningful on a machine shared with other work.
BENCHMARK(BM_DefaultSample)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NestedChainSample)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokioSelectCase)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GeneratedLines)
    ->Arg(1000)
    ->Arg(4000)
    ->Arg(16000)
    ->Arg(64000)
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NestedAsyncBlocks)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeTokioTests)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeTokioTestsWithoutReuse)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
