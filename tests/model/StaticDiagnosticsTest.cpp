// not-static: a future passed to a callee that needs it 'static (tokio::spawn) while it
// borrows a local. The positions are those of rustc's own errors, read from the corpus's
// expected files (E0597 at `&config`, E0373 at the block's `async`).
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(AWAITSCOPE_TEST_DATA) / "send";

std::string readText(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<Diagnostic> notStatic(const std::shared_ptr<const Snapshot>& snapshot) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : snapshot->diagnostics)
        if (d.code == "not-static") out.push_back(d);
    return out;
}

/// The corpus file's analysis, and rustc's one borrowck error from its expected file.
std::shared_ptr<const Snapshot> analyzeCase(const std::string& name, nlohmann::json& rustcError) {
    const auto expected = nlohmann::json::parse(readText(kCorpus / (name + ".expected.json")));
    EXPECT_EQ(expected["other_errors"].size(), 1u);
    rustcError = expected["other_errors"][0];
    return analyze({name + ".rs", readText(kCorpus / (name + ".rs")), Edition::E2021});
}

void expectAtRustcSpan(const Diagnostic& d, const nlohmann::json& e) {
    EXPECT_EQ(d.range.start, (TextPosition{e["line"].get<int>(), e["column"].get<int>()}));
    EXPECT_EQ(d.range.end, (TextPosition{e["end_line"].get<int>(), e["end_column"].get<int>()}));
}

} // namespace

TEST(StaticDiagnostics, AsyncFnCallBorrowingALocalIsReportedWhereRustcSaysE0597) {
    nlohmann::json rustc;
    const auto found = notStatic(analyzeCase("borrow_local_not_static", rustc));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(rustc["code"], "E0597");
    expectAtRustcSpan(found[0], rustc);
    EXPECT_EQ(found[0].severity, "error");
    EXPECT_EQ(found[0].requiredBy, "tokio::spawn");
    EXPECT_EQ(found[0].message,
              "`config` does not live long enough: the future borrows it, but `tokio::spawn` needs a `'static` future");
}

// The fix passes the data by value; rustc accepts each fixed file
// (tests/data/fixes/rustc-check.txt); here the analysis must agree the error is gone.
class OwnedArgumentFixes : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(OwnedArgumentFixes, PassTheLocalByValue) {
    const auto& [name, parameter] = GetParam();
    nlohmann::json rustc;
    const auto snapshot = analyzeCase(name, rustc);
    const auto found = notStatic(snapshot);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_EQ(found[0].fixes.size(), 1u);
    const AppliedFix fixed = FixApplier(snapshot->text).apply(found[0].fixes[0]);
    ASSERT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_NE(fixed.text.find(parameter), std::string::npos) << fixed.text;
    EXPECT_EQ(fixed.text.find("(&"), std::string::npos) << "the argument is no longer borrowed:\n" << fixed.text;
    EXPECT_TRUE(notStatic(analyze({"fixed.rs", fixed.text, Edition::E2021})).empty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, OwnedArgumentFixes,
                         ::testing::Values(std::pair{"borrow_local_not_static", "(config: String)"},
                                           std::pair{"borrow_str_not_static", "(name: String)"},
                                           std::pair{"borrow_slice_not_static", "(values: Vec<u64>)"}),
                         [](const auto& info) { return info.param.first; });

TEST(StaticDiagnostics, WhenTheCallerReadsTheLocalLaterItIsSharedInsteadOfMoved) {
    nlohmann::json rustc;
    const auto snapshot = analyzeCase("borrow_local_used_after", rustc); // `println!("{config}")` after
    const auto found = notStatic(snapshot);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(rustc["code"], "E0597");
    ASSERT_EQ(found[0].fixes.size(), 1u);
    EXPECT_EQ(found[0].fixes[0].title, "Share `config` with the future: `std::sync::Arc<String>`");
    const AppliedFix fixed = FixApplier(snapshot->text).apply(found[0].fixes[0]);
    ASSERT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_NE(fixed.text.find("let config = std::sync::Arc::new(String::from(\"cfg\"));"), std::string::npos)
        << fixed.text;
    EXPECT_NE(fixed.text.find("show(std::sync::Arc::clone(&config))"), std::string::npos) << fixed.text;
    EXPECT_TRUE(notStatic(analyze({"fixed.rs", fixed.text, Edition::E2021})).empty());
}

TEST(StaticDiagnostics, NeitherMovedNorSharedWhenTheCallerMutatesTheLocal) {
    const std::string text = R"(async fn show(config: &String) -> usize {
    tokio::task::yield_now().await;
    config.len()
}
pub fn start() {
    let mut config = String::from("cfg");
    tokio::spawn(show(&config));
    config.push('!');
}
)";
    const auto found = notStatic(analyze({"mutated.rs", text, Edition::E2021}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].fixes.empty()) << found[0].fixes[0].title;
}

TEST(StaticDiagnostics, NonMoveAsyncBlockIsReportedWhereRustcSaysE0373AndMoveFixesIt) {
    nlohmann::json rustc;
    const auto snapshot = analyzeCase("async_block_borrows_local", rustc);
    const auto found = notStatic(snapshot);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(rustc["code"], "E0373");
    expectAtRustcSpan(found[0], rustc);
    ASSERT_EQ(found[0].fixes.size(), 1u);
    const AppliedFix fixed = FixApplier(snapshot->text).apply(found[0].fixes[0]);
    ASSERT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_NE(fixed.text.find("tokio::spawn(async move {"), std::string::npos) << fixed.text;
    EXPECT_TRUE(notStatic(analyze({"fixed.rs", fixed.text, Edition::E2021})).empty());
}

TEST(StaticDiagnostics, OwnedOrStaticArgumentsAreNotReported) {
    const std::string text = R"(use std::sync::Arc;
async fn show(config: Arc<String>) -> usize {
    tokio::task::yield_now().await;
    config.len()
}
async fn greet(name: &'static str) -> usize {
    tokio::task::yield_now().await;
    name.len()
}
pub fn start() {
    let config = Arc::new(String::from("cfg"));
    tokio::spawn(show(config.clone()));
    tokio::spawn(show(config));
    tokio::spawn(greet("static"));
    let label = String::from("x");
    tokio::spawn(async move { label.len() });
}
)";
    EXPECT_TRUE(notStatic(analyze({"owned.rs", text, Edition::E2021})).empty());
}

TEST(StaticDiagnostics, MoveIsNotOfferedWhenTheLocalIsUsedAfterTheSpawn) {
    const std::string text = R"(pub fn start() {
    let config = String::from("cfg");
    tokio::spawn(async {
        println!("{}", config.len());
    });
    println!("{}", config);
}
)";
    const auto found = notStatic(analyze({"later.rs", text, Edition::E2021}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].fixes.empty());
    // Only a format string's implicit capture reads it afterwards: still a use.
    std::string captured = text;
    captured.replace(captured.find("println!(\"{}\", config);"), 23, "println!(\"{config}\");");
    const auto again = notStatic(analyze({"later2.rs", captured, Edition::E2021}));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_TRUE(again[0].fixes.empty()) << captured;
}

// Across the whole corpus: every E0597 / E0373 rustc gives for a future that must be
// 'static is a not-static diagnostic at rustc's span naming rustc's place, and there is no
// other. rustc's borrowck errors that are not about 'static are listed with the reason, and
// a file rustc rejects for Send never reaches borrowck (rustc hides the 'static problem
// behind its Send error, Awaitscope shows both), so there only rustc's own must be found.
TEST(StaticDiagnostics, EveryCorpusFileAgreesWithRustcsBorrowErrors) {
    const std::map<std::string, std::string> notAboutStatic = {
        {"tail_expr_temp_2021", "a tail expression's temporary outlives its block (2021 temporary scopes)"}};
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(kCorpus)) {
        if (entry.path().extension() != ".rs") continue;
        const std::string name = entry.path().stem().string();
        const auto expected = nlohmann::json::parse(readText(kCorpus / (name + ".expected.json")));
        std::set<std::string> want, got;
        for (const auto& e : expected["other_errors"]) {
            const std::string code = e["code"].get<std::string>();
            if ((code != "E0597" && code != "E0373") || notAboutStatic.count(name)) continue;
            // "`config` does not live long enough" / "... but it borrows `config`, which ..."
            const std::string message = e["message"].get<std::string>();
            const size_t from = code == "E0597" ? 0 : message.find("borrows `") + 8;
            const std::string place = message.substr(from, message.find('`', from + 1) + 1 - from);
            want.insert(std::to_string(e["line"].get<int>()) + ":" + std::to_string(e["column"].get<int>()) + "-" +
                        std::to_string(e["end_line"].get<int>()) + ":" + std::to_string(e["end_column"].get<int>()) +
                        " " + place);
        }
        const Edition edition =
            readText(entry.path()).rfind("// edition: 2024", 0) == 0 ? Edition::E2024 : Edition::E2021;
        for (const Diagnostic& d : notStatic(analyze({name + ".rs", readText(entry.path()), edition}))) {
            const std::string place = d.message.substr(0, d.message.find('`', 1) + 1);
            got.insert(std::to_string(d.range.start.line) + ":" + std::to_string(d.range.start.column) + "-" +
                       std::to_string(d.range.end.line) + ":" + std::to_string(d.range.end.column) + " " + place);
        }
        compared += static_cast<int>(want.size());
        if (!expected["sites"].empty())
            EXPECT_TRUE(std::includes(got.begin(), got.end(), want.begin(), want.end())) << name;
        else
            EXPECT_EQ(got, want) << name;
    }
    EXPECT_GE(compared, 10) << "the corpus should hold rustc's borrow errors to compare";
}
