// macro_rules! matching and transcription (model/macros): fragments, repetitions with
// separators, nesting, several rules, and a matcher that cannot match.
#include "macros/MacroRules.h"
#include "macros/MacroExpander.h"
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

namespace {

// Expands `name!(input)` with every definition in `definitions` known to crate `crate`.
std::string expandFully(const std::vector<std::string>& definitions, const std::string& crate, const std::string& name,
                        const std::string& input, std::vector<std::string>* unexpanded = nullptr) {
    MacroExpander expander;
    for (const std::string& d : definitions)
        if (auto rules = MacroRules::parse(d, crate)) expander.define(std::move(*rules));
    const auto out = expander.expand(crate, name, lexTokens(input));
    if (!out) return "<no expansion>";
    if (unexpanded) *unexpanded = out->unexpanded;
    return tokensToText(out->tokens);
}

} // namespace

TEST(MacroExpander, ATtMuncherCountsByInvokingItselfOnTheRest) {
    const std::string count = R"(macro_rules! count {
        () => { 0 };
        ($head:tt $($tail:tt)*) => { 1 + count!($($tail)*) };
    })";
    EXPECT_EQ(expandFully({count}, "", "count", "a (b c) [d]"), "1 + 1 + 1 + 0 ");
    EXPECT_EQ(expandFully({count}, "", "count", ""), "0 ");
}

TEST(MacroExpander, InternalRulesNormaliseIntoNestedRepetitions) {
    // The shape of tokio's join!: an `@` rule accumulates one `_` per branch and the
    // branches seen so far, each with the `_`s before it; the final rule uses both levels.
    const std::string pick = R"(macro_rules! pick {
        (@ { ( $($count:tt)* ) $( ( $($skip:tt)* ) $e:expr, )* }) => {{
            let all = ( $( wrap($e), )* );
            $( let ( $($skip,)* x, .. ) = &all; )*
            [ $($count)* ]
        }};
        (@ { ( $($s:tt)* ) $($t:tt)* } $e:expr, $($r:tt)* ) => {
            pick!(@{ ($($s)* _) $($t)* ($($s)*) $e, } $($r)*)
        };
        ( $($e:expr),* $(,)? ) => { pick!(@{ () } $($e,)*) };
    })";
    EXPECT_EQ(expandFully({pick}, "", "pick", "f(), b + 1,"),
              "{let all = (wrap ((f () ) ) , wrap ((b + 1 ) ) , ) ; let (x , .. ) = & all ; "
              "let (_ , x , .. ) = & all ; [_ _ ] } ");
    EXPECT_EQ(expandFully({pick}, "", "pick", "a"), "{let all = (wrap (a ) , ) ; let (x , .. ) = & all ; [_ ] } ");
}

TEST(MacroExpander, DollarCrateNamesTheDefiningCrateFromAnywhere) {
    const std::string outer = "macro_rules! outer { ($e:expr) => { $crate::inner!($e) } }";
    const std::string inner = "macro_rules! inner { ($e:expr) => { $crate::support::wrap($e) } }";
    EXPECT_EQ(expandFully({outer, inner}, "dep", "outer", "x"), ":: dep :: support :: wrap (x ) ");
    EXPECT_EQ(expandFully({outer, inner}, "", "outer", "x"), "crate :: support :: wrap (x ) ");
    // `dep`'s `$crate::inner!` is `dep`'s: an `inner` of another crate is not it.
    MacroExpander expander;
    expander.define(*MacroRules::parse(outer, "dep"));
    expander.define(*MacroRules::parse(inner, "other"));
    const auto out = expander.expand("dep", "outer", lexTokens("x"));
    ASSERT_TRUE(out);
    EXPECT_EQ(tokensToText(out->tokens), ":: dep :: inner ! (x ) ");
    EXPECT_EQ(out->unexpanded, (std::vector<std::string>{":: dep :: inner "}));
}

TEST(MacroExpander, UnknownMacrosStayAndEndlessRecursionStops) {
    std::vector<std::string> unexpanded;
    const std::string def = "macro_rules! m { ($e:expr) => { other::proc_macro!($e); vec![$e] } }";
    EXPECT_EQ(expandFully({def}, "", "m", "1", &unexpanded), "other :: proc_macro ! (1 ) ; vec ! [1 ] ");
    EXPECT_EQ(unexpanded, (std::vector<std::string>{"other :: proc_macro ", "vec "}));
    EXPECT_EQ(expandFully({"macro_rules! forever { () => { forever!() } }"}, "", "forever", ""), "<no expansion>");
    EXPECT_EQ(expandFully({def}, "", "nothing_by_this_name", ""), "<no expansion>");
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
