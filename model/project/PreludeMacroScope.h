#pragma once
// The macros a file analysed alone names from outside itself. Its dependencies are the
// prelude's crates (resources/prelude/*.rs), and what they export by `#[macro_export]
// macro_rules!` (futures' `poll!` and `pending!`, written as futures-util writes them) is
// in scope as a crate's dependencies' are: `futures::poll!(f)` by path, or `poll!(f)` after
// `use futures::poll;` / `use futures::{poll as p};` at the top of the file or in a block
// around the invocation (rustc_resolve: macros are exported at their crate's root and
// imported like any other name; a block's `use` is seen inside that block alone). Inside a
// Cargo project the crate's own CrateExpansion plays this part, with the dependencies' real
// sources.

#include "macros/BodyMacroExpander.h"
#include "project/CrateExpansion.h"

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace awaitscope {

class PreludeMacroScope {
  public:
    /// `root`: the file's tree, whose top-level `use` items import macros.
    explicit PreludeMacroScope(const SyntaxNode& root);

    /// The resolver a BodyMacroExpander asks; valid while this object lives.
    BodyMacroExpander::CrateMacros resolver() const;

    /// The `#[macro_export]` macros of the prelude crate `crate`, by name (read once per
    /// process); null when the prelude has no such crate.
    static const std::map<std::string, MacroRules>* exportedBy(const std::string& crate);

  private:
    const MacroRules* importedInBlock(const SyntaxNode& block, const std::string& name) const;

    // The path-based scopes: "" for the file, a block's own key for a block with `use`s,
    // filled when an invocation inside it is first resolved.
    mutable CrateExpansion m_imports;
    mutable std::set<std::string> m_blocksRead;
    mutable std::mutex m_mutex;
};

} // namespace awaitscope
