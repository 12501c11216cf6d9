// `awaitscope analyze FILE --rustc` as a user runs it: the report gains the fields of
// analysis-report.md "Additions / The real compiler"; the text report lists disagreements;
// without cargo and rustc on PATH it exits 2 saying what to install.
#include "../cli/CliProcess.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using cli::Outcome;

// A command line run from the source folder, with the redirections it carries.
Outcome run(const std::string& command) {
    return cli::shell("cd " AWAITSCOPE_SOURCE_DIR " && " + command);
}

const std::string kBinary = AWAITSCOPE_BINARY;

} // namespace

TEST(RustcCli, JsonReportGainsRustcPerFutureAndTheStatus) {
    const Outcome r = run(kBinary + " analyze tests/data/rustc/d3_handler_borrowed_nospawn.rs --rustc 2>/dev/null");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_TRUE(report.contains("rustc_status"));
    EXPECT_EQ(report["rustc_status"]["ok"], true);
    EXPECT_TRUE(report["rustc_status"]["error"].is_null());
    EXPECT_FALSE(report["rustc_status"]["command"].empty());
    EXPECT_TRUE(report["rustc_status"]["seconds"].is_number());
    EXPECT_NE(report["rustc_status"]["toolchain"].get<std::string>().find("rustc "), std::string::npos);
    EXPECT_TRUE(report["rustc_diagnostics"].is_array());
    for (const auto& future : report["futures"]) {
        ASSERT_TRUE(future["rustc"].is_object()) << future["name"];
        for (const char* key : {"size", "align", "agrees", "states"}) EXPECT_TRUE(future["rustc"].contains(key)) << key;
        for (const auto& state : future["rustc"]["states"])
            for (const char* key : {"name", "size", "locals", "temporaries", "awaitee_type"})
                EXPECT_TRUE(state.contains(key)) << key;
    }
}

TEST(RustcCli, CompilerErrorsAreListedAsRustcDiagnostics) {
    const Outcome r = run(kBinary + " analyze tests/data/rustc/moved_while_borrowed.rs --rustc 2>/dev/null");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report["rustc_diagnostics"].size(), 1u);
    const auto& e = report["rustc_diagnostics"][0];
    EXPECT_EQ(e["code"], "E0505");
    EXPECT_EQ(e["line"], 10);
    EXPECT_TRUE(e["notes"].is_array());
    EXPECT_EQ(report["rustc_status"]["compiled"], false);
}

TEST(RustcCli, TextReportSaysWhetherModelAndCompilerAgree) {
    const Outcome r =
        run(kBinary + " analyze tests/data/rustc/d3_handler_borrowed_nospawn.rs --rustc --format text 2>/dev/null");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("laid-out futures agree with the model"), std::string::npos) << r.out;
}

TEST(RustcCli, WithoutCargoOrRustcItExitsTwoSayingWhatToInstall) {
    const Outcome r = run("env PATH=/nonexistent " + kBinary + " analyze samples/refcell_guard.rs --rustc 2>&1");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("install Rust"), std::string::npos) << r.out;
}
