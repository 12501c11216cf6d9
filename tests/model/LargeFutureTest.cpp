// large-future: a warning for a future larger than the threshold, naming what takes the
// space, with fixes that box the largest awaited future or the largest saved local. The
// sizes are rustc's (samples/future_sizes.rs: checksum_kept 20,736 bytes, report 20,864,
// checksum_scoped 768, from rustc-oracle).
#include "CorpusSupport.h"
#include "analysis/Analyzer.h"

#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const Snapshot> sample(long threshold) {
    const fs::path path = fs::path(AWAITSCOPE_SAMPLES) / "future_sizes.rs";
    AnalysisInput input{"future_sizes.rs", corpus::readText(path), Edition::E2021, nullptr};
    input.largeFutureBytes = threshold;
    return analyze(input);
}

std::vector<const Diagnostic*> largeFutures(const Snapshot& s) {
    std::vector<const Diagnostic*> out;
    for (const Diagnostic& d : s.diagnostics)
        if (d.code == "large-future") out.push_back(&d);
    return out;
}

} // namespace

TEST(LargeFuture, SampleSizesAreRustcs) {
    const auto s = sample(16384);
    ASSERT_TRUE(s->findFuture("checksum_kept") && s->findFuture("report") && s->findFuture("checksum_scoped"));
    EXPECT_EQ(s->findFuture("checksum_kept")->size, 20736);
    EXPECT_EQ(s->findFuture("report")->size, 20864);
    EXPECT_EQ(s->findFuture("checksum_scoped")->size, 768);
    EXPECT_EQ(s->findFuture("checksum_kept")->align, 128);
}

TEST(LargeFuture, WarnsAboveTheThresholdAndNamesTheLargestValues) {
    const auto s = sample(16384);
    const auto found = largeFutures(*s);
    ASSERT_EQ(found.size(), 2u) << "checksum_kept and report; not checksum_scoped";
    const Diagnostic& kept = *found[0];
    EXPECT_EQ(kept.severity, "warning");
    EXPECT_EQ(kept.future, "checksum_kept");
    EXPECT_EQ(s->futureOf(kept), s->findFuture("checksum_kept")) << "the path view draws the future by its id";
    ASSERT_FALSE(kept.largest.empty());
    EXPECT_EQ(kept.largest[0].name, "buffer");
    EXPECT_EQ(kept.largest[0].state, "Suspend0");
    EXPECT_EQ(kept.largest[0].size, 20000);
    ASSERT_EQ(kept.fixes.size(), 1u) << "box the buffer; the 640-byte sleep is not worth boxing";
    EXPECT_NE(kept.fixes[0].title.find("Box::new"), std::string::npos);
    const Diagnostic& report = *found[1];
    EXPECT_EQ(report.future, "report");
    EXPECT_EQ(s->futureOf(report), s->findFuture("report"));
    ASSERT_FALSE(report.fixes.empty());
    EXPECT_NE(report.fixes[0].title.find("Box::pin(checksum_kept())"), std::string::npos);
}

TEST(LargeFuture, TheThresholdIsASetting) {
    EXPECT_TRUE(largeFutures(*sample(1 << 20)).empty());
    EXPECT_EQ(largeFutures(*sample(700)).size(), 3u) << "768 bytes is above 700 too";
}
