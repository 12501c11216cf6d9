// Projects on the command line: `analyze` inside a crate (and --no-project), and
// `analyze-crate` over a whole package with its exit codes.
#include "CliProcess.h"

#include <nlohmann/json.hpp>

#include <map>

#include <gtest/gtest.h>

using cli::awaitscope;
using cli::Outcome;

namespace {

const std::string kWorkspace = "tests/data/projects/workspace";
const std::string kTcp = kWorkspace + "/app/src/net/tcp.rs";

nlohmann::json report(const std::string& args) {
    const Outcome r = awaitscope("analyze " + args + " --format json", false);
    EXPECT_EQ(r.exitCode, 0) << r.out;
    return nlohmann::json::parse(r.out, nullptr, false);
}

} // namespace

TEST(ProjectCli, AnalyzeFindsTheProjectAndNoProjectLeavesIt) {
    const auto inCrate = report(kTcp);
    ASSERT_TRUE(inCrate.is_object());
    ASSERT_TRUE(inCrate["project"].is_object());
    EXPECT_EQ(inCrate["project"]["crate"], "app");
    EXPECT_EQ(inCrate["project"]["target"], "lib");
    EXPECT_EQ(inCrate["project"]["module"], "crate::net::tcp");
    EXPECT_EQ(inCrate["project"]["features"], nlohmann::json::array({"default", "local"}));
    EXPECT_EQ(inCrate["project"]["dependencies"], 1);
    EXPECT_TRUE(inCrate["project"]["unresolved"].empty()) << inCrate["project"]["unresolved"].dump();
    EXPECT_NE(inCrate["project"]["manifest"].get<std::string>().find("app/Cargo.toml"), std::string::npos);
    const auto alone = report(kTcp + " --no-project");
    EXPECT_TRUE(alone["project"].is_null());
    const auto threaded = report(kTcp + " --features threaded");
    EXPECT_EQ(threaded["project"]["features"], nlohmann::json::array({"default", "local", "threaded"}));
}

// rustc names an async fn by its def path from the crate root (rustc_middle's
// pretty_print_type for ty::Coroutine): tcp.rs is module net::tcp of crate app. Alone,
// the same file is its own crate root.
TEST(ProjectCli, RustcNamesStartAtTheCrateRoot) {
    const auto names = [](const nlohmann::json& r) {
        std::map<std::string, std::string> out;
        for (const auto& f : r["futures"]) out[f["name"]] = f["rustc_name"].is_null() ? "null" : f["rustc_name"];
        return out;
    };
    const auto inCrate = names(report(kTcp));
    EXPECT_EQ(inCrate.at("hold_guard"), "{async fn body of net::tcp::hold_guard()}");
    EXPECT_EQ(inCrate.at("tick"), "{async fn body of net::tcp::tick()}");
    const auto alone = names(report(kTcp + " --no-project"));
    EXPECT_EQ(alone.at("hold_guard"), "{async fn body of hold_guard()}");
}

TEST(ProjectCli, TextReportSaysTheModeOnce) {
    const Outcome single = awaitscope("analyze samples/refcell_guard.rs --format text", false);
    EXPECT_NE(single.out.find("Single-file mode"), std::string::npos);
    const Outcome project = awaitscope("analyze " + kTcp + " --format text", false);
    EXPECT_NE(project.out.find("crate app (lib), module crate::net::tcp"), std::string::npos) << project.out;
}

TEST(ProjectCli, AnalyzeCrateSummarisesEveryFileAndCrate) {
    const Outcome r = awaitscope("analyze-crate " + kWorkspace + "/app --format json --jobs 2", false);
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto doc = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_TRUE(doc.is_object());
    ASSERT_EQ(doc["crates"].size(), 1u);
    const auto& app = doc["crates"][0];
    EXPECT_EQ(app["crate"], "app");
    EXPECT_EQ(app["files"].size(), 5u);
    // tcp.rs: tick, hold_guard, hold_shared, hold_handle, hold_connection; ready.rs: tick,
    // wait_local, Connection::ready (both inside item macros), Connection::wait_ready,
    // wait_elsewhere; lib.rs: pause, hold_value
    EXPECT_EQ(app["futures"], 12);
    EXPECT_EQ(app["not_send"], 3);
    const Outcome text = awaitscope("analyze-crate " + kWorkspace + "/app");
    EXPECT_NE(text.out.find("crate app (lib), 5 files: 12 futures, 3 not Send"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("[app 5/5]"), std::string::npos); // progress on stderr
}

TEST(ProjectCli, AnalyzeCrateExitCodes) {
    EXPECT_EQ(awaitscope("analyze-crate " + kWorkspace + "/app --deny not-send").exitCode, 1);
    EXPECT_EQ(awaitscope("analyze-crate " + kWorkspace + "/shapes --deny not-send").exitCode, 0);
    const Outcome missing = awaitscope("analyze-crate /nonexistent/crate");
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.out.find("no Cargo.toml at /nonexistent/crate"), std::string::npos);
    const Outcome broken = awaitscope("analyze-crate tests/data/projects/broken");
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_NE(broken.out.find("broken/Cargo.toml"), std::string::npos) << broken.out;
}
