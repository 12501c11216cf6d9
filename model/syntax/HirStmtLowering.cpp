// BodyBuilder: statements, match arms, and what a macro call holds (HirStmt.h, HirArm.h,
// MacroForm in HirExpr.h).
#include "HirBodyBuilder.h"
#include "PreorderWalk.h"

namespace awaitscope::hir {

namespace {

using K = SyntaxKind;
using Arena = NodeRef::Arena;

bool isDeclaration(SyntaxKind k) {
    return isItemKind(k) || k == K::MacroDefinition || k == K::UseDeclaration || k == K::ExternCrateDeclaration ||
           k == K::AssociatedType;
}

// What a statement-position expansion lowers as a statement (the rest is an expression
// the invocation's `;` ends), as BodyLowerer::lowerExpansion reads it.
bool isStatementLike(SyntaxKind k) {
    return k == K::LetDeclaration || k == K::ExpressionStatement || k == K::MacroInvocation || k == K::EmptyStatement ||
           isItemKind(k);
}

} // namespace

void BodyBuilder::addStatement(Plan& p, const SyntaxNode& n, bool last) {
    // An ERROR node last is lowered as the tail too (a Missing expression whose node the
    // lowering still walks, so an await inside text being typed is not lost).
    const bool tail = last && (isExpressionKind(n.kind()) || n.isError());
    p.kids.push_back({n, tail ? Role::Expr : Role::Stmt, {}, {}});
}

BodyBuilder::Plan BodyBuilder::planStmt(const SyntaxNode& n) {
    Plan p = inArena(Arena::Stmt);
    auto kind = [&](StmtKind k) { p.kind = uint8_t(k); };
    const SyntaxKind k = n.kind();
    if (k == K::LetDeclaration) {
        kind(StmtKind::Let);
        if (const SyntaxNode mut = n.childOfKind(K::MutableSpecifier)) {
            p.flags |= StmtFlags::Mut;
            p.kids.push_back({mut, Role::LetMut, n.field(SyntaxField::Pattern), {}});
        } else {
            p.kids.push_back({n.field(SyntaxField::Pattern), Role::Pat, {}, {}});
        }
        p.typeRef = n.field(SyntaxField::Type);
        if (const SyntaxNode init = n.field(SyntaxField::Value)) p.kids.push_back({init, Role::Expr, {}, {}});
        if (const SyntaxNode otherwise = n.field(SyntaxField::Alternative))
            p.kids.push_back({otherwise, Role::Expr, {}, {}});
    } else if (k == K::ExpressionStatement) {
        kind(StmtKind::Expr);
        SyntaxNode inner;
        for (const SyntaxNode& c : n.namedChildren())
            if (!c.is(K::LineComment) && !c.is(K::BlockComment)) {
                inner = c;
                break;
            }
        p.kids.push_back({inner, Role::StmtExpr, {}, {}});
        if (n.hasChildToken(K::Semicolon)) p.flags |= StmtFlags::Semicolon;
    } else if (k == K::EmptyStatement) {
        kind(StmtKind::Empty);
    } else if (isDeclaration(k)) {
        kind(StmtKind::Item);
        p.kids.push_back({n, Role::Item, {}, {}});
    } else if (isExpressionKind(k)) { // `m! { .. }` in a block, or an expression before the tail
        kind(StmtKind::Expr);
        p.kids.push_back({n, Role::Expr, {}, {}});
    }
    return p;
}

BodyBuilder::Plan BodyBuilder::planArm(const SyntaxNode& arm) {
    Plan p = inArena(Arena::Arm);
    const SyntaxNode matched = arm.field(SyntaxField::Pattern); // a match_pattern
    const SyntaxNode guard = matched.field(SyntaxField::Condition);
    SyntaxNode pattern;
    for (const SyntaxNode& c : matched.children())
        if ((c.isNamed() && c != guard && !c.is(K::LineComment) && !c.is(K::BlockComment)) || c.is(K::Underscore)) {
            pattern = c;
            break;
        }
    p.flags |= ArmFlags::HasPattern;
    p.kids.push_back({pattern, Role::Pat, {}, {}});
    if (guard) {
        p.flags |= ArmFlags::HasGuard;
        p.kids.push_back({guard, Role::Expr, {}, {}});
    }
    p.kids.push_back({arm.field(SyntaxField::Value), Role::Expr, {}, {}});
    return p;
}

// One branch of a select! (MacroArguments::selectBranches): `pattern = future => handler`.
BodyBuilder::Plan BodyBuilder::planSelectArm(const Task& task) {
    Plan p = inArena(Arena::Arm);
    p.flags = task.armFlags;
    if (task.future) {
        p.flags |= ArmFlags::HasPattern | ArmFlags::HasFuture;
        p.kids.push_back({task.pattern, Role::Pat, {}, {}});
        p.kids.push_back({task.future, Role::Expr, {}, {}});
    }
    if (task.guard) { // tokio's `, if precondition`
        p.flags |= ArmFlags::HasGuard;
        p.kids.push_back({task.guard, Role::Expr, {}, {}});
    }
    p.kids.push_back({task.node, Role::Expr, {}, {}});
    return p;
}

BodyBuilder::Plan BodyBuilder::planMacro(const SyntaxNode& n) {
    Plan p;
    p.kind = uint8_t(ExprKind::MacroCall);
    p.name = MacroArguments::macroName(n);
    p.typeRef = n.field(SyntaxField::Macro); // the written path, which the lowering resolves
    if (const BodyExpansion* expansion = m_macros.expansionOf(n)) {
        p.macro = expansion->statements ? MacroForm::Statements : MacroForm::Expression;
        for (const SyntaxNode& s : expansion->nodes) {
            const bool statement = expansion->statements && isStatementLike(s.kind());
            p.kids.push_back({s, statement ? Role::Stmt : Role::Expr, {}, {}});
        }
        return p;
    }
    if (MacroArguments::isSelectMacro(p.name)) { // `{ pattern = future => handler, .. }`
        for (const MacroArguments::SelectBranch& b : m_macros.selectBranches(n)) {
            const uint8_t flags = b.keyword == "default" ? ArmFlags::Default : 0;
            p.kids.push_back({b.handler, Role::SelectArm, b.pattern, b.future, b.precondition, flags});
        }
        p.macro = p.kids.empty() ? MacroForm::Opaque : MacroForm::Select;
    } else if (std::vector<SyntaxNode> args = m_macros.argumentsOf(n); !args.empty()) {
        p.macro = MacroForm::Arguments;
        for (const SyntaxNode& a : args) p.kids.push_back({a, Role::Expr, {}, {}});
    } else if (p.name == "pin") { // tokio's `pin! { let x = init; }`
        for (const SyntaxNode& let : m_macros.letStatementsOf(n)) p.kids.push_back({let, Role::Stmt, {}, {}});
        p.macro = p.kids.empty() ? MacroForm::Opaque : MacroForm::Lets;
    } else {
        p.macro = MacroForm::Opaque;
    }
    if (p.macro != MacroForm::Opaque) return p;
    // Nothing parsed: what is known of the input is its identifiers, where they are written.
    if (const SyntaxNode tokens = n.childOfKind(K::TokenTree))
        walkPreorder(tokens.raw(), [&](TSNode raw, int) {
            const SyntaxNode t(raw, n.file());
            if (t.is(K::Identifier) || t.is(K::Self)) p.tokens.push_back({t.text(), t.start()});
            return true;
        });
    return p;
}

} // namespace awaitscope::hir
