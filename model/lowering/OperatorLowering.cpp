// Operators and places, on the HIR: `&x`, `-x`/`!x`/`*x`, `a + b`, `a = b`, `a += b`,
// `x.field`, `v[i]` (HirExpr.h: [operand], [lhs, rhs], [receiver], [base, index]): what
// each reads, moves and borrows, and the type it produces.
#include "lowering/BodyLowerer.h"

#include "types/TypeLowering.h"

namespace awaitscope {

using hir::ExprId;

namespace {

bool isBuiltinPointer(const TypePtr& t) {
    return t && (t->kind == TypeKind::Ref || t->kind == TypeKind::RawPtr ||
                 (t->kind == TypeKind::Adt && t->path == "std::boxed::Box"));
}

bool isPrimitiveLike(const TypePtr& t) {
    return t && (t->kind == TypeKind::Primitive || t->kind == TypeKind::Ref || t->kind == TypeKind::RawPtr);
}

bool isFloat(const TypePtr& t) {
    return t && t->kind == TypeKind::Primitive && (t->path == "f32" || t->path == "f64");
}

// Whether `a op b` (or `a op= b`) may panic, so has an unwind edge: integer `+ - * / % << >>`
// are checked (rustc_mir_build builder/expr/as_rvalue.rs, build_binary_op: an Assert on
// overflow, a zero divisor or an oversized shift; the corpus is built without -O, with
// overflow checks on), float arithmetic, comparisons and bit operations on primitives are
// not; an operator on anything else calls its trait method (PartialEq::eq, Add::add..).
bool operatorMayUnwind(std::string_view op, const TypePtr& left, const TypePtr& right) {
    if (!isPrimitiveLike(left) || !isPrimitiveLike(right)) return true;
    const bool checked = op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "<<" || op == ">>";
    return checked && !isFloat(left) && !isFloat(right);
}

} // namespace

// rustc_mir_build builder/expr/as_place.rs: a place expression is that place; any other
// value goes into a temporary (as_temp.rs), whose StorageDead is scheduled first.
BodyLowerer::Value BodyLowerer::lowerAsPlace(ExprId e) {
    const StorageMark storage = scheduleTemporaryStorage();
    const Value v = lowerExpr(e);
    if (v.isPlace || v.diverges || !nodeOf(e)) unscheduleStorage(storage);
    return materialize(v, e);
}

/// A literal is `Operand::Constant`: no temporary holds it, and `&literal` is promoted to a
/// static (rustc_mir_transform/src/promote_consts.rs) instead of borrowing a temporary.
bool BodyLowerer::isConstantOperand(ExprId e) const {
    if (!e) return false;
    const hir::Expr& x = m_hir->expr(e);
    if (x.kind == hir::ExprKind::Unary && x.name == "-" && x.children.count == 1)
        return isConstantOperand(m_hir->childExpr(e, 0));
    return x.kind == hir::ExprKind::Literal;
}

// Ref [operand]; flags Mut.
BodyLowerer::Value BodyLowerer::lowerReference(ExprId e) {
    const ExprId operand = m_hir->childExpr(e, 0);
    const bool isMut = m_hir->expr(e).has(hir::ExprFlags::Mut);
    const TextPosition at = nodeOf(e).start();
    if (!isMut && isPromotable(operand)) // `&1`, `&Unit`, `&[1, 2]`: a promoted static
        return Value{refType(lowerExpr(operand).type, false, "'static")};
    if (m_extendedBorrows.count(e)) return lowerExtendedReference(e); // `let x = &temp();`
    Value inner = lowerAsPlace(operand);
    borrow(inner, at);
    if (isMut) recordCaptureUse(inner, false, true);
    return Value{refType(inner.type, isMut, "'_")};
}

// Unary [operand]; name: `-`, `!` or `*`.
BodyLowerer::Value BodyLowerer::lowerUnary(ExprId e) {
    const ExprId operand = m_hir->childExpr(e, 0);
    const std::string_view op = m_hir->expr(e).name;
    const TextPosition at = nodeOf(e).start();
    Value inner = lowerExpr(operand);
    if (op != "*") {
        consume(inner, at);
        // `-x` is overflow-checked on integers (as_rvalue.rs, UnOp::Neg: an Assert), and an
        // operator on a non-primitive calls Neg::neg / Not::not.
        // A negative literal is a constant (rustc_mir_build thir/cx/expr.rs: `-1` is one
        // literal; a literal that is not a number does not negate).
        const bool literal = operand && m_hir->expr(operand).kind == hir::ExprKind::Literal;
        if (!literal && ((op == "-" && !isFloat(inner.type)) || !isPrimitiveLike(inner.type))) mayUnwind(at);
        return Value{inner.type && inner.type->kind == TypeKind::Primitive ? inner.type : unknownType()};
    }
    bool overloaded = false;
    TypePtr target = m_types.derefTarget(inner.type, &overloaded);
    if (isBuiltinPointer(inner.type)) {
        // `*r` reads the pointer; `*boxed` is a place inside the local itself.
        const bool isBox = inner.type->kind == TypeKind::Adt;
        if (!isBox) read(inner, at);
        Value place{target, inner.local, true, !isBox || inner.throughDeref, isBox};
        place.upvar = inner.upvar;
        return place;
    }
    // Deref::deref(&x): an overloaded deref borrows its operand.
    inner = materialize(inner, operand);
    borrow(inner, at);
    mayUnwind(at);
    Value place{target ? target : unknownType(), inner.local, true, true};
    place.upvar = inner.upvar;
    return place;
}

// rustc_hir_typeck/src/op.rs `is_builtin_binop`: a comparison is the builtin BinOp only when
// both sides are scalars (`Ty::is_scalar`: bool, char, integers, floats, raw and fn pointers,
// `{integer}` / `{float}`); with a reference, `str`, a tuple or an ADT on either side it is
// the overloaded `PartialEq::eq(&a, &b)` / `PartialOrd::lt(&a, &b)`, which borrows both
// operands. An operand whose type is not known leaves that open (Unknown), unless the other
// side already makes it overloaded.
BodyLowerer::OperandKind BodyLowerer::operandKind(const TypePtr& type) const {
    const TypePtr t = m_numbers.resolveSoFar(type);
    if (IntegerInference::isVariable(t)) return OperandKind::Scalar;
    if (!t || isUnknown(t) || IntegerInference::isTypeVariable(t)) return OperandKind::Unknown;
    if (t->kind == TypeKind::Primitive) return t->path == "str" ? OperandKind::NonScalar : OperandKind::Scalar;
    if (t->kind == TypeKind::RawPtr || t->kind == TypeKind::FnPtr) return OperandKind::Scalar;
    return OperandKind::NonScalar;
}

BodyLowerer::OperandKind BodyLowerer::comparisonKind(const TypePtr& left, const TypePtr& right) const {
    const OperandKind l = operandKind(left), r = operandKind(right);
    if (l == OperandKind::NonScalar || r == OperandKind::NonScalar) return OperandKind::NonScalar;
    return l == OperandKind::Scalar && r == OperandKind::Scalar ? OperandKind::Scalar : OperandKind::Unknown;
}

// Binary [lhs, rhs]; name: the operator (`&&` and `||` are lowerLazyBoolean's).
BodyLowerer::Value BodyLowerer::lowerBinary(ExprId e) {
    const std::string_view op = m_hir->expr(e).name;
    const ExprId leftId = m_hir->childExpr(e, 0), rightId = m_hir->childExpr(e, 1);
    const TextPosition at = nodeOf(e).start();
    const bool comparison = op == "==" || op == "!=" || op == "<" || op == ">" || op == "<=" || op == ">=";
    Value left = lowerExpr(leftId);
    int leftReference = -1; // `&left` of an overloaded comparison, held across an await on the right
    if (suspendsWithin(rightId)) {
        if (comparison && operandKind(left.type) == OperandKind::NonScalar) {
            left = materialize(left, leftId);
            borrow(left, at);
            leftReference = referenceOperand(left.type, false, leftId);
        } else {
            left = spillOperand(left, leftId);
        }
    }
    Value right = lowerExpr(rightId);
    if (leftReference >= 0) {
        emit(Op::Move, leftReference, at);
        borrow(materialize(right, rightId), at);
    } else if (comparison && comparisonKind(left.type, right.type) == OperandKind::NonScalar) {
        // PartialEq::eq(&a, &b) / PartialOrd::lt(&a, &b) take their operands by reference
        // (`&None`, `&"b"`: promoted constants, no temporary).
        if (!isPromotable(leftId)) borrow(materialize(left, leftId), at);
        if (!isPromotable(rightId)) borrow(materialize(right, rightId), at);
        if (!operatorMayUnwind(op, left.type, right.type)) mayUnwind(at); // a call, also for `&str == &str`
    } else if (comparison && comparisonKind(left.type, right.type) == OperandKind::Unknown) {
        // Builtin or overloaded is not known: read, neither moved nor said to be borrowed.
        read(left, at);
        read(right, at);
    } else {
        consume(left, at);
        consume(right, at);
    }
    const bool shift = op == "<<" || op == ">>"; // the only operators whose sides may differ
    if (!shift) m_numbers.unify(left.type, right.type);
    if (operatorMayUnwind(op, left.type, right.type)) mayUnwind(at);
    if (comparison) return Value{primitiveType("bool")};
    if (IntegerInference::isVariable(left.type) && right.type && right.type->kind == TypeKind::Primitive && !shift)
        return Value{right.type};
    if (left.type && left.type->kind == TypeKind::Primitive) return Value{left.type};
    if (left.type && left.type->kind == TypeKind::Adt && left.type->path == "std::string::String")
        return Value{left.type};
    return Value{unknownType()};
}

// Assign and CompoundAssign [lhs, rhs]; name: `=`, or the operator (`+=`).
BodyLowerer::Value BodyLowerer::lowerAssignment(ExprId e, bool compound) {
    const TextPosition at = nodeOf(e).start();
    Value rhs = lowerExpr(m_hir->childExpr(e, 1));
    consume(rhs, at);
    Value lhs = lowerExpr(m_hir->childExpr(e, 0));
    const std::string_view op = m_hir->expr(e).name;
    if (op != "<<=" && op != ">>=") m_numbers.unify(lhs.type, rhs.type);
    if (compound && !op.empty() && operatorMayUnwind(op.substr(0, op.size() - 1), lhs.type, rhs.type)) mayUnwind(at);
    recordCaptureUse(lhs, false, true); // an assigned capture is borrowed mutably
    if (!lhs.isPlace || lhs.local < 0) return Value{unitType()};
    if (compound) {
        // Primitives update in place; others call AddAssign::add_assign(&mut lhs, rhs).
        if (lhs.type && lhs.type->kind == TypeKind::Primitive)
            emit(Op::Use, lhs.local, at);
        else
            borrow(lhs, at);
    } else if (lhs.throughDeref) {
        emit(Op::Use, lhs.local, at); // `*p = v` uses `p` (liveness.rs, DefUse::for_place)
    } else if (lhs.isField) {
        // A store to a field is neither a use nor a definition of the local
        // (rustc_mir_dataflow/src/impls/liveness.rs, `DefUse::for_place`), but a field with
        // drop glue has its old value dropped first: that Drop is a use, and it borrows the
        // local as any drop does (borrowed_locals.rs, visit_terminator on Drop).
        if (m_types.needsDrop(lhs.type) != Verdict::No) emit(Op::Borrow, lhs.local, at);
    } else {
        emit(Op::Drop, lhs.local, at); // the old value is dropped first
        emit(Op::Init, lhs.local, at);
    }
    return Value{unitType()};
}

// Field [receiver]; name: the field (`0` for a tuple's).
BodyLowerer::Value BodyLowerer::lowerField(ExprId e) {
    Value base = lowerAsPlace(m_hir->childExpr(e, 0));
    int derefs = 0;
    bool overloaded = false;
    const std::string field(m_hir->expr(e).name);
    TypePtr type = m_types.fieldType(base.type, field, &derefs, &overloaded);
    if (overloaded) { // Deref::deref(&base) on the way to the field
        const TextPosition at = nodeOf(e).start();
        borrow(base, at);
        mayUnwind(at);
    }
    const bool throughPointer = derefs > 0 && (overloaded || isBuiltinPointer(base.type));
    Value out{type ? type : unknownType(), base.local, true, base.throughDeref || throughPointer, true};
    out.upvar = base.upvar;
    out.field = base.isField ? base.field : field;
    return out;
}

namespace {

// A type `[]` applies to without a deref first: arrays, slices, str and the std collections
// whose Index impls the lowering below knows.
bool isIndexable(const TypePtr& t) {
    if (t->kind == TypeKind::Array || t->kind == TypeKind::Slice || t->kind == TypeKind::Str) return true;
    return t->kind == TypeKind::Adt &&
           (t->path == "std::vec::Vec" || t->path == "std::string::String" || t->path.ends_with("HashMap"));
}

} // namespace

// Index [base, index].
BodyLowerer::Value BodyLowerer::lowerIndex(ExprId e) {
    const ExprId baseId = m_hir->childExpr(e, 0), indexId = m_hir->childExpr(e, 1);
    if (!baseId || !indexId) return Value{unknownType()};
    const TextPosition at = nodeOf(e).start();
    Value base = lowerAsPlace(baseId);
    consume(lowerExpr(indexId), at);
    mayUnwind(at); // a bounds check (an Assert) or Index::index
    // The base autoderefs until a step can be indexed (rustc_hir_typeck place_op.rs,
    // lookup_indexing / try_index_step): `db[i]` with `db: Arc<Vec<T>>` indexes the Vec
    // through Deref::deref(&db), which borrows `db`.
    // A builtin deref on the way (`v[i]` with `v: &Vec<T>` is `(*v)[i]`) borrows no local.
    TypePtr t = base.type;
    bool overloaded = false;
    int derefs = 0;
    for (; derefs < 8 && t && !isIndexable(t); ++derefs) {
        bool viaImpl = false;
        TypePtr next = m_types.derefTarget(t, &viaImpl);
        if (!next) break;
        overloaded = overloaded || viaImpl;
        t = next;
    }
    if (overloaded) borrow(base, at);
    if (derefs > 0) base.throughDeref = true;
    if (m_hir->expr(indexId).kind == hir::ExprKind::Range) { // `v[1..]`: a slice of it (`str` of a String)
        borrow(base, at);
        TypePtr part = unknownType();
        const bool isText =
            t && ((t->kind == TypeKind::Adt && t->path == "std::string::String") || t->kind == TypeKind::Str);
        if (isText)
            part = primitiveType("str");
        else if (t && (t->kind == TypeKind::Array || t->kind == TypeKind::Slice ||
                       (t->kind == TypeKind::Adt && t->path == "std::vec::Vec" && !t->args.empty()))) {
            auto slice = std::make_shared<Type>();
            slice->kind = TypeKind::Slice;
            slice->args = {t->args[0]};
            part = slice;
        }
        return Value{part, base.local, true, true};
    }
    if (t && (t->kind == TypeKind::Array)) return Value{t->args[0], base.local, true, base.throughDeref, true};
    // Index::index(&base, i): an overloaded index borrows the indexed value.
    borrow(base, at);
    TypePtr element = unknownType();
    if (t && t->kind == TypeKind::Slice)
        element = t->args[0];
    else if (t && t->kind == TypeKind::Adt && t->path == "std::vec::Vec" && !t->args.empty())
        element = t->args[0];
    else if (t && t->kind == TypeKind::Adt && t->path.ends_with("HashMap") && t->args.size() >= 2)
        element = t->args[1];
    return Value{element, base.local, true, true};
}

} // namespace awaitscope
