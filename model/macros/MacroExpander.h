#pragma once
// Macro invocations expanded to the end (rustc: rustc_expand/src/expand.rs,
// MacroExpander::fully_expand_fragment): the first matching rule's transcription, and in
// it every invocation of a macro_rules! macro this expander knows expanded again, so
// internal `@` rules and tt-munchers (a macro that calls itself on the rest of its input)
// come out as the code they finally write. Macros are known per defining crate; a path
// `$crate::name!` in a transcription (`::krate::name!` once transcribed) names that crate's
// macro. An invocation of a macro nobody defined here (a procedural macro, a builtin) is
// left as written and listed.

#include "macros/MacroRules.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

struct MacroExpansion {
    TokenStream tokens;
    std::vector<std::string> unexpanded; // paths of the invocations left as written
};

class MacroExpander {
  public:
    /// A later definition of the same name in the same crate shadows the earlier one, as a
    /// macro_rules! does in textual order.
    void define(MacroRules rules);

    /// The macro `name` defined in `crate` ("" for the crate being analysed); null if none.
    const MacroRules* find(const std::string& crate, const std::string& name) const;

    /// `crate::name!(input)` expanded to the end; nullopt when no rule of it (or of a macro
    /// it invokes) matches, the macro is unknown, or the expansion goes deeper than rustc's
    /// default `recursion_limit` (128).
    std::optional<MacroExpansion> expand(const std::string& crate, const std::string& name,
                                         const TokenStream& input) const;

    /// The macro an invocation path names (`join`, `tokio::join`, `::tokio::join`,
    /// `crate::m`), seen from code in `currentCrate`: the defining crate and the name.
    /// `#[macro_export]` macros live at their crate's root, so the first and the last
    /// segment decide.
    static std::pair<std::string, std::string> resolve(const TokenStream& path, const std::string& currentCrate);

  private:
    bool expandWithin(TokenStream& tokens, const std::string& currentCrate, int depth, MacroExpansion& out) const;
    std::optional<TokenStream> expandOne(const MacroRules& rules, const TokenStream& input, int depth,
                                         MacroExpansion& out) const;

    std::map<std::pair<std::string, std::string>, MacroRules> m_macros;
};

} // namespace awaitscope
