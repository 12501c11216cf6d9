// How long one analysis takes (what the window waits for after each pause in typing),
// on the default sample and on the largest file of the lowering corpus.
#include "analysis/Analyzer.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::string& relative) {
    std::ifstream in(std::string(AWAITSCOPE_SOURCE_DIR) + "/" + relative);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void analyzeFile(benchmark::State& state, const std::string& relative) {
    const std::string text = readFile(relative);
    awaitscope::analyze({relative, text}); // the prelude is parsed once per process
    for (auto _ : state) benchmark::DoNotOptimize(awaitscope::analyze({relative, text}));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_DefaultSample(benchmark::State& state) { analyzeFile(state, "samples/refcell_guard.rs"); }
void BM_NestedChainSample(benchmark::State& state) { analyzeFile(state, "samples/nested_chain.rs"); }
void BM_TokioSelectCase(benchmark::State& state) { analyzeFile(state, "tests/data/lowering/tokio_select.rs"); }

} // namespace

BENCHMARK(BM_DefaultSample)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NestedChainSample)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokioSelectCase)->Unit(benchmark::kMillisecond);
