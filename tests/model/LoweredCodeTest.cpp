// The state machine written out as Rust, with each state's lines for highlighting.
#include "ExportFixtures.h"
#include "graph/LoweredCode.h"

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
    EXPECT_NE(code.text.find("enum TallyFuture {"), std::string::npos);
    EXPECT_NE(code.text.find("    Unresumed {\n        players: Vec<String>, // upvar"), std::string::npos);
    EXPECT_NE(code.text.find("        scores: RefMut<'_, HashMap<String, i64>>, // local: used after this await (!Send)"),
              std::string::npos);
    EXPECT_NE(code.text.find("        __awaitee: {async fn body of fetch_score()}, // awaitee `fetch_score(&players[0])`"),
              std::string::npos);
    EXPECT_NE(code.text.find("    Returned,\n"), std::string::npos);
    EXPECT_NE(code.text.find("impl Future for TallyFuture {"), std::string::npos);
}

TEST(LoweredCode, ArmsSayWhereEachAwaitResumes) {
    const LoweredCodeText code = LoweredCode::build(fixtures::tally());
    EXPECT_NE(code.text.find("// run to the await at 22:42, become Suspend0, return Poll::Pending"), std::string::npos);
    EXPECT_NE(code.text.find("// Ready: resume after the await at 22:42"), std::string::npos);
    EXPECT_NE(code.text.find("Returned => panic!(\"`async fn` resumed after completion\"),"), std::string::npos);
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
        EXPECT_EQ(text[s.armFirst - 1].find("            " + name), 0u) << name;
    }
}

TEST(LoweredCode, DuplicateNamesInAVariantGetSuffixes) {
    FutureInfo f = fixtures::tally();
    f.states[1].fields.push_back(fixtures::field("players", FieldKind::Local, "Vec<String>", Verdict::Yes,
                                                 Verdict::Yes, {22, 1}, "used after this await"));
    const LoweredCodeText code = LoweredCode::build(f);
    EXPECT_NE(code.text.find("        players_1: Vec<String>, // local"), std::string::npos);
}

TEST(LoweredCode, EnumNamesAreCamelCase) {
    FutureInfo f;
    f.name = "<Db as Store>::load";
    EXPECT_EQ(LoweredCode::enumName(f), "DbAsStoreLoadFuture");
    f.name = "main::{async block}";
    EXPECT_EQ(LoweredCode::enumName(f), "MainAsyncBlockFuture");
}
