#pragma once
// What the attributes in front of an item say to the module tree: whether #[cfg] keeps
// it (cfg_attr applied first), and a #[path = ".."] for an out-of-line module.

#include "project/CfgSet.h"
#include "syntax/SyntaxNode.h"

#include <string>
#include <vector>

namespace awaitscope {

struct ItemAttributes {
    bool active = true;
    std::string path;      // #[path = "x.rs"], "" if none
    bool macroUse = false; // #[macro_use]: an extern crate's macros, or a module's, stay in scope after it
};

/// An attribute's contents with `cfg_attr(pred, a, b)` applied: `a`, `b` when pred holds,
/// nothing when it does not (rustc: rustc_expand/src/config.rs, expand_cfg_attr); any
/// other attribute as it is.
std::vector<TokenStream> effectiveAttributes(const TokenStream& attribute, const CfgSet& cfg);

/// `attributes` are attribute_item (or inner_attribute_item) nodes.
ItemAttributes readItemAttributes(const std::vector<SyntaxNode>& attributes, const CfgSet& cfg);

} // namespace awaitscope
