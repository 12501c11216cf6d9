// Blocks and statements, on the HIR: a Block is [Stmt..., tail Expr?] (HirExpr.h), a
// statement a `let` (LetLowering.cpp), an expression, an item or a lone `;` (HirStmt.h).
#include "lowering/BodyLowerer.h"

namespace awaitscope {

using hir::ExprId;

// Block [..]; an unsafe or const block wraps one; anything else (a branch that did not
// parse) lowers as an empty block.
BodyLowerer::Value BodyLowerer::lowerBlockExpr(ExprId e) {
    const hir::ExprKind kind = e ? m_hir->expr(e).kind : hir::ExprKind::Missing;
    ExprId block;
    if (kind == hir::ExprKind::Block)
        block = e;
    else if (kind == hir::ExprKind::UnsafeBlock || kind == hir::ExprKind::ConstBlock)
        block = m_hir->childExpr(e, 0);
    Value tail;
    lowerBlock(block, &tail);
    return tail;
}

void BodyLowerer::lowerBlock(ExprId block, Value* tail) {
    // Names inside a block that declares items resolve in its anonymous module first.
    const Scope outer = m_scope;
    m_scope = m_types.scopeInBlock(m_scope, nodeOf(block));
    lowerBlockStatements(block, tail);
    m_scope = outer;
}

// A Block's tail: its last part when that is an expression, or a trailing block-like
// expression statement without `;` (see lowerBlockStatements).
ExprId BodyLowerer::tailOf(ExprId block) const {
    const auto parts = m_hir->children(block);
    if (parts.empty()) return ExprId();
    if (parts.back().expr()) return parts.back().expr();
    const hir::StmtId last = parts.back().stmt();
    if (last && m_hir->stmt(last).kind == hir::StmtKind::Expr && !m_hir->stmt(last).has(hir::StmtFlags::Semicolon) &&
        m_hir->children(last).size() == 1 && nodeOf(m_hir->children(last)[0].expr()))
        return m_hir->children(last)[0].expr();
    return ExprId();
}

void BodyLowerer::lowerBlockStatements(ExprId block, Value* tail) {
    pushFrame();
    const bool isBlock = block && m_hir->expr(block).kind == hir::ExprKind::Block;
    const auto parts = isBlock ? m_hir->children(block) : std::span<const hir::NodeRef>{};
    const SyntaxNode node = nodeOf(block);
    // Statements under a false #[cfg] are not in the tree (project/CfgStripper). The tail is
    // the last part when it is an expression; a trailing block-like expression statement
    // without `;` (`async move { .. }`, `match`, `if`, `loop`, a block) is the tail too, for
    // rustc (rustc_ast_lowering block.rs, lower_block_noalloc: the last expression statement
    // without a semicolon becomes the block's expr), though tree-sitter wraps it in one.
    const ExprId tailId = isBlock ? tailOf(block) : ExprId();
    const size_t statements = parts.size() - (tailId ? 1 : 0);
    for (size_t i = 0; i < statements; ++i) lowerStatement(parts[i].stmt());
    // A `let`'s block initializer writes its value into the binding here, before the block's
    // locals drop; a tail that is itself a block or `if` passes the destination on.
    const int destination = takeDestination(block);
    const bool passedOn = destination >= 0 && tailId && passDestination(tailId, destination);
    Value v{unitType()};
    if (tailId) {
        const SyntaxNode tailNode = nodeOf(tailId);
        // Edition 2024 drops a block tail's temporaries before the block's locals;
        // 2021 lets them live on into the enclosing statement.
        const bool ownTemps = m_env.edition == Edition::E2024;
        if (ownTemps) pushFrame(true);
        v = lowerExpr(tailId);
        if (v.isPlace && !v.diverges) { // the tail value moves out before locals drop
            consume(v, tailNode.end());
            v = Value{v.type};
        }
        if (destination >= 0 && !passedOn && !v.diverges) writeDestination(destination, tailNode.end());
        if (ownTemps) popFrame(node.end());
    } else if (destination >= 0) {
        writeDestination(destination, node.end());
    }
    if (tail) *tail = v;
    popFrame(node.end());
}

// Expr [Expr]: its temporaries die at the end of the statement; a braced macro standing as a
// statement (`tokio::pin! { .. }`) is one too, like `m!(..);`. Items and `;` lower nothing.
void BodyLowerer::lowerStatement(hir::StmtId statement) {
    if (!statement) return;
    const hir::Stmt& s = m_hir->stmt(statement);
    if (s.kind == hir::StmtKind::Let) {
        lowerLet(statement);
        return;
    }
    if (s.kind != hir::StmtKind::Expr) return;
    const SyntaxNode node = m_hir->sourceMap().node(statement);
    pushFrame(true);
    if (const auto inner = m_hir->children(statement); !inner.empty()) {
        Value v = lowerExpr(inner.front().expr());
        if (v.isPlace) read(v, node.start());
    }
    popFrame(node.end());
}

} // namespace awaitscope
