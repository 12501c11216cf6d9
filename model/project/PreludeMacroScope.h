#pragma once
// The macros a file analysed alone names from outside itself. Its dependencies are the
// prelude's crates (resources/prelude/*.rs), and what they export by `#[macro_export]
// macro_rules!` (futures' `poll!` and `pending!`, written as futures-util writes them) is
// in scope as a crate's dependencies' are: `futures::poll!(f)` by path, or `poll!(f)` after
// `use futures::poll;` / `use futures::{poll as p};` (rustc_resolve: macros are exported at
// their crate's root and imported like any other name). Inside a Cargo project the crate's
// own CrateExpansion plays this part, with the dependencies' real sources.

#include "macros/BodyMacroExpander.h"
#include "project/CrateExpansion.h"

#include <map>
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
    CrateExpansion m_imports;
};

} // namespace awaitscope
