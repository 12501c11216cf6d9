// Temporary lifetime extension (rustc_hir_analysis/src/check/region.rs,
// `record_rvalue_scope_if_borrow_expr`): in a `let` initializer, the operand of a `&` that
// stands in an extending place lives to the end of the enclosing block instead of the end
// of the statement, so it is still there (and saved) at a later await. The extending places
// are the initializer itself and, recursively, the operand of such a `&`, a struct
// literal's fields, a tuple's or array's elements, a cast's operand, a block's tail, both
// branches of an `if` and every arm of a `match`, and the arguments of a tuple struct's or
// variant's constructor (`Some(&temp())`, `Wrapper(&temp())`; the last three since Rust 1.79).
#include "lowering/BodyLowerer.h"

namespace awaitscope {

using hir::ExprId;

void BodyLowerer::collectExtendedBorrows(ExprId e, size_t frame) {
    if (!e) return;
    const hir::Expr& x = m_hir->expr(e);
    const auto parts = m_hir->children(e);
    switch (x.kind) {
    case hir::ExprKind::Ref:
        m_extendedBorrows[e] = frame;
        collectExtendedBorrows(m_hir->childExpr(e, 0), frame);
        return;
    case hir::ExprKind::Struct:
        for (const hir::NodeRef& field : parts)
            if (field.expr() && !m_hir->expr(field.expr()).has(hir::ExprFlags::Base))
                collectExtendedBorrows(m_hir->childExpr(field.expr(), 0), frame);
        return;
    case hir::ExprKind::Array:
        if (x.has(hir::ExprFlags::Repeat)) return; // `[&x; N]` is ExprKind::Repeat for rustc
        [[fallthrough]];
    case hir::ExprKind::Tuple:
        for (const hir::NodeRef& element : parts) collectExtendedBorrows(element.expr(), frame);
        return;
    case hir::ExprKind::Cast:
    case hir::ExprKind::Paren:
    case hir::ExprKind::UnsafeBlock: collectExtendedBorrows(m_hir->childExpr(e, 0), frame); return;
    case hir::ExprKind::Block: collectExtendedBorrows(tailOf(e), frame); return;
    case hir::ExprKind::If:
        for (size_t branch = 1; branch < parts.size(); ++branch) collectExtendedBorrows(parts[branch].expr(), frame);
        return;
    case hir::ExprKind::Match: collectExtendedArmBodies(e, frame); return;
    case hir::ExprKind::Call: {
        const ExprId callee = m_hir->childExpr(e, 0);
        if (parts.size() < 2 || !callee || m_hir->expr(callee).kind != hir::ExprKind::Path) return;
        const auto sig = m_types.resolveFunction(nodeOf(callee), m_scope);
        if (!sig || !isConstructor(*sig)) return;
        for (size_t arg = 1; arg < parts.size(); ++arg) collectExtendedBorrows(parts[arg].expr(), frame);
        return;
    }
    default: return;
    }
}

void BodyLowerer::collectExtendedArmBodies(ExprId match, size_t frame) {
    for (const hir::NodeRef& ref : m_hir->children(match)) {
        const hir::ArmId armId = ref.arm();
        if (!armId) continue;
        const auto parts = m_hir->children(armId);
        if (!parts.empty()) collectExtendedBorrows(parts.back().expr(), frame); // [Pat, guard?, body]
    }
}

// `&operand` in an extending place: an operand that is not a place is a temporary of the
// enclosing block (its frame), not of the statement.
BodyLowerer::Value BodyLowerer::lowerExtendedReference(ExprId e) {
    const ExprId operandId = m_hir->childExpr(e, 0);
    const bool isMut = m_hir->expr(e).has(hir::ExprFlags::Mut);
    const SyntaxNode operand = nodeOf(operandId);
    Value inner = lowerExpr(operandId);
    if (!inner.isPlace) {
        const int temp = newLocal(LocalKind::Temporary, "", inner.type, operand.start(), textOf(operand));
        emit(Op::StorageLive, temp, operand.start());
        emit(Op::Init, temp, operand.start());
        m_frames[m_extendedBorrows.at(e)].locals.push_back(temp); // dropped where the let's block ends
        inner = Value{inner.type, temp, true};
    }
    borrow(inner, nodeOf(e).start());
    if (isMut) recordCaptureUse(inner, false, true);
    return Value{refType(inner.type, isMut, "'_")};
}

} // namespace awaitscope
