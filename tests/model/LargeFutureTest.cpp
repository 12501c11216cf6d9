// large-future: a warning for a future larger than the threshold, naming what takes the
// space, with fixes that box the largest awaited future or the largest saved local. The
// sizes are rustc's (samples/future_sizes.rs: checksum_kept 20,736 bytes, report 20,864,
// checksum_scoped 768, from rustc-oracle).
#include "CorpusSupport.h"
#include "analysis/Analyzer.h"
#include "util/FileLoader.h"

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

// A label quotes the awaited code only up to a bound, cut between characters: an awaited
// block holding nested blocks would otherwise repeat the whole nest in every label. The
// field's `expr` keeps the whole text.
TEST(LargeFuture, LabelsQuoteABoundedExcerptOfLongCode) {
    std::string text = "async fn leaf() {}\nasync fn outer() {\n    async { let s = \"";
    for (int i = 0; i < 60; ++i) text += "\xC3\xA9"; // é: a cut inside it would leave half a character
    text += "\"; leaf().await; drop(s); }.await;\n}\n";
    AnalysisInput input{"long.rs", text, Edition::E2021, nullptr};
    input.largeFutureBytes = 1;
    const auto s = analyze(input);
    const Diagnostic* outer = nullptr;
    for (const Diagnostic* d : largeFutures(*s))
        if (d->future == "outer") outer = d;
    ASSERT_NE(outer, nullptr);
    ASSERT_FALSE(outer->largest.empty());
    const std::string& name = outer->largest[0].name;
    EXPECT_LT(name.size(), 100u) << name;
    EXPECT_NE(name.find("\xE2\x80\xA6.await"), std::string::npos) << "marked as cut: " << name;
    EXPECT_EQ(firstInvalidUtf8(name), std::string::npos) << name;
    ASSERT_FALSE(outer->fixes.empty());
    EXPECT_LT(outer->fixes[0].title.size(), 200u) << outer->fixes[0].title;
    EXPECT_EQ(firstInvalidUtf8(outer->fixes[0].title), std::string::npos);
    const FutureInfo* future = s->findFuture("outer");
    ASSERT_NE(future, nullptr);
    bool wholeExpr = false;
    for (const State& state : future->states)
        for (const SavedField& f : state.fields)
            wholeExpr = wholeExpr || (f.kind == FieldKind::Awaitee && f.expr && f.expr->size() > 120);
    EXPECT_TRUE(wholeExpr) << "the report's expr is the whole awaited text";
}
