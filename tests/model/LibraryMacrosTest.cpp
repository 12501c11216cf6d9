// A library's exported macro_rules! read from its sources (model/project/LibraryMacros),
// and tokio's own join!/try_join!/pin! expanded by them when tokio's sources are on this
// machine (Debian's librust-tokio-dev or a cargo registry); skipped when they are not.
#include "project/LibraryMacros.h"
#include "macros/MacroExpander.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::vector<std::string> names(const std::vector<MacroRules>& macros) {
    std::vector<std::string> out;
    for (const MacroRules& m : macros) out.push_back(m.definingCrate() + "::" + m.name());
    return out;
}

} // namespace

TEST(LibraryMacros, OnlyExportedDefinitionsAtAnyDepthCount) {
    const std::string text = R"(
        /// doc
        #[macro_export]
        #[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
        macro_rules! shown { () => { 1 } }
        macro_rules! private { () => { 2 } }
        #[allow(unused)]
        fn f() {}
        cfg_macros! {
            #[doc(hidden)] #[macro_export] macro_rules! nested { ($e:expr) => { $crate::shown!() } }
        }
        mod m { #[macro_export] macro_rules! in_module { () => {} } }
    )";
    EXPECT_EQ(names(exportedMacros("dep", text)),
              (std::vector<std::string>{"dep::shown", "dep::nested", "dep::in_module"}));
    EXPECT_TRUE(exportedMacros("dep", "macro_rules! private { () => {} }").empty());
}

namespace {

class TokioMacros : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto dir = installedCrateSources("tokio");
        if (!dir) GTEST_SKIP() << "tokio's sources are not on this machine";
        ASSERT_GT(loadExportedMacros("tokio", *dir, m_expander), 0u);
    }
    std::optional<MacroExpansion> expand(const std::string& name, const std::string& input) const {
        return m_expander.expand("tokio", name, lexTokens(input));
    }
    MacroExpander m_expander;
};

bool contains(const MacroExpansion& e, const std::string& text) {
    return tokensToText(e.tokens).find(text) != std::string::npos;
}

} // namespace

TEST_F(TokioMacros, JoinBecomesMaybeDoneFuturesPolledByOnePollFn) {
    const auto out = expand("join", "left(), right(name.clone())");
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->unexpanded.empty()) << out->unexpanded.front();
    const std::string text = tokensToText(out->tokens);
    EXPECT_TRUE(
        contains(*out, "let mut futures = (maybe_done ((left () ) ) , maybe_done ((right (name . clone () ) ) ) , ) ;"))
        << text;
    EXPECT_TRUE(contains(*out, "use :: tokio :: macros :: support :: {maybe_done ,")) << text;
    EXPECT_TRUE(contains(*out, "const COUNT : u32 = 0 + 1 + 1 ;")) << text;
    EXPECT_TRUE(contains(*out, "let (_ , fut , .. ) = & mut * futures ;")) << text; // the second branch
    EXPECT_TRUE(contains(*out, ") . await")) << text;
}

TEST_F(TokioMacros, TryJoinAndPinExpandWithoutHelpers) {
    const auto tryJoin = expand("try_join", "a, b, c");
    ASSERT_TRUE(tryJoin);
    EXPECT_TRUE(tryJoin->unexpanded.empty());
    EXPECT_TRUE(contains(*tryJoin, "const COUNT : u32 = 0 + 1 + 1 + 1 ;"));
    const auto pin = expand("pin", "fut");
    ASSERT_TRUE(pin);
    EXPECT_TRUE(contains(*pin, "let mut fut = fut ;")) << tokensToText(pin->tokens);
    EXPECT_TRUE(
        contains(*pin, "let mut fut = unsafe {:: tokio :: macros :: support :: Pin :: new_unchecked (& mut fut ) } ;"))
        << tokensToText(pin->tokens);
    const auto pinLet = expand("pin", "let f = make(); let g = other;");
    ASSERT_TRUE(pinLet);
    EXPECT_TRUE(contains(*pinLet, "let g = other ; let mut g = g ;")) << tokensToText(pinLet->tokens);
}

TEST_F(TokioMacros, SelectNamesTheProceduralHelpersItCannotExpand) {
    // tokio's select! declares its output enum and cleans patterns with tokio-macros'
    // procedural macros: those stay as written, and say so.
    const auto out = expand("select", "v = a => v, _ = b => 0,");
    ASSERT_TRUE(out);
    bool procedural = false;
    for (const std::string& path : out->unexpanded) procedural |= path.find("select_priv") != std::string::npos;
    EXPECT_TRUE(procedural);
}
