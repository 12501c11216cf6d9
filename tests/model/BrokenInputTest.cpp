// Half-typed code is what the window analyses most of the time: every prefix, gap and
// stray token must give an analysis (parse errors and whatever parsed), never a crash.
// The inputs are the samples and the corpora, cut and garbled at fixed pseudo-random
// places, plus the ones that once crashed.
#include "CorpusSupport.h"
#include "analysis/Analyzer.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sources() {
    std::vector<fs::path> out;
    for (const fs::path& dir : {fs::path(AWAITSCOPE_SAMPLES), fs::path(AWAITSCOPE_TEST_DATA) / "send",
                                fs::path(AWAITSCOPE_TEST_DATA) / "lowering"})
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".rs") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// The same sequence on every run (a linear congruential generator), so a failure repeats.
struct Cuts {
    uint64_t state = 7;
    size_t below(size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return n == 0 ? 0 : static_cast<size_t>(state >> 33) % n;
    }
};

} // namespace

TEST(BrokenInput, LetWithoutAValueOnceCrashedTheLowering) {
    // `let require_send(job(&counter));`: a pattern and no value (was a null node's position).
    const auto s = analyze(
        {"broken.rs", "async fn job() {}\nasync fn probe() {\n    let require_send(job());\n    job().await;\n}\n",
         Edition::E2021});
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->futures.size(), 2u);
    const auto t =
        analyze({"broken2.rs", "async fn f(x: &u8) {\n    let m(ut guard = x;\n    f(x).await;\n}\n", Edition::E2021});
    EXPECT_FALSE(t->parseErrors.empty());
}

TEST(BrokenInput, EveryCutOrGarbledSourceStillAnalyses) {
    static const char* stray[] = {"{", "}", "(", ")", ".await", ";", "let ", "&", "mut ", "<", ">", "async ", "move "};
    Cuts cuts;
    int analysed = 0;
    for (const fs::path& path : sources()) {
        const std::string text = corpus::readText(path);
        for (int k = 0; k < 6; ++k) {
            const size_t at = cuts.below(text.size() + 1);
            std::string broken;
            if (k % 3 == 0)
                broken = text.substr(0, at);
            else if (k % 3 == 1)
                broken = text.substr(0, at) + text.substr(std::min(text.size(), at + 1 + cuts.below(30)));
            else
                broken = text.substr(0, at) + stray[cuts.below(std::size(stray))] + text.substr(at);
            const auto s = analyze({path.filename().string(), broken, Edition::E2021});
            ASSERT_NE(s, nullptr) << path << " variant " << k;
            ++analysed;
        }
    }
    EXPECT_GT(analysed, 1000);
}
