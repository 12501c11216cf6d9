// Code under a false #[cfg] inside bodies and items is removed before any pass reads it
// (rustc_expand/src/config.rs), with every other node where it stands.
#include "project/CfgStripper.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

CfgSet linux() {
    return CfgSet::fromPrintCfg("unix\ntarget_os=\"linux\"\ntarget_pointer_width=\"64\"\n");
}

std::string stripped(const std::string& text, const CfgSet& cfg = linux()) {
    const SyntaxTree tree(std::make_shared<SourceFile>("t.rs", text));
    return CfgStripper::strip(tree, cfg).value_or(text);
}

bool parsesCleanly(const std::string& text) {
    const SyntaxTree tree(std::make_shared<SourceFile>("t.rs", text));
    return tree.errors().empty();
}

} // namespace

TEST(CfgStripper, AFalseStatementIsBlankedAndATrueOneKept) {
    const std::string text = "fn f() {\n    #[cfg(windows)]\n    a().await;\n    #[cfg(unix)]\n    b();\n}\n";
    const std::string out = stripped(text);
    EXPECT_EQ(out.size(), text.size());
    EXPECT_EQ(out.find("a()"), std::string::npos);
    EXPECT_EQ(out.find("windows"), std::string::npos) << "the attribute goes with its statement";
    EXPECT_NE(out.find("#[cfg(unix)]\n    b();"), std::string::npos);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), std::count(text.begin(), text.end(), '\n'));
}

TEST(CfgStripper, UnsetNamesAndFeaturesAreFalse) {
    const std::string out =
        stripped("fn f() {\n    #[cfg(all(tokio_unstable, feature = \"tracing\"))]\n    let s = span();\n"
                 "    #[cfg(any(not(tokio_unstable), not(feature = \"tracing\")))]\n    acquire();\n}\n");
    EXPECT_EQ(out.find("span()"), std::string::npos);
    EXPECT_NE(out.find("acquire()"), std::string::npos);
}

TEST(CfgStripper, CfgAttrIsAppliedFirstAndBooleanLiteralsWork) {
    const std::string out = stripped("fn f() {\n    #[cfg_attr(unix, cfg(any()))]\n    let gone = 1;\n"
                                     "    #[cfg_attr(windows, cfg(any()))]\n    let kept = 2;\n"
                                     "    #[cfg(false)]\n    let no = 3;\n    #[cfg(true)]\n    let yes = 4;\n}\n");
    EXPECT_EQ(out.find("gone"), std::string::npos);
    EXPECT_NE(out.find("kept"), std::string::npos);
    EXPECT_EQ(out.find("no ="), std::string::npos);
    EXPECT_NE(out.find("yes"), std::string::npos);
}

TEST(CfgStripper, MatchArmsStructFieldsAndListElementsGoWithTheirComma) {
    const std::string text = "fn f(k: u8) -> G {\n"
                             "    let v = [1, #[cfg(windows)] 2, 3];\n"
                             "    match k {\n        #[cfg(windows)]\n        0 => w(),\n        _ => u(),\n    }\n"
                             "    G { a: 1, #[cfg(windows)] b: 2, c }\n}\n";
    const std::string out = stripped(text);
    EXPECT_EQ(out.find("w()"), std::string::npos);
    EXPECT_EQ(out.find("b: 2"), std::string::npos);
    EXPECT_NE(out.find("[1,"), std::string::npos);
    EXPECT_EQ(out.find(" 2,"), std::string::npos) << "the element's comma goes too";
    EXPECT_TRUE(parsesCleanly(out)) << out;
}

TEST(CfgStripper, BlockLevelItemsAndMacroStatementsAreRemoved) {
    const std::string out = stripped("fn f() {\n    #[cfg(windows)]\n    fn helper() -> String { String::new() }\n"
                                     "    #[cfg(windows)]\n    println!(\"{}\", 1);\n    helper();\n}\n");
    EXPECT_EQ(out.find("String::new"), std::string::npos);
    EXPECT_EQ(out.find("println"), std::string::npos);
    EXPECT_NE(out.find("helper();"), std::string::npos);
}

TEST(CfgStripper, NothingToRemoveGivesNoNewText) {
    const SyntaxTree tree(std::make_shared<SourceFile>("t.rs", "fn f() {\n    #[cfg(unix)]\n    a();\n}\n"));
    EXPECT_FALSE(CfgStripper::strip(tree, linux()).has_value());
}

TEST(CfgStripper, ColumnsAfterARemovedNonAsciiStringStayWhereTheyWere) {
    const std::string text = "fn f() { #[cfg(windows)] let s = \"é…\"; let after = 1; }\n";
    const std::string out = stripped(text);
    ASSERT_NE(out, text);
    EXPECT_TRUE(parsesCleanly(out)) << out;
    const SourceFile before("t.rs", text), now("t.rs", out);
    const uint32_t at = static_cast<uint32_t>(text.find("after"));
    EXPECT_EQ(out.find("after"), text.find("after"));
    EXPECT_EQ(now.positionOf(at).column, before.positionOf(at).column);
}
