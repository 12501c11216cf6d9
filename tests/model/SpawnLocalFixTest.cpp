// The spawn_local fix is offered where the resolved callee is tokio's spawn, however the
// call is written, and only there: a function of another name or crate with the same
// `Send + 'static` bound gets no tokio fix.
#include "analysis/Analyzer.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const Fix* spawnLocalFix(const Snapshot& s) {
    for (const Diagnostic& d : s.diagnostics)
        for (const Fix& f : d.fixes)
            for (const TextEdit& e : f.edits)
                if (e.text == "tokio::task::spawn_local") return &f;
    return nullptr;
}

std::shared_ptr<const Snapshot> run(const std::string& spawnUse, const std::string& call) {
    const std::string text = "use std::rc::Rc;\n" + spawnUse +
                             "\nasync fn work() {}\n"
                             "async fn hold() {\n"
                             "    let shared = Rc::new(1);\n"
                             "    work().await;\n"
                             "    println!(\"{}\", shared);\n"
                             "}\n"
                             "fn main() {\n"
                             "    " +
                             call +
                             "(hold());\n"
                             "}\n";
    return analyze({"spawn.rs", text, Edition::E2021});
}

} // namespace

TEST(SpawnLocalFix, OfferedForTokiosSpawnHoweverItIsWritten) {
    for (const auto& [use, call] :
         std::vector<std::pair<std::string, std::string>>{{"", "tokio::spawn"},
                                                          {"use tokio::spawn;", "spawn"},
                                                          {"", "tokio::task::spawn"},
                                                          {"use tokio::task;", "task::spawn"}}) {
        const auto s = run(use, call);
        ASSERT_EQ(s->diagnostics.size(), 1u) << call;
        const Fix* fix = spawnLocalFix(*s);
        ASSERT_TRUE(fix) << call << ": no spawn_local fix";
        ASSERT_EQ(fix->edits.size(), 1u);
        // The edit replaces exactly the callee as written, on line 10.
        EXPECT_EQ(fix->edits[0].range.start, (TextPosition{10, 5})) << call;
        EXPECT_EQ(fix->edits[0].range.end, (TextPosition{10, 5 + static_cast<int>(call.size())})) << call;
    }
}

TEST(SpawnLocalFix, NotOfferedForAnotherSpawnWithTheSameBound) {
    const auto s = run("fn spawn<F: std::future::Future + Send + 'static>(_f: F) {}", "spawn");
    ASSERT_EQ(s->diagnostics.size(), 1u) << "the user's own spawn requires Send too";
    EXPECT_FALSE(spawnLocalFix(*s)) << "tokio's spawn_local is no counterpart of the user's spawn";
}
