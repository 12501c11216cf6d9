// The readers of rustc's own output, on output recorded from real rustc 1.95 runs
// (tests/data/rustc, made by tests/tools/record_rustc_output.sh): every async layout the
// oracle (../shared/tools/rustc-oracle, an independent reader) finds in the same files must
// be read identically, field by field with offsets; and the JSON diagnostics must give
// rustc's codes, messages, sites in the user's file and notes.
#include "CorpusSupport.h"
#include "compiler/DiagnosticsParser.h"
#include "compiler/TypeSizesParser.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(AWAITSCOPE_TEST_DATA) / "rustc";

nlohmann::json oracle(const std::string& name) {
    return nlohmann::json::parse(corpus::readText(kData / (name + ".oracle.json")));
}

const RustcLayout* findLayout(const TypeSizesParse& parse, const std::string& type) {
    for (const RustcLayout& l : parse.layouts)
        if (l.type == type) return &l;
    return nullptr;
}

void expectSameAsOracle(const std::string& name) {
    const TypeSizesParse parse = parseTypeSizes(corpus::readText(kData / (name + ".type-sizes.txt")));
    EXPECT_TRUE(parse.unexpected.empty()) << parse.unexpected.front();
    const auto expected = oracle(name)["async_layouts"];
    ASSERT_FALSE(expected.empty());
    for (const auto& want : expected) {
        const RustcLayout* got = findLayout(parse, want["type"]);
        ASSERT_NE(got, nullptr) << want["type"];
        EXPECT_EQ(got->size, want["size"]);
        EXPECT_EQ(got->align, want["align"]);
        ASSERT_EQ(got->variants.size(), want["variants"].size()) << got->type;
        for (size_t v = 0; v < got->variants.size(); ++v) {
            const auto& wv = want["variants"][v];
            const RustcVariant& gv = got->variants[v];
            EXPECT_EQ(gv.name, wv["name"]);
            EXPECT_EQ(gv.size, wv["size"]) << got->type << " " << gv.name;
            ASSERT_EQ(gv.fields.size(), wv["fields"].size()) << got->type << " " << gv.name;
            for (size_t f = 0; f < gv.fields.size(); ++f) {
                const auto& wf = wv["fields"][f];
                const std::string where = got->type + " " + gv.name + " " + gv.fields[f].name;
                EXPECT_EQ(gv.fields[f].kind, wf["kind"]) << where;
                EXPECT_EQ(gv.fields[f].name, wf["name"]) << where;
                EXPECT_EQ(gv.fields[f].size, wf["size"]) << where;
                EXPECT_EQ(gv.fields[f].offset, wf["offset"]) << where;
                EXPECT_EQ(gv.fields[f].type.value_or(""), wf["type"].is_null() ? "" : wf["type"].get<std::string>())
                    << where;
            }
        }
    }
}

std::vector<RustcDiagnostic> errorsOf(const std::string& name) {
    std::vector<RustcDiagnostic> errors;
    for (const auto& d : parseRustcDiagnostics(corpus::readText(kData / (name + ".diagnostics.jsonl"))).diagnostics)
        if (d.isError()) errors.push_back(d);
    return errors;
}

} // namespace

TEST(TypeSizesParser, ReadsEveryAsyncLayoutAsTheOracleDoes) {
    expectSameAsOracle("d3_handler_borrowed_nospawn");
    expectSameAsOracle("i_coverage");
}

TEST(TypeSizesParser, SplitsNamedLocalsTemporariesDropFlagsAndTheAwaitee) {
    const TypeSizesParse parse = parseTypeSizes(corpus::readText(kData / "d3_handler_borrowed_nospawn.type-sizes.txt"));
    const RustcLayout* handler = findLayout(parse, "{async fn body of handler()}");
    ASSERT_NE(handler, nullptr);
    const RustcVariant* s1 = handler->variant("Suspend1");
    ASSERT_NE(s1, nullptr);
    EXPECT_EQ(s1->localNames(), (std::vector<std::string>{"server", "req", "cache"}));
    EXPECT_EQ(s1->dropFlagCount(), 1);
    EXPECT_EQ(s1->temporaryCount(), 0);
    ASSERT_NE(s1->awaitee(), nullptr);
    EXPECT_EQ(s1->awaitee()->type, "{async fn body of Server::compute()}");
    EXPECT_EQ(handler->kind, RustcCoroutineKind::AsyncFn);
    EXPECT_EQ(handler->path, "handler");
}

TEST(TypeSizesParser, NamesBlocksAndClosureBodiesBySpan) {
    const TypeSizesParse parse = parseTypeSizes(corpus::readText(kData / "i_coverage.type-sizes.txt"));
    const RustcLayout* closure = findLayout(parse, "{async closure body@i_coverage.rs:14:44: 14:49}");
    ASSERT_NE(closure, nullptr);
    EXPECT_EQ(closure->kind, RustcCoroutineKind::AsyncClosure);
    EXPECT_EQ(closure->path, "i_coverage.rs");
    EXPECT_EQ(closure->line, 14);
    EXPECT_EQ(closure->column, 44);
    EXPECT_EQ(closure->endColumn, 49);
    const RustcLayout* block = findLayout(parse, "{async block@i_coverage.rs:19:26: 19:36}");
    ASSERT_NE(block, nullptr);
    EXPECT_EQ(block->kind, RustcCoroutineKind::AsyncBlock);
}

TEST(TypeSizesParser, SkipsOtherTypesAndCargoLinesButReportsUnknownLineForms) {
    const std::string text = "{\"reason\":\"compiler-artifact\"}\n"
                             "print-type-size type: `std::string::String`: 24 bytes, alignment: 8 bytes\n"
                             "print-type-size     field `.vec`: 24 bytes\n"
                             "print-type-size type: `{async fn body of f()}`: 2 bytes, alignment: 1 bytes\n"
                             "print-type-size     discriminant: 1 bytes\n"
                             "print-type-size     variant `Unresumed`: 0 bytes\n"
                             "print-type-size     something rustc never printed\n";
    const TypeSizesParse parse = parseTypeSizes(text);
    EXPECT_EQ(parse.typeCount, 2);
    ASSERT_EQ(parse.layouts.size(), 1u);
    EXPECT_EQ(parse.layouts[0].path, "f");
    ASSERT_EQ(parse.unexpected.size(), 1u);
}

TEST(DiagnosticsParser, FutureNotSendKeepsItsNotesAndHasNoCode) {
    const auto errors = errorsOf("b_refcell_updater");
    const auto expected = oracle("b_refcell_updater")["errors"];
    ASSERT_EQ(errors.size(), expected.size());
    for (size_t i = 0; i < errors.size(); ++i) {
        EXPECT_EQ(errors[i].message, expected[i]["message"]);
        EXPECT_FALSE(errors[i].code.has_value());
        ASSERT_TRUE(errors[i].site.has_value());
        EXPECT_EQ(errors[i].site->line, expected[i]["primary"]["line"]);
        EXPECT_EQ(errors[i].site->column, expected[i]["primary"]["col"]);
    }
    bool heldAcrossAwait = false; // the second and third errors blame the guard held across the await
    for (const RustcDiagnostic& e : errors)
        for (const std::string& note : e.noteLines())
            heldAcrossAwait |=
                note.find("used across an await") != std::string::npos &&
                note.find("11:34: await occurs here, with `mut guard` maybe used later") != std::string::npos;
    EXPECT_TRUE(heldAcrossAwait);
}

TEST(DiagnosticsParser, BorrowErrorsCarryTheirCodes) {
    const auto e0597 = errorsOf("d_handler_borrowed");
    ASSERT_EQ(e0597.size(), 1u);
    EXPECT_EQ(e0597[0].code, "E0597");
    EXPECT_EQ(e0597[0].site->line, oracle("d_handler_borrowed")["errors"][0]["primary"]["line"]);
    const auto e0505 = errorsOf("moved_while_borrowed");
    ASSERT_EQ(e0505.size(), 1u);
    EXPECT_EQ(e0505[0].code, "E0505");
    EXPECT_EQ(e0505[0].message, "cannot move out of `name` because it is borrowed");
    EXPECT_EQ(e0505[0].site->line, 10);
    const auto e0373 = errorsOf("async_block_borrows_local");
    ASSERT_EQ(e0373.size(), 1u);
    EXPECT_EQ(e0373[0].code, "E0373");
}

TEST(DiagnosticsParser, ReadsCargoMessagesOfOneTargetAndDropsSummaries) {
    const std::string stream =
        R"({"reason":"compiler-message","target":{"src_path":"/p/src/lib.rs"},"message":{"$message_type":"diagnostic","level":"error","code":{"code":"E0425"},"message":"cannot find value `x`","spans":[{"file_name":"src/lib.rs","line_start":3,"column_start":5,"line_end":3,"column_end":6,"is_primary":true,"label":null}],"children":[],"rendered":"error"}})"
        "\n"
        R"({"reason":"compiler-message","target":{"src_path":"/p/build.rs"},"message":{"$message_type":"diagnostic","level":"warning","code":null,"message":"unused","spans":[],"children":[]}})"
        "\n"
        R"({"reason":"compiler-message","target":{"src_path":"/p/src/lib.rs"},"message":{"$message_type":"diagnostic","level":"error","code":null,"message":"aborting due to 1 previous error","spans":[],"children":[]}})"
        "\n"
        R"({"reason":"build-finished","success":false})"
        "\nerror: could not compile `p`\n";
    const DiagnosticsParse parse = parseRustcDiagnostics(stream, "/p/src/lib.rs");
    ASSERT_EQ(parse.diagnostics.size(), 1u);
    EXPECT_EQ(parse.diagnostics[0].code, "E0425");
    EXPECT_EQ(parse.diagnostics[0].site->file, "src/lib.rs");
    EXPECT_EQ(parse.buildSucceeded, false);
    ASSERT_EQ(parse.otherLines.size(), 1u);
}
