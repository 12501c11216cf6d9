#pragma once
// One macro_rules! definition: its rules, and the expansion of an invocation by the first
// rule whose matcher fits (rustc: rustc_expand/src/mbe/macro_rules.rs, expand_macro).

#include "macros/MacroMatcher.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class MacroRules {
  public:
    /// From the text of `macro_rules! name { (..) => { .. }; ... }`; nullopt if it is not one.
    /// `definingCrate` is the crate the definition is in ("" for the crate being expanded):
    /// `$crate` in its transcribers names that crate.
    static std::optional<MacroRules> parse(std::string_view definition, std::string definingCrate = {});

    const std::string& name() const { return m_name; }
    const std::string& definingCrate() const { return m_crate; }
    /// The transcribed tokens of the first matching rule; nullopt when none matches.
    std::optional<TokenStream> expand(const TokenStream& input) const;

  private:
    struct Rule {
        std::vector<MatcherElement> matcher;
        TokenStream transcriber;
    };
    std::string m_name;
    std::string m_crate;
    std::vector<Rule> m_rules;
};

/// Fills a transcriber with the bindings ($name, $( .. ) sep op, $crate). `$crate` becomes
/// `crate` when `definingCrate` is empty, `::definingCrate` otherwise (rustc: a `$crate`
/// ident resolves to the root of the crate the macro was defined in, and pretty-prints
/// as `::name` for another crate; rustc_resolve/src/ident.rs, rustc_ast_pretty).
TokenStream transcribe(const TokenStream& transcriber, const MatchBindings& bindings,
                       const std::string& definingCrate = {});

} // namespace awaitscope
