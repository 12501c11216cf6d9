// moved-while-borrowed: a local moved, assigned or mutably borrowed while a future made
// from a call that borrows it is still to be awaited. Positions and codes are rustc's,
// read from the send corpus's expected files (borrowck's E0505 / E0506 / E0502 with the
// borrow and the later use as its labels).
#include "CorpusSupport.h"
#include "analysis/Analyzer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kSendCorpus = fs::path(AWAITSCOPE_TEST_DATA) / "send";
const std::set<std::string> kCodes = {"E0505", "E0506", "E0502", "E0499"};

std::vector<Diagnostic> movedWhileBorrowed(const Snapshot& snapshot) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : snapshot.diagnostics)
        if (d.code == "moved-while-borrowed") out.push_back(d);
    return out;
}

std::string at(int line, int column) {
    return std::to_string(line) + ":" + std::to_string(column);
}

// "E0505 at 24:10, borrow 23:23, later use 25:18" for rustc's error...
std::string rustcKey(const nlohmann::json& e) {
    std::string borrow = "?", later = "?";
    for (const auto& l : e.value("labels", nlohmann::json::array())) {
        const std::string label = l["label"];
        const std::string where = at(l["line"], l["column"]);
        if (label.find("later") != std::string::npos || label.find("might be used here") != std::string::npos)
            later = where;
        else if (label.find("borrow") != std::string::npos && label.find("binding") == std::string::npos)
            borrow = where;
    }
    return e["code"].get<std::string>() + " at " + at(e["line"], e["column"]) + ", borrow " + borrow + ", later use " +
           later;
}

// ... and for Awaitscope's diagnostic.
std::string ourKey(const Diagnostic& d) {
    auto pos = [](const std::optional<TextPosition>& p) { return p ? at(p->line, p->column) : std::string("?"); };
    return d.rustcCode.value_or("?") + " at " + at(d.range.start.line, d.range.start.column) + ", borrow " +
           pos(d.borrow) + ", later use " + pos(d.laterUse);
}

} // namespace

// Every corpus file: exactly rustc's move-while-borrowed errors, at rustc's positions.
TEST(BorrowDiagnostics, EveryCorpusFileAgreesWithRustc) {
    int compared = 0;
    for (const std::string& name : corpus::cases(kSendCorpus)) {
        const auto expected = nlohmann::json::parse(corpus::readText(kSendCorpus / (name + ".expected.json")));
        std::set<std::string> want, got;
        for (const auto& e : expected["other_errors"])
            if (kCodes.count(e["code"].is_string() ? e["code"].get<std::string>() : "")) want.insert(rustcKey(e));
        const std::string text = corpus::readText(kSendCorpus / (name + ".rs"));
        const Edition edition = text.rfind("// edition: 2024", 0) == 0 ? Edition::E2024 : Edition::E2021;
        for (const Diagnostic& d : movedWhileBorrowed(*analyze({name + ".rs", text, edition}))) got.insert(ourKey(d));
        compared += static_cast<int>(want.size());
        EXPECT_EQ(got, want) << name;
    }
    EXPECT_GE(compared, 6) << "the corpus should hold rustc's move-while-borrowed errors";
}

// The chapter's example, in the sample that teaches it: one error, at the `drop`, and
// nothing for the version that awaits first.
TEST(BorrowDiagnostics, SampleReportsOnlyTheDropBeforeTheAwait) {
    const fs::path sample = fs::path(AWAITSCOPE_SAMPLES) / "future_borrow_moved.rs";
    const auto snapshot = analyze({"future_borrow_moved.rs", corpus::readText(sample), Edition::E2021});
    ASSERT_EQ(snapshot->diagnostics.size(), 1u) << "only the move while borrowed";
    const Diagnostic& d = snapshot->diagnostics[0];
    EXPECT_EQ(d.code, "moved-while-borrowed");
    EXPECT_EQ(d.rustcCode, "E0505");
    EXPECT_EQ(d.range.start, (TextPosition{19, 10}));
    EXPECT_EQ(d.borrow, (TextPosition{18, 23}));
    EXPECT_EQ(d.laterUse, (TextPosition{20, 17}));
    EXPECT_EQ(d.future, "drops_first");
    EXPECT_FALSE(d.fixes.empty());
}

// The chapter's own example, laid out as the issue quotes it (tests/data/send, rustc's
// E0505 at 12:10 in its expected file): one diagnostic in the whole file, at the `drop`;
// `caller_awaits_first` (await, then drop) gets none.
TEST(BorrowDiagnostics, ChapterExampleIsReportedOnceAtTheDrop) {
    const std::string text = corpus::readText(kSendCorpus / "chapter_drop_before_await.rs");
    const auto snapshot = analyze({"chapter_drop_before_await.rs", text, Edition::E2021});
    ASSERT_EQ(snapshot->diagnostics.size(), 1u) << "only the move while borrowed, nothing else";
    const Diagnostic& d = snapshot->diagnostics[0];
    EXPECT_EQ(d.code, "moved-while-borrowed");
    EXPECT_EQ(d.rustcCode, "E0505");
    EXPECT_EQ(d.range.start, (TextPosition{12, 10}));
    EXPECT_EQ(d.borrow, (TextPosition{11, 23}));
    EXPECT_EQ(d.laterUse, (TextPosition{13, 18}));
    EXPECT_EQ(d.future, "caller");
}
