#pragma once
// Lowers one body from the tree-sitter tree into a hir::Body (rust-analyzer's
// hir_def::body::lower::ExprCollector). The only reader of grammar node kinds for the HIR.
//
// - The walk keeps its own stack (a node is planned on the way down and built once its
//   children are), so 2,000 nested async blocks or 20,000 nested parentheses cost heap,
//   not native stack.
// - An ERROR or MISSING node, or an absent part the grammar requires (`let x = ;`), becomes a
//   Missing entry: the body is always whole, and a reader never meets a null id.
// - A macro call is a MacroCall expression whose children are what rustc would lower in its
//   place (see MacroForm): a macro_rules! expansion (macros/BodyMacroExpander, through
//   MacroArguments::expansionOf) is lowered into the same arenas, its source-map entries
//   pointing at the expansion's nodes, whose positions answer in the user's file; another
//   invocation's `(..)`/`[..]` input re-parsed as arguments; tokio's `select!` branches; a
//   `pin! { let .. }`. An input nothing parses stays Opaque, with its identifier tokens.
// - A method call `x.m(a)` is one MethodCall, as rustc's hir::ExprKind::MethodCall: its
//   callee node (`x.m`, a field_expression) maps to the same id.

#include "HirBody.h"
#include "MacroArguments.h"

#include <vector>

namespace awaitscope::hir {

class BodyBuilder {
  public:
    explicit BodyBuilder(MacroArguments& macros) : m_macros(macros) {}
    /// Lowers `root`: a fn's block, a closure's body expression, or an async block's block.
    Body lower(const SyntaxNode& root);
    /// Lowers a fn item: its parameters (Body::params), its return type and its block.
    Body lowerFunction(const SyntaxNode& fn);

  private:
    // Broken: a part of a Missing expression (see HirExpr.h); StmtExpr: an expression
    // statement's expression.
    enum class Role : uint8_t { Expr, StmtExpr, Broken, Constant, Pat, LetMut, Stmt, Arm, SelectArm, Item };
    struct Task {
        Task() = default;
        Task(SyntaxNode n, Role r, SyntaxNode p = {}, SyntaxNode f = {}, SyntaxNode g = {}, uint8_t flags = 0)
            : node(std::move(n)), role(r), pattern(std::move(p)), future(std::move(f)), guard(std::move(g)),
              armFlags(flags) {}
        SyntaxNode node;
        Role role = Role::Expr;
        SyntaxNode pattern, future; // a select! branch's (SelectArm); LetMut: the pattern after `mut`
        SyntaxNode guard;           // a select! branch's precondition
        uint8_t armFlags = 0;       // a select! branch's ArmFlags::Default
    };
    struct ParamSource { // a closure's parameter: its node and written type
        SyntaxNode node, type;
        uint8_t flags = 0;
    };
    struct Plan {
        NodeRef::Arena arena = NodeRef::Arena::Expr;
        uint8_t kind = 0; // ExprKind, PatKind or StmtKind, by arena
        uint16_t flags = 0;
        MacroForm macro = MacroForm::None;
        uint16_t segments = 0;
        LiteralKind literal = LiteralKind::None;
        std::string_view name;
        std::vector<Task> kids;
        std::vector<MacroToken> tokens;
        std::vector<SyntaxNode> aliases; // more nodes that stand for this expression
        SyntaxNode typeRef;              // a written type kept as syntax (Stmt::type, Expr::type)
        SyntaxNode source;               // the node the source map names, when not the task's
        std::vector<ParamSource> params; // a closure's, one per first kid (its pattern)
    };

    static Plan inArena(NodeRef::Arena arena) {
        Plan p;
        p.arena = arena;
        return p;
    }
    NodeRef build(const Task& top);
    Plan plan(const Task& task);
    NodeRef finish(const Task& task, Plan& plan, std::span<const NodeRef> children);
    TypeRefId addTypeRef(const SyntaxNode& type);
    ParamId addParam(const ParamSource& source, PatId pat);
    void addFunctionParams(const SyntaxNode& parameters);

    // Expressions (HirExprLowering.cpp)
    Plan planExpr(const SyntaxNode& n);
    Plan planCall(const SyntaxNode& n);
    Plan planBlock(const SyntaxNode& n);
    Plan planClosure(const SyntaxNode& n);
    Plan planStruct(const SyntaxNode& n);
    Plan planPath(const SyntaxNode& n);
    Plan planBroken(const SyntaxNode& n);
    void addLoopLabel(Plan& p, const SyntaxNode& n);

    // Statements, arms and macros (HirStmtLowering.cpp)
    Plan planStmt(const SyntaxNode& n);
    Plan planArm(const SyntaxNode& arm);
    Plan planSelectArm(const Task& task);
    Plan planMacro(const SyntaxNode& n);
    void addStatement(Plan& p, const SyntaxNode& n, bool last);

    // Patterns (HirPatLowering.cpp)
    Plan planPat(const SyntaxNode& n, bool constant);
    void addSubpatterns(Plan& p, const SyntaxNode& n, const SyntaxNode& skip = SyntaxNode());

    MacroArguments& m_macros;
    Body m_body;
};

/// Whether nodes of this kind are expressions of the grammar (`_expression`'s subtypes).
bool isExpressionKind(SyntaxKind kind);

} // namespace awaitscope::hir
