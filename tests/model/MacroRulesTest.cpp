// macro_rules! matching and transcription (model/macros): fragments, repetitions with
// separators, nesting, several rules, and a matcher that cannot match.
#include "macros/MacroRules.h"
#include "project/CfgSet.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::string expand(const std::string& definition, const std::string& input) {
    const auto rules = MacroRules::parse(definition);
    if (!rules) return "<not a macro>";
    const auto out = rules->expand(lexTokens(input));
    return out ? tokensToText(*out) : "<no match>";
}

} // namespace

TEST(MacroRules, ItemRepetitionGetsAnAttributeEach) {
    const std::string def = "macro_rules! cfg_rt { ($($item:item)*) => { $( #[cfg(feature = \"rt\")] $item )* } }";
    EXPECT_EQ(expand(def, "pub struct A; fn f() -> u8 { 1 } impl X for Y { fn g(&self) {} }"),
              "# [cfg (feature = \"rt\" ) ] pub struct A ; # [cfg (feature = \"rt\" ) ] fn f () -> u8 {1 } "
              "# [cfg (feature = \"rt\" ) ] impl X for Y {fn g (& self ) {} } ");
}

TEST(MacroRules, SeparatorsNestingAndTheFirstMatchingRule) {
    const std::string def = R"(macro_rules! m {
        () => { empty };
        ($name:ident => $($v:expr),+ $(,)?) => { fn $name() { $( use_it($v); )+ } };
        ($($k:ident : $($t:ty)|*);*) => { $( struct $k($($t),*); )* };
    })";
    EXPECT_EQ(expand(def, ""), "empty ");
    EXPECT_EQ(expand(def, "f => 1 + 2, g(3),"), "fn f () {use_it ((1 + 2 ) ) ; use_it ((g (3 ) ) ) ; } ");
    EXPECT_EQ(expand(def, "A : u8 | Vec<u8>; B : String"), "struct A (u8 , Vec < u8 > ) ; struct B (String ) ; ");
    EXPECT_EQ(expand(def, "1 2 3"), "<no match>");
    EXPECT_EQ(expand("not a macro", ""), "<not a macro>");
}

TEST(MacroRules, DollarCrateAndLiterals) {
    const std::string def = "macro_rules! k { ($l:literal, $t:tt) => { $crate::K($l, $t) } }";
    EXPECT_EQ(expand(def, "-1, x"), "crate :: K (- 1 , x ) ");
}

TEST(CfgSet, PredicatesOverNamesPairsAndFeatures) {
    CfgSet cfg = CfgSet::fromPrintCfg("unix\ntarget_os=\"linux\"\ntarget_pointer_width=\"64\"\n");
    cfg.enableFeature("rt");
    auto eval = [&](const std::string& text) { return cfg.attributeAllows(text); };
    EXPECT_TRUE(eval("cfg(unix)"));
    EXPECT_FALSE(eval("cfg(windows)"));
    EXPECT_TRUE(eval("cfg(all(unix, target_os = \"linux\", feature = \"rt\"))"));
    EXPECT_FALSE(eval("cfg(any(loom, feature = \"net\"))"));
    EXPECT_TRUE(eval("cfg(not(tokio_unstable))"));
    EXPECT_FALSE(eval("cfg(not(any(unix, windows)))"));
    EXPECT_TRUE(eval("doc = \"not a cfg\""));
}
