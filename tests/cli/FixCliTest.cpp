// `awaitscope fix` as a script runs it: the fixed file written, and clear failures
// (exit 2, saying what exists) for a diagnostic or fix number that does not.
#include "CliProcess.h"
#include "ScratchDir.h"

#include <filesystem>
#include <gtest/gtest.h>

using cli::awaitscope;
using cli::Outcome;
using cli::readFile;

namespace {

namespace fs = std::filesystem;

const std::string kSample = "samples/rc_across_await.rs";

} // namespace

TEST(FixCli, WritesTheFixedFileAndSaysWhereTheSiteIs) {
    const fs::path out = cli::scratch() / "fixed.rs";
    fs::remove(out);
    const Outcome r = awaitscope("fix " + kSample + " --diagnostic 1 --fix 1 -o " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("the site is now at "), std::string::npos) << r.out;
    const std::string original = readFile(fs::path(AWAITSCOPE_SOURCE_DIR) / kSample);
    EXPECT_FALSE(readFile(out).empty());
    EXPECT_NE(readFile(out), original);
}

TEST(FixCli, BadNumbersExitWithTwoAndSayWhatExists) {
    const Outcome noDiagnostic = awaitscope("fix " + kSample + " --diagnostic 99 --fix 1 -o /tmp/x.rs");
    EXPECT_EQ(noDiagnostic.exitCode, 2);
    EXPECT_NE(noDiagnostic.out.find("no diagnostic 99: " + kSample + " has "), std::string::npos) << noDiagnostic.out;
    const Outcome noFix = awaitscope("fix " + kSample + " --diagnostic 1 --fix 99 -o /tmp/x.rs");
    EXPECT_EQ(noFix.exitCode, 2);
    EXPECT_NE(noFix.out.find("no fix 99: diagnostic 1 ("), std::string::npos) << noFix.out;
    const Outcome zero = awaitscope("fix " + kSample + " --diagnostic 0 --fix 1 -o /tmp/x.rs");
    EXPECT_EQ(zero.exitCode, 2);
    EXPECT_NE(zero.out.find("--diagnostic takes a number from 1"), std::string::npos) << zero.out;
    const Outcome missing = awaitscope("fix " + kSample + " --diagnostic 1 -o /tmp/x.rs");
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.out.find("fix needs --diagnostic N and --fix M"), std::string::npos) << missing.out;
}
