#pragma once
// The matching half of macro_rules! (rustc: rustc_expand/src/mbe/macro_parser.rs): a
// rule's matcher against an invocation's tokens, binding metavariables (with fragment
// specifiers) and repetitions ($(...) sep * / + / ?). Fragments are parsed to a fixed
// length; repetitions backtrack, within a step budget so that nothing can hang.

#include "macros/TokenTree.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct MatcherElement {
    enum class Kind { Token, Variable, Repetition, Group } kind = Kind::Token;
    TokenTree token;                      // Token; Group: the delimiter in token.text
    std::string name, fragment;           // Variable: $name:fragment
    std::vector<MatcherElement> children; // Repetition and Group contents
    std::optional<TokenTree> separator;   // Repetition
    char op = '*';                        // Repetition: '*', '+', '?'
};

/// What one metavariable matched: tokens, or one binding per repetition.
struct MatchBinding {
    std::string fragment;
    TokenStream tokens;
    bool isRepetition = false;
    std::vector<MatchBinding> repeats;
};

using MatchBindings = std::map<std::string, MatchBinding>;

/// A rule's left-hand side ($name:frag, $( ... ) sep op) as elements.
std::vector<MatcherElement> compileMatcher(const TokenStream& pattern);

/// Bindings if the whole input matches; nullopt otherwise.
std::optional<MatchBindings> matchMacro(const std::vector<MatcherElement>& matcher, const TokenStream& input);

/// How many tokens a fragment of this kind takes at `at`; -1 if none fits there.
int fragmentLength(const std::string& fragment, const TokenStream& input, size_t at);

} // namespace awaitscope
