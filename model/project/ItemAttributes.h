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
    std::string path; // #[path = "x.rs"], "" if none
};

/// `attributes` are attribute_item (or inner_attribute_item) nodes.
ItemAttributes readItemAttributes(const std::vector<SyntaxNode>& attributes, const CfgSet& cfg);

} // namespace awaitscope
