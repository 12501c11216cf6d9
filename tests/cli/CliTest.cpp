// The command line as a user or a script meets it: a real process, real files.
#include "CliProcess.h"
#include "ScratchDir.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using cli::awaitscope;
using cli::Outcome;
using cli::readFile;

namespace {

const std::filesystem::path kSource = AWAITSCOPE_SOURCE_DIR;

} // namespace

TEST(Cli, HelpAndVersion) {
    EXPECT_EQ(awaitscope("--help", false).exitCode, 0);
    EXPECT_NE(awaitscope("--help", false).out.find("awaitscope-cli analyze FILE.rs"), std::string::npos);
    const Outcome v = awaitscope("--version", false);
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_EQ(v.out.rfind("awaitscope ", 0), 0u);
}

TEST(Cli, AFileAloneIsNotACommandWithoutTheWindow) {
    const Outcome r = awaitscope("samples/refcell_guard.rs");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("unknown command or option 'samples/refcell_guard.rs'"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("open the window"), std::string::npos) << "awaitscope-cli has no window to offer";
}

#ifdef AWAITSCOPE_WINDOW_BINARY
// The window's binary hands its command line to the same code: same report, same bytes.
TEST(Cli, TheWindowBinaryRunsTheSameCommandLine) {
    const std::string args = " analyze samples/refcell_guard.rs --format text";
    const Outcome cli = awaitscope(args, false);
    const Outcome window =
        cli::shell("cd " AWAITSCOPE_SOURCE_DIR " && env -u DISPLAY -u WAYLAND_DISPLAY " AWAITSCOPE_WINDOW_BINARY +
                   args + " 2>/dev/null");
    ASSERT_EQ(cli.exitCode, 0);
    EXPECT_EQ(window.exitCode, 0);
    EXPECT_GT(cli.out.size(), 200u);
    EXPECT_EQ(window.out, cli.out);
    EXPECT_NE(cli::shell(AWAITSCOPE_WINDOW_BINARY " --help").out.find("open the window"), std::string::npos);
}
#endif

TEST(Cli, UnknownOptionAndUnreadableFileExitWithTwoAndSayWhy) {
    const Outcome unknown = awaitscope("analyze x.rs --frobnicate 1");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.out.find("unknown option '--frobnicate'"), std::string::npos);
    const Outcome missing = awaitscope("analyze /nonexistent/file.rs");
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.out.find("cannot read /nonexistent/file.rs"), std::string::npos);
    const Outcome edition = awaitscope("analyze x.rs --edition 2027");
    EXPECT_EQ(edition.exitCode, 2);
    EXPECT_NE(edition.out.find("unknown edition"), std::string::npos);
}

TEST(Cli, BinaryFileIsRefusedClearly) {
    const auto path = cli::scratch() / "binary.rs";
    std::ofstream(path, std::ios::binary) << std::string("fn main() {}\0\x01\x02", 15);
    const Outcome r = awaitscope("analyze " + path.string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("looks binary"), std::string::npos);
}

TEST(Cli, SyntaxErrorsStillGiveAReport) {
    const auto path = cli::scratch() / "broken.rs";
    std::ofstream(path) << "async fn a() { let = ; }\nasync fn b() { a().await; }\n";
    const Outcome r = awaitscope("analyze " + path.string() + " --format json", false);
    ASSERT_EQ(r.exitCode, 0);
    const auto report = nlohmann::json::parse(r.out);
    EXPECT_FALSE(report["parse_errors"].empty());
    EXPECT_EQ(report["futures"].back()["name"], "b");
}

// Every sample gives a valid report following the contract's shape.
TEST(Cli, EverySampleGivesAReportFollowingTheContract) {
    int samples = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSource / "samples")) {
        if (entry.path().extension() != ".rs") continue;
        ++samples;
        const Outcome r = awaitscope("analyze " + entry.path().string() + " --format json", false);
        ASSERT_EQ(r.exitCode, 0) << entry.path();
        const auto report = nlohmann::json::parse(r.out);
        EXPECT_EQ(report["tool"], "awaitscope");
        EXPECT_EQ(report["schema"], 1);
        EXPECT_FALSE(report["futures"].empty()) << entry.path();
        for (const auto& f : report["futures"]) {
            const auto& states = f["states"];
            ASSERT_GE(states.size(), 3u);
            EXPECT_EQ(states.front()["name"], "Unresumed");
            EXPECT_EQ(states[states.size() - 2]["name"], "Returned");
            EXPECT_EQ(states.back()["name"], "Panicked");
            for (size_t i = 1; i + 2 < states.size(); ++i) {
                EXPECT_EQ(states[i]["name"], "Suspend" + std::to_string(i - 1));
                EXPECT_TRUE(states[i].contains("await"));
            }
        }
    }
    EXPECT_GE(samples, 10);
}

// The golden report for the default sample: any change shows as a diff.
// UPDATE_GOLDEN=1 rewrites it (review the diff before committing).
TEST(Cli, GoldenReportForTheDefaultSample) {
    const Outcome r = awaitscope("analyze samples/refcell_guard.rs --format json", false);
    ASSERT_EQ(r.exitCode, 0);
    const auto golden = kSource / "tests/data/cli/refcell_guard.report.json";
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(golden) << r.out;
        GTEST_SKIP() << "golden file rewritten";
    }
    EXPECT_EQ(r.out, readFile(golden));
}
