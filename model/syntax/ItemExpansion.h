#pragma once
// The items a module holds once its crate's configuration is applied: items whose
// #[cfg] is false are left out, item macros (`cfg_rt! { .. }`) are replaced by what they
// expand to, and an out-of-line `mod x;` has the items of its file. The project layer
// computes this; item collection and the future collector only ask.

#include "syntax/SyntaxNode.h"

#include <vector>

namespace awaitscope {

class ItemExpansion {
  public:
    virtual ~ItemExpansion() = default;
    /// The items (with their attribute_items) of a source_file, a declaration_list or an
    /// out-of-line mod_item; nullptr where the expansion does not know the container.
    virtual const std::vector<SyntaxNode>* itemsOf(const SyntaxNode& container) const = 0;
    /// False for an item whose #[cfg] the configuration rules out.
    virtual bool isActive(const SyntaxNode& item) const = 0;
    /// False for an item of a macro expansion whose tokens do not stand at their places in
    /// the file (its positions say nothing about the source).
    virtual bool keepsPositions(const SyntaxNode& item) const {
        (void)item;
        return true;
    }
};

} // namespace awaitscope
