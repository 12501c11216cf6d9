#pragma once
// A macro invocation inside a body replaced by what its macro_rules! definition expands
// to (rustc_expand/src/expand.rs: an expression-position invocation becomes an
// AstFragmentKind::Expr, a statement-position one AstFragmentKind::Stmts). The syntax layer
// only asks; the macros layer (macros/BodyMacroExpander) answers, so that everything that
// walks a body (the future collector, the name mentions, the lowering) walks the same
// expansion through MacroArguments.

#include "SyntaxNode.h"

#include <vector>

namespace awaitscope {

struct BodyExpansion {
    /// Expression position: the one expression. Statement position: the statements, a
    /// trailing expression included, each to be lowered as a statement of the block the
    /// invocation stands in (a `let` there is a local of that block).
    std::vector<SyntaxNode> nodes;
    bool statements = false;
};

class BodyMacroExpansion {
  public:
    virtual ~BodyMacroExpansion() = default;
    /// The parsed expansion, kept alive as long as this object; null when the invocation
    /// stays as written (no macro_rules! of that name is visible, no rule matches, the
    /// expansion does not parse, or it goes deeper than the recursion limit).
    virtual const BodyExpansion* expansionOf(const SyntaxNode& invocation) = 0;
};

} // namespace awaitscope
