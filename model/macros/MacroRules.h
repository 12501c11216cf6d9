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
    static std::optional<MacroRules> parse(std::string_view definition);

    const std::string& name() const { return m_name; }
    /// The transcribed tokens of the first matching rule; nullopt when none matches.
    std::optional<TokenStream> expand(const TokenStream& input) const;

  private:
    struct Rule {
        std::vector<MatcherElement> matcher;
        TokenStream transcriber;
    };
    std::string m_name;
    std::vector<Rule> m_rules;
};

/// Fills a transcriber with the bindings ($name, $( .. ) sep op, $crate).
TokenStream transcribe(const TokenStream& transcriber, const MatchBindings& bindings);

} // namespace awaitscope
