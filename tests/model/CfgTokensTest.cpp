// What a macro expands to is configured item by item before it is put in place
// (project/CfgTokens, after rustc_expand's StripUnconfigured::configure).
#include "project/CfgTokens.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::string configured(const std::string& text) {
    TokenStream tokens = lexTokens(text, 0);
    CfgTokens::configureItems(tokens, CfgSet::fromPrintCfg("unix\ntarget_os=\"linux\"\n"));
    return tokensToText(tokens);
}

std::string spelled(const std::string& text) {
    return tokensToText(lexTokens(text));
}

} // namespace

TEST(CfgTokens, AFalseCfgRemovesItsItemAndATrueOneOnlyItself) {
    EXPECT_EQ(configured("#[cfg(unix)] fn a() {} #[cfg(windows)] fn b() {} #[inline] fn c() {}"),
              spelled("fn a() {} #[inline] fn c() {}"));
    EXPECT_EQ(configured("#[cfg(not(tokio_wasi))] pub(crate) fn new(x: u8) -> u8 { x } const N: u8 = 1;"),
              spelled("pub(crate) fn new(x: u8) -> u8 { x } const N: u8 = 1;"));
}

TEST(CfgTokens, CfgAttrBecomesItsAttributesOrNothing) {
    EXPECT_EQ(configured("#[cfg_attr(unix, derive(Debug), repr(C))] struct S;"),
              spelled("#[derive(Debug)] #[repr(C)] struct S;"));
    EXPECT_EQ(configured("#[cfg_attr(docsrs, doc(cfg(unix)))] struct S;"), spelled("struct S;"));
    EXPECT_EQ(configured("#[cfg_attr(unix, cfg(windows))] fn gone() {} fn kept() {}"), spelled("fn kept() {}"));
}

TEST(CfgTokens, TokensThatStayKeepTheirPlaces) {
    TokenStream tokens = lexTokens("#[cfg(unix)]\nfn a() {}", 0);
    CfgTokens::configureItems(tokens, CfgSet::fromPrintCfg("unix\n"));
    ASSERT_FALSE(tokens.empty());
    EXPECT_TRUE(tokens[0].isIdent("fn"));
    EXPECT_EQ(tokens[0].offset, 13);
}

TEST(CfgTokens, WhatIsNotAnItemIsLeftAsWritten) {
    EXPECT_EQ(configured("a + b * c"), spelled("a + b * c"));
    EXPECT_EQ(configured("#[cfg(windows)] fn b() {} 1 + 2"), spelled("1 + 2"));
}
