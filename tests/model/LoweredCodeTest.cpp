// The state machine written out as Rust, with each state's lines for highlighting.
#include "graph/LoweredCode.h"
#include "ExportFixtures.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace awaitscope;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

} // namespace

TEST(LoweredCode, EnumHasAVariantPerStateWithItsFields) {
    const LoweredCodeText code = LoweredCode::build(fixtures::tally());
    // The fixture has no standalone spellings: each printed type is a parameter.
    EXPECT_NE(code.text.find("enum TallyFuture<T0, T1, T2, T3> {"), std::string::npos) << code.text;
    EXPECT_NE(code.text.find("//   T2 = RefMut<'_, HashMap<String, i64>>"), std::string::npos);
    EXPECT_NE(code.text.find("    Unresumed {\n        players: T0, // upvar"), std::string::npos);
    EXPECT_NE(code.text.find("        scores: T2, // local: used after this await (!Send)"), std::string::npos);
    EXPECT_NE(code.text.find("        __awaitee: T3, // awaitee `fetch_score(&players[0])`"), std::string::npos);
    EXPECT_NE(code.text.find("    Returned,\n"), std::string::npos);
    EXPECT_NE(code.text.find("impl<T0, T1, T2, T3> std::future::Future for TallyFuture<T0, T1, T2, T3> {"),
              std::string::npos);
}

TEST(LoweredCode, StandaloneTypesAreWrittenWithTheirUses) {
    FutureInfo f = fixtures::tally();
    f.upvars[0].standaloneType = "Vec<String>";
    f.states[1].fields[1].standaloneType = "RefMut<'a, HashMap<String, i64>>";
    f.standalone.uses = {"std::cell::RefMut", "std::collections::HashMap"};
    f.standalone.borrows = true;
    f.standalone.output = "usize";
    const LoweredCodeText code = LoweredCode::build(f);
    EXPECT_NE(code.text.find("use std::cell::RefMut;\nuse std::collections::HashMap;\n"), std::string::npos);
    EXPECT_NE(code.text.find("enum TallyFuture<'a, T0, T1> {"), std::string::npos) << code.text;
    EXPECT_NE(code.text.find("        scores: RefMut<'a, HashMap<String, i64>>, // local"), std::string::npos);
    EXPECT_NE(code.text.find("    type Output = usize;"), std::string::npos);
}

TEST(LoweredCode, ArmsSayWhereEachPollGoesNext) {
    FutureInfo f = fixtures::tally();
    f.transitions = {{0, 1}, {1, 1}, {1, 2}};
    const LoweredCodeText code = LoweredCode::build(f);
    EXPECT_NE(code.text.find("// - run to the await at 22:42: become Suspend0, return Poll::Pending"),
              std::string::npos);
    EXPECT_NE(code.text.find("become Suspend0 (again, around a loop)"), std::string::npos) << code.text;
    EXPECT_NE(code.text.find("// Ready resumes after the await at 22:42, then:"), std::string::npos);
    EXPECT_NE(code.text.find("Self::Returned => panic!(\"`async fn` resumed after completion\"),"), std::string::npos);
    EXPECT_NE(code.text.find("todo!(\"the code of `tally` from the await at 22:42\")"), std::string::npos);
}

TEST(LoweredCode, AMultiLineAwaitedExpressionStaysOnItsMemberLine) {
    FutureInfo f = fixtures::tally();
    f.states[1].fields[2].expr = "fetch_score(\n        &players[0],\n    )";
    const LoweredCodeText code = LoweredCode::build(f);
    EXPECT_NE(code.text.find("        __awaitee: T3, // awaitee `fetch_score( &players[0], )`: "), std::string::npos)
        << code.text;
    const LoweredCodeLines& suspend0 = code.states[1];
    const auto text = lines(code.text);
    for (int l = suspend0.variantFirst + 2; l < suspend0.variantLast; ++l)
        EXPECT_EQ(text[l - 1].rfind("        ", 0), 0u) << "every member line is indented: " << text[l - 1];
}

TEST(LoweredCode, LineRangesPointAtTheVariantAndItsArm) {
    const LoweredCodeText code = LoweredCode::build(fixtures::tally());
    const auto text = lines(code.text);
    ASSERT_EQ(code.states.size(), 4u);
    for (const LoweredCodeLines& s : code.states) {
        ASSERT_GE(s.variantFirst, 1);
        ASSERT_LE(s.armLast, static_cast<int>(text.size()));
        const std::string name = fixtures::tally().states[s.state].name;
        std::string variant;
        for (int l = s.variantFirst; l <= s.variantLast; ++l) variant += text[l - 1];
        EXPECT_NE(variant.find("    " + name), std::string::npos) << name;
        EXPECT_EQ(text[s.armFirst - 1].find("            Self::" + name), 0u) << name;
    }
}

TEST(LoweredCode, DuplicateNamesInAVariantGetSuffixes) {
    FutureInfo f = fixtures::tally();
    f.states[1].fields.push_back(fixtures::field("players", FieldKind::Local, "Vec<String>", Verdict::Yes, Verdict::Yes,
                                                 {22, 1}, "used after this await"));
    const LoweredCodeText code = LoweredCode::build(f);
    EXPECT_NE(code.text.find("        players_1: T0, // local"), std::string::npos) << code.text;
}

TEST(LoweredCode, EnumNamesAreCamelCase) {
    FutureInfo f;
    f.name = "<Db as Store>::load";
    EXPECT_EQ(LoweredCode::enumName(f), "DbAsStoreLoadFuture");
    f.name = "main::{async block}";
    EXPECT_EQ(LoweredCode::enumName(f), "MainAsyncBlockFuture");
}
