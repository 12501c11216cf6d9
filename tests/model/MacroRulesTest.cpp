// macro_rules! matching and transcription (model/macros): fragments, repetitions with
// separators, nesting, several rules, and a matcher that cannot match.
#include "macros/MacroRules.h"
#include "macros/PositionedText.h"
#include "project/CfgSet.h"

#include <gtest/gtest.h>

#include <algorithm>

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

namespace {

// The expansion of an invocation, written so that the tokens that came from the source
// stand at their own offsets (the items then keep their lines and columns).
std::optional<std::string> positioned(const std::string& definition, const std::string& source) {
    const auto rules = MacroRules::parse(definition);
    const size_t open = source.find('{');
    const auto input = lexTokens(source.substr(open), static_cast<long>(open));
    if (!rules || input.size() != 1) return std::nullopt;
    const auto out = rules->expand(input[0].children);
    return out ? positionedText(*out, source) : std::nullopt;
}

std::string withoutSpace(std::string text) {
    text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; }), text.end());
    return text;
}

} // namespace

TEST(PositionedText, SourceTokensKeepTheirOffsetsAndInsertedOnesFitBeforeThem) {
    const std::string def = "macro_rules! cfg_rt { ($($item:item)*) => { $( #[cfg(feature = \"rt\")] $item )* } }";
    const std::string source = "cfg_rt! {\n    // a comment long enough\n    async fn f() { g()?; h::<u8>(); }\n}\n";
    const auto text = positioned(def, source);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->size(), source.size());
    EXPECT_EQ(text->find("async fn f() { g()?; h::<u8>(); }"), source.find("async fn f()"));
    EXPECT_EQ(withoutSpace(*text), "#[cfg(feature=\"rt\")]asyncfnf(){g()?;h::<u8>();}") << *text;
    EXPECT_EQ(std::count(text->begin(), text->end(), '\n'), std::count(source.begin(), source.end(), '\n'));
}

TEST(PositionedText, NoRoomForTheInsertedTokensOrTokensOutOfOrderGiveNone) {
    const std::string attr = "macro_rules! m { ($i:item) => { #[cfg(feature = \"a_long_feature_name\")] $i } }";
    EXPECT_FALSE(positioned(attr, "m!{fn f(){}}"));
    const std::string swap = "macro_rules! s { ($a:ident $b:ident) => { fn $b() {} fn $a() {} } }";
    EXPECT_FALSE(positioned(swap, "s! { first second }"));
}
