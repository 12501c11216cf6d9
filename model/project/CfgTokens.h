#pragma once
// What a macro expands to is configured before its items are collected (rustc:
// rustc_expand/src/expand.rs, InvocationCollector::flat_map_node, which runs
// StripUnconfigured::configure from config.rs on every item of the fragment): an item
// under a false `#[cfg(..)]` is removed with its attributes, a true `#[cfg(..)]` has no
// further effect, and `#[cfg_attr(pred, a, b)]` becomes `#[a] #[b]` or nothing.
//
// Doing it on the expansion's tokens, before they are written back at their places in the
// source (PositionedText), matters: the `#[cfg(not(tokio_wasi))]` that tokio's
// `cfg_not_wasi! { pub fn new(..) }` writes in front of an item has no room there, and
// without it the item keeps its source position.

#include "macros/TokenTree.h"
#include "project/CfgSet.h"

namespace awaitscope {

class CfgTokens {
  public:
    /// Configures the top-level items of `items` in place; tokens that do not read as
    /// items (an expression, a statement) are left as they are.
    static void configureItems(TokenStream& items, const CfgSet& cfg);
};

} // namespace awaitscope
