// The command line as a user or a script meets it: a real process, real files.
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/wait.h>

namespace {

struct Result {
    int exitCode = -1;
    std::string out;
};

// Runs the awaitscope binary; stderr is folded into the output with 2>&1 where asked.
Result runAwaitscope(const std::string& args, bool withStderr = false) {
    const std::string command = "cd " AWAITSCOPE_SOURCE_DIR " && " + std::string(AWAITSCOPE_BINARY) + " " + args + (withStderr ? " 2>&1" : " 2>/dev/null");
    Result r;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::filesystem::path kSource = AWAITSCOPE_SOURCE_DIR;

} // namespace

TEST(Cli, HelpAndVersion) {
    EXPECT_EQ(runAwaitscope("--help").exitCode, 0);
    EXPECT_NE(runAwaitscope("--help").out.find("awaitscope analyze"), std::string::npos);
    const Result v = runAwaitscope("--version");
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_EQ(v.out.rfind("awaitscope ", 0), 0u);
}

TEST(Cli, UnknownOptionAndUnreadableFileExitWithTwoAndSayWhy) {
    const Result unknown = runAwaitscope("analyze x.rs --frobnicate 1", true);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.out.find("unknown option '--frobnicate'"), std::string::npos);
    const Result missing = runAwaitscope("analyze /nonexistent/file.rs", true);
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.out.find("cannot read /nonexistent/file.rs"), std::string::npos);
    const Result edition = runAwaitscope("analyze x.rs --edition 2027", true);
    EXPECT_EQ(edition.exitCode, 2);
    EXPECT_NE(edition.out.find("unknown edition"), std::string::npos);
}

TEST(Cli, BinaryFileIsRefusedClearly) {
    const auto path = std::filesystem::temp_directory_path() / "awaitscope_binary.rs";
    std::ofstream(path, std::ios::binary) << std::string("fn main() {}\0\x01\x02", 15);
    const Result r = runAwaitscope("analyze " + path.string(), true);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("looks binary"), std::string::npos);
}

TEST(Cli, SyntaxErrorsStillGiveAReport) {
    const auto path = std::filesystem::temp_directory_path() / "awaitscope_broken.rs";
    std::ofstream(path) << "async fn a() { let = ; }\nasync fn b() { a().await; }\n";
    const Result r = runAwaitscope("analyze " + path.string() + " --format json");
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
        const Result r = runAwaitscope("analyze " + entry.path().string() + " --format json");
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
    const Result r = runAwaitscope("analyze samples/refcell_guard.rs --format json");
    ASSERT_EQ(r.exitCode, 0);
    const auto golden = kSource / "tests/data/cli/refcell_guard.report.json";
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(golden) << r.out;
        GTEST_SKIP() << "golden file rewritten";
    }
    EXPECT_EQ(r.out, readFile(golden));
}
