// The check with the real compiler, end to end: cargo and rustc run on corpus files, and
// what comes back is compared with the oracle's reading of rustc (tests/data/rustc/*.oracle.json,
// from ../shared/tools/rustc-oracle) and with the model's futures. Results are not taken
// from the check's cache here, so each test really runs the compiler.
#include "analysis/Analyzer.h"
#include "compiler/RustcComparison.h"
#include "project/ProjectSession.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(AWAITSCOPE_TEST_DATA);

std::string readText(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Checked {
    std::shared_ptr<const Snapshot> snapshot;
    RustcCheck check;
    std::vector<std::optional<RustcFutureView>> views;
};

Checked checkFile(const fs::path& file, const std::atomic<bool>* cancelled = nullptr, double limit = 300) {
    Checked c;
    // As the command line does: a file of a Cargo package is analysed inside its crate.
    AnalysisInput input{file.string(), readText(file), Edition::E2021};
    input.project = ProjectSession::forFile(file.string(), {});
    c.snapshot = analyze(input);
    RustcCheckRequest request;
    request.path = file.string();
    request.text = c.snapshot->text;
    request.useCache = false;
    request.cancelled = cancelled;
    request.timeLimitSeconds = limit;
    c.check = runRustcCheck(request);
    c.views = compareWithRustc(*c.snapshot, c.check);
    return c;
}

} // namespace

// A file that compiles: every future the model finds gets rustc's layout, and each one is
// the layout the oracle read from rustc for that future (size, every state's named locals).
TEST(RustcCheck, CompilingFileFillsEveryFutureWithRustcsLayout) {
    const Checked c = checkFile(kData / "rustc" / "d3_handler_borrowed_nospawn.rs");
    ASSERT_TRUE(c.check.status.ok) << c.check.status.error.value_or("");
    EXPECT_TRUE(c.check.status.compiled);
    EXPECT_EQ(c.check.status.mode, "file");
    const auto oracle = nlohmann::json::parse(readText(kData / "rustc" / "d3_handler_borrowed_nospawn.oracle.json"));
    ASSERT_FALSE(c.snapshot->futures.empty());
    for (size_t i = 0; i < c.views.size(); ++i) {
        ASSERT_TRUE(c.views[i].has_value()) << c.snapshot->futures[i].name;
        const auto& view = *c.views[i];
        const auto want = std::find_if(oracle["async_layouts"].begin(), oracle["async_layouts"].end(),
                                       [&](const auto& l) { return l["type"] == view.type; });
        ASSERT_NE(want, oracle["async_layouts"].end()) << view.type;
        EXPECT_EQ(view.size, (*want)["size"]);
        ASSERT_EQ(view.states.size(), (*want)["variants"].size());
        for (size_t s = 0; s < view.states.size(); ++s) {
            std::vector<std::string> locals;
            for (const auto& f : (*want)["variants"][s]["fields"])
                if (f["kind"] == "local" && f["name"] != ".__awaitee" &&
                    f["name"].get<std::string>().rfind("..", 0) != 0)
                    locals.push_back(f["name"].get<std::string>().substr(1));
            EXPECT_EQ(view.states[s].locals, locals) << view.type << " " << view.states[s].name;
        }
    }
}

// Code that does not compile: rustc's errors come back with their sites and notes, the
// check itself succeeded, and no future pretends to have a layout.
TEST(RustcCheck, CodeThatDoesNotCompileGivesRustcsErrors) {
    const Checked c = checkFile(kData / "rustc" / "b_refcell_updater.rs");
    ASSERT_TRUE(c.check.status.ok) << c.check.status.error.value_or("");
    EXPECT_FALSE(c.check.status.compiled);
    const auto errors = c.check.errors();
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front()->message, "future cannot be sent between threads safely");
    ASSERT_TRUE(errors.front()->site.has_value());
    EXPECT_EQ(errors.front()->site->file, "b_refcell_updater.rs");
    EXPECT_EQ(errors.front()->site->line, 18);
    EXPECT_FALSE(errors.front()->noteLines().empty());
    for (const auto& view : c.views) EXPECT_FALSE(view.has_value());
}

// Where the model cannot know (a type it cannot resolve gives "unknown" and no size),
// rustc's layout settles the size.
TEST(RustcCheck, SettlesWhatTheModelLeavesUnknown) {
    const fs::path file = kData / "rustc" / "unknown_type.rs";
    const Checked c = checkFile(file);
    ASSERT_TRUE(c.check.status.ok) << c.check.status.error.value_or("");
    bool sawUnknown = false;
    for (size_t i = 0; i < c.views.size(); ++i) {
        const FutureInfo& f = c.snapshot->futures[i];
        if (f.send != Verdict::Unknown) continue;
        sawUnknown = true;
        ASSERT_TRUE(c.views[i].has_value()) << f.name;
        EXPECT_GT(c.views[i]->size, 0);
    }
    EXPECT_TRUE(sawUnknown) << "the model should say unknown for some future of " << file;
}

TEST(RustcCheck, FileOfACargoProjectIsCheckedThroughCargoOnItsTarget) {
    const fs::path file = kData / "rustc" / "project" / "src" / "jobs.rs";
    const Checked c = checkFile(file);
    ASSERT_TRUE(c.check.status.ok) << c.check.status.error.value_or("");
    EXPECT_EQ(c.check.status.mode, "project");
    ASSERT_TRUE(c.check.project.has_value());
    EXPECT_EQ(c.check.project->kind, "lib");
    EXPECT_EQ(c.check.spanFile, "src/jobs.rs");
    ASSERT_EQ(c.views.size(), 1u);
    ASSERT_TRUE(c.views[0].has_value());
    const RustcStateView* s0 = c.views[0]->state("Suspend0");
    ASSERT_NE(s0, nullptr);
    EXPECT_EQ(s0->locals, (std::vector<std::string>{"label"}));
    EXPECT_FALSE(fs::exists(kData / "rustc" / "project" / "target")) << "the user's target folder stays untouched";
}

TEST(RustcCheck, CancelledOrTimedOutRunsLeaveAnErrorAndNoLayouts) {
    std::atomic<bool> cancelled{true};
    const Checked stopped = checkFile(kData / "rustc" / "i_coverage.rs", &cancelled);
    EXPECT_FALSE(stopped.check.status.ok);
    EXPECT_NE(stopped.check.status.error.value_or("").find("cancel"), std::string::npos) << *stopped.check.status.error;
    const Checked slow = checkFile(kData / "rustc" / "i_coverage.rs", nullptr, 0.05);
    EXPECT_FALSE(slow.check.status.ok);
    EXPECT_NE(slow.check.status.error.value_or("").find("timed out"), std::string::npos) << *slow.check.status.error;
    EXPECT_TRUE(slow.check.layouts.empty());
}

// A member of a workspace: cargo runs rustc from the workspace root, so rustc names the
// file from there; every future of the file gets its layout. cargo would write a
// Cargo.lock into a workspace without one: the check leaves the project as it found it.
TEST(RustcCheck, WorkspaceMemberIsCheckedAndTheProjectStaysAsItWas) {
    // On a copy: a run killed midway (a timeout on a loaded machine) would leave cargo's
    // lock file in the fixture, and every later run would then fail on it.
    const fs::path copy = fs::temp_directory_path() / ("awaitscope-rustc-check-" + std::to_string(::getpid()));
    fs::remove_all(copy);
    fs::create_directories(copy);
    fs::copy(kData / "projects" / "workspace", copy / "workspace", fs::copy_options::recursive);
    const fs::path workspace = copy / "workspace";
    ASSERT_FALSE(fs::exists(workspace / "Cargo.lock")) << "the fixture has no lock file";
    const Checked c = checkFile(workspace / "app" / "src" / "net" / "tcp.rs");
    ASSERT_TRUE(c.check.status.ok) << c.check.status.error.value_or("");
    EXPECT_TRUE(c.check.status.compiled);
    EXPECT_EQ(c.check.status.mode, "project");
    EXPECT_EQ(c.check.spanFile, "app/src/net/tcp.rs");
    ASSERT_FALSE(c.views.empty());
    for (size_t i = 0; i < c.views.size(); ++i) EXPECT_TRUE(c.views[i].has_value()) << c.snapshot->futures[i].name;
    EXPECT_FALSE(fs::exists(workspace / "Cargo.lock"));
    EXPECT_FALSE(fs::exists(workspace / "target"));
    fs::remove_all(copy);
}
