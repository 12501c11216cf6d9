// Constant promotion: which `&expr` borrows no temporary because rustc promotes `expr` to a
// 'static constant (compiler/rustc_mir_transform/src/promote_consts.rs).
#include "lowering/BodyLowerer.h"

#include "syntax/HirBody.h"

namespace awaitscope {

using hir::ExprId;

// promote_consts.rs `Validator::validate_local` / `validate_rvalue` / `validate_operand`: the
// borrowed temporary is promotable when it is assigned once from constants and from other
// promotable temporaries: a literal, or an aggregate (tuple, array, struct literal, tuple
// struct or variant constructor, unit struct or fieldless variant) of such values. A local
// (a user variable is never a promotable temporary), a call of a fn (even a `const fn`, in
// a fn body), a place or a struct update `..base` is not. Two qualifs then reject it
// (`qualif_local`, rustc_const_eval/src/check_consts/qualifs.rs, `in_rvalue` for an
// Aggregate: the ADT's own `in_adt_inherently`, then its operands): `NeedsDrop` (an ADT
// with a `Drop` impl: the promoted value would never be dropped) and, for a shared borrow
// (`validate_ref`), `HasMutInterior` (an `UnsafeCell`: `Cell`, `RefCell`, `Mutex`..., which
// no constant aggregate of a fn body builds but a `const` item can hold).
bool BodyLowerer::isPromotable(ExprId e) const {
    if (!e) return false;
    if (isConstantOperand(e)) return true;
    const hir::Expr& x = m_hir->expr(e);
    const auto children = m_hir->children(e);
    auto allPromotable = [this](std::span<const hir::NodeRef> values) {
        for (const hir::NodeRef& v : values)
            if (!isPromotable(v.expr())) return false;
        return true;
    };
    switch (x.kind) {
    case hir::ExprKind::Paren: return children.size() == 1 && isPromotable(children[0].expr());
    case hir::ExprKind::Tuple: return allPromotable(children);
    case hir::ExprKind::Array: // `[v; N]` is Rvalue::Repeat of one operand
        return x.has(hir::ExprFlags::Repeat) ? !children.empty() && isPromotable(children[0].expr())
                                             : allPromotable(children);
    case hir::ExprKind::Struct: return isPromotableStruct(e);
    case hir::ExprKind::Call: {
        if (children.empty()) return false;
        const auto sig = m_types.resolveFunction(nodeOf(children[0].expr()), m_scope);
        return sig && isConstructor(*sig) && m_types.hasDropImpl(sig->returnType) == Verdict::No &&
               allPromotable(children.subspan(1));
    }
    case hir::ExprKind::Path: return isPromotableConstantPath(e);
    case hir::ExprKind::Unary:
    case hir::ExprKind::Binary:
    case hir::ExprKind::Cast: return isScalarConstant(e);
    default: return false;
    }
}

// promote_consts.rs `validate_rvalue`: a cast, a unary and a binary operator of constants are
// promotable when they are builtin (scalar operands: an overloaded one is a fn call); integer
// `/` and `%` only by a constant divisor that is neither 0 nor -1 (no panic may be promoted
// away); `&&` / `||` assign their temporary on two paths, which no promoted temporary does.
// Only numbers, bools and chars are taken as scalars here (a string literal compares by
// `PartialEq::eq`).
bool BodyLowerer::isScalarConstant(ExprId e) const {
    if (!e) return false;
    const hir::Expr& x = m_hir->expr(e);
    switch (x.kind) {
    case hir::ExprKind::Literal: return x.literal != hir::LiteralKind::Str && x.literal != hir::LiteralKind::None;
    case hir::ExprKind::Paren:
    case hir::ExprKind::Cast: return isScalarConstant(m_hir->childExpr(e, 0));
    case hir::ExprKind::Unary: return x.name != "*" && isScalarConstant(m_hir->childExpr(e, 0));
    case hir::ExprKind::Binary: {
        if (x.name == "&&" || x.name == "||") return false;
        const ExprId right = m_hir->childExpr(e, 1);
        if (!isScalarConstant(m_hir->childExpr(e, 0)) || !isScalarConstant(right)) return false;
        if (x.name != "/" && x.name != "%") return true;
        const hir::Expr& divisor = m_hir->expr(right);
        if (divisor.kind != hir::ExprKind::Literal || divisor.literal != hir::LiteralKind::Int) return false;
        const std::string_view digits = divisor.name.substr(0, divisor.name.find_first_not_of("0123456789_"));
        return digits.find_first_not_of("0_") != std::string_view::npos; // not zero (a literal is never -1)
    }
    default: return false;
    }
}

// `S { a: 1, b: (2, 3) }`: an Aggregate of the struct; `..base` reads a place.
bool BodyLowerer::isPromotableStruct(ExprId e) const {
    const TypePtr type = m_types.resolveTypePath(textOf(m_hir->typeRef(m_hir->expr(e).type)), m_scope);
    if (!type || m_types.hasDropImpl(type) != Verdict::No) return false;
    for (const hir::NodeRef& field : m_hir->children(e)) {
        const ExprId f = field.expr();
        if (!f || m_hir->expr(f).kind != hir::ExprKind::RecordField || m_hir->expr(f).has(hir::ExprFlags::Base))
            return false;
        // A shorthand `S { a }` reads the local `a`.
        if (m_hir->expr(f).has(hir::ExprFlags::Shorthand) || !isPromotable(m_hir->childExpr(f, 0))) return false;
    }
    return true;
}

// A path that is a value with no arguments: a unit struct or fieldless variant (an Aggregate
// with no operands: only the ADT's own Drop impl disqualifies it), or a `const` item. A
// const's qualifs come from its own body (`mir_const_qualif`, value-based) before its type;
// a Copy type has neither drop glue nor an `UnsafeCell` (which is not Copy), so it is
// promotable whatever the value; for any other type the value decides, which is not
// modelled here: it is taken as a temporary.
bool BodyLowerer::isPromotableConstantPath(ExprId e) const {
    const hir::Expr& x = m_hir->expr(e);
    if (x.segments == 1 && !x.type) {
        const std::string name(x.name);
        if (lookup(name) >= 0 || m_upvarByName.count(name)) return false; // a local or a capture
    }
    const auto sig = m_types.resolveFunction(nodeOf(e), m_scope);
    if (!sig || sig->isStatic || !sig->params.empty() || sig->isAsync || !sig->returnType) return false;
    // Named by the ADT's path or one of its variants' (TypeContextCalls.cpp, constructor);
    // `None` keeps its parameter open, which no qualif depends on.
    const TypePtr& made = sig->returnType;
    const bool adtValue =
        made->kind == TypeKind::Adt && (sig->path == made->path || sig->path.starts_with(made->path + "::"));
    if (adtValue) return m_types.hasDropImpl(made) == Verdict::No;
    return sig->generics.empty() && m_types.isCopy(made) == Verdict::Yes;
}

} // namespace awaitscope
