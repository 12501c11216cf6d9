// Expressions: what each one reads, moves and borrows, and the type it produces.
#include "lowering/BodyLowerer.h"

#include "syntax/MacroArguments.h"
#include "types/TypeLowering.h"

#include <set>

namespace awaitscope {

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
bool operatorMayUnwind(const std::string& op, const TypePtr& left, const TypePtr& right) {
    if (!isPrimitiveLike(left) || !isPrimitiveLike(right)) return true;
    const bool checked = op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "<<" || op == ">>";
    return checked && !isFloat(left) && !isFloat(right);
}

/// A suffixed literal's type (`5u64`), or null for one the context must settle (`5`).
TypePtr suffixedLiteralType(const SyntaxNode& e) {
    const std::string_view text = e.text();
    static const char* suffixes[] = {"i8",  "i16", "i32", "i64",  "i128",  "isize", "u8",
                                     "u16", "u32", "u64", "u128", "usize", "f32",   "f64"};
    for (const char* s : suffixes)
        if (text.size() > std::string_view(s).size() && text.ends_with(s)) return primitiveType(s);
    return nullptr;
}

} // namespace

BodyLowerer::Value BodyLowerer::lowerExpr(const SyntaxNode& e) {
    if (!e) return Value{unknownType()};
    Value v = lowerExprInner(e);
    if (!v.type) v.type = unknownType();
    return v;
}

// The expressions lowered on the HIR so far dispatch here; every other kind is still lowered
// from the node it came from (the source map's), until it moves too.
BodyLowerer::Value BodyLowerer::lowerExpr(hir::ExprId e) {
    Value v;
    switch (e ? m_hir->expr(e).kind : hir::ExprKind::Missing) {
    case hir::ExprKind::If: v = lowerIf(e); break;
    case hir::ExprKind::Match: v = lowerMatch(e); break;
    case hir::ExprKind::Loop: v = lowerLoop(e); break;
    case hir::ExprKind::While: v = lowerWhile(e); break;
    case hir::ExprKind::For: v = lowerFor(e); break;
    case hir::ExprKind::Break: v = lowerBreak(e, false); break;
    case hir::ExprKind::Continue: v = lowerBreak(e, true); break;
    case hir::ExprKind::Return: v = lowerReturn(e); break;
    case hir::ExprKind::Block:
    case hir::ExprKind::UnsafeBlock:
    case hir::ExprKind::ConstBlock: v = lowerBlockExpr(e); break;
    case hir::ExprKind::Binary:
        if (m_hir->expr(e).name != "&&" && m_hir->expr(e).name != "||") return lowerExpr(nodeOf(e));
        v = lowerLazyBoolean(e);
        break;
    default: return lowerExpr(nodeOf(e));
    }
    if (!v.type) v.type = unknownType();
    return v;
}

// A node the syntax walk meets whose kind is lowered on the HIR: every node a body lowers
// was lowered into its HIR (macro arguments and expansions too: MacroArguments answers the
// same nodes), so it has an id.
BodyLowerer::Value BodyLowerer::lowerHirOf(const SyntaxNode& e) {
    const hir::ExprId id = m_hir->sourceMap().expr(e);
    if (!id) { // not met on the corpus (its tests would show it): still walk what is inside
        for (const SyntaxNode& c : e.namedChildren()) read(lowerExpr(c), e.start());
        return Value{unknownType()};
    }
    return lowerExpr(id);
}

BodyLowerer::Value BodyLowerer::lowerExprInner(const SyntaxNode& e) {
    const SyntaxKind k = e.kind();
    if (k == SyntaxKind::Identifier || k == SyntaxKind::Self) return lowerIdentifier(e);
    if (k == SyntaxKind::IntegerLiteral || k == SyntaxKind::FloatLiteral) {
        const TypePtr suffixed = suffixedLiteralType(e);
        return Value{suffixed ? suffixed : m_numbers.fresh(k == SyntaxKind::FloatLiteral)};
    }
    if (k == SyntaxKind::StringLiteral || k == SyntaxKind::RawStringLiteral)
        return Value{refType(primitiveType("str"), false, "'static")};
    if (k == SyntaxKind::CharLiteral) return Value{primitiveType("char")};
    if (k == SyntaxKind::BooleanLiteral) return Value{primitiveType("bool")};
    if (k == SyntaxKind::UnitExpression) return Value{unitType()};
    if (k == SyntaxKind::ParenthesizedExpression)
        return lowerExpr(e.namedChildren().empty() ? SyntaxNode() : e.namedChildren().front());
    if (k == SyntaxKind::CallExpression) return lowerCall(e);
    if (k == SyntaxKind::FieldExpression) return lowerField(e);
    if (k == SyntaxKind::IndexExpression) return lowerIndex(e);
    if (k == SyntaxKind::UnaryExpression) return lowerUnary(e);
    if (k == SyntaxKind::BinaryExpression) return lowerBinary(e);
    if (k == SyntaxKind::AssignmentExpression) return lowerAssignment(e, false);
    if (k == SyntaxKind::CompoundAssignmentExpr) return lowerAssignment(e, true);
    if (k == SyntaxKind::AwaitExpression) return lowerAwait(e);
    if (k == SyntaxKind::TryExpression) return lowerTry(e);
    if (k == SyntaxKind::ReferenceExpression) return lowerReference(e);
    if (k == SyntaxKind::StructExpression) return lowerStruct(e);
    if (k == SyntaxKind::TupleExpression || k == SyntaxKind::ArrayExpression) return lowerSequence(e);
    if (k == SyntaxKind::AsyncBlock) return lowerNestedFuture(e, e.hasChildToken(SyntaxKind::MoveKw));
    if (k == SyntaxKind::ClosureExpression) return lowerClosure(e);
    if (k == SyntaxKind::MacroInvocation) return lowerMacro(e);
    if (k == SyntaxKind::IfExpression || k == SyntaxKind::MatchExpression || k == SyntaxKind::LoopExpression ||
        k == SyntaxKind::WhileExpression || k == SyntaxKind::ForExpression || k == SyntaxKind::BreakExpression ||
        k == SyntaxKind::ContinueExpression || k == SyntaxKind::ReturnExpression)
        return lowerHirOf(e);
    if (k == SyntaxKind::Block || k == SyntaxKind::UnsafeBlock || k == SyntaxKind::ConstBlock) return lowerHirOf(e);
    if (k == SyntaxKind::TypeCastExpression) {
        consume(lowerExpr(e.field(SyntaxField::Value)), e.start());
        return Value{m_types.resolveType(e.field(SyntaxField::Type), m_scope)};
    }
    if (k == SyntaxKind::RangeExpression) {
        // `0..n`: both bounds are one type; a concrete one settles an unsuffixed literal.
        TypePtr bound;
        for (const SyntaxNode& c : e.namedChildren()) {
            Value v = lowerExpr(c);
            consume(v, e.start());
            if (bound) m_numbers.unify(bound, v.type);
            if (!bound || (IntegerInference::isVariable(bound) && v.type && !isUnknown(v.type))) bound = v.type;
        }
        const bool inclusive = e.hasChildToken(SyntaxKind::DotDotEq);
        return Value{
            adtType(inclusive ? "std::ops::RangeInclusive" : "std::ops::Range", {bound ? bound : unknownType()})};
    }
    if (k == SyntaxKind::ScopedIdentifier || k == SyntaxKind::GenericFunction) {
        auto sig = m_types.resolveFunction(e, m_scope);
        if (sig && sig->params.empty() && sig->selfKind == SelfKind::None && !sig->isAsync && sig->returnType &&
            sig->generics.empty())
            return Value{sig->returnType}; // a unit struct / unit variant / constant
        if (sig) return fnItemValue(*sig);
        return Value{unknownType()};
    }
    // Anything else: still walk it, so nested awaits and uses are not lost.
    for (const SyntaxNode& c : e.namedChildren()) read(lowerExpr(c), e.start());
    return Value{unknownType()};
}

BodyLowerer::Value BodyLowerer::lowerIdentifier(const SyntaxNode& e) {
    const std::string name = textOf(e);
    const int local = lookup(name);
    if (local >= 0) return Value{m_body.locals[local].type, local, true};
    auto up = m_upvarByName.find(name);
    if (up != m_upvarByName.end()) {
        // An upvar lives in every state already; a by-reference capture is `*upvar`.
        const Upvar& u = m_body.upvars[up->second];
        Value v = u.byReference && u.type && u.type->kind == TypeKind::Ref ? Value{u.type->args[0], -1, true, true}
                                                                           : Value{u.type, -1, true};
        v.upvar = up->second;
        return v;
    }
    auto sig = m_types.resolveFunction(e, m_scope);
    if (sig && sig->params.empty() && !sig->isAsync && sig->returnType && sig->generics.empty())
        return Value{sig->returnType};
    if (sig) return fnItemValue(*sig);
    return Value{unknownType()};
}

// A path to a fn taking arguments, used as a value (`.map(String::len)`), is a fn item:
// a zero-sized value implementing the Fn traits with the fn's signature (rustc_middle's
// `ty::FnDef`). Here it is a closure capturing nothing, which has the same layout (none),
// the same auto traits (all) and gives its output to an `F: FnMut(..) -> B` bound.
BodyLowerer::Value BodyLowerer::fnItemValue(const FnSignature& sig) const {
    if (sig.params.empty() || sig.isAsync || !sig.generics.empty() || !sig.returnType) return Value{unknownType()};
    auto item = std::make_shared<Type>();
    item->kind = TypeKind::Closure;
    item->output = sig.returnType;
    return Value{item};
}

int BodyLowerer::temporary(const Value& v, const SyntaxNode& e) {
    const int temp = newLocal(LocalKind::Temporary, "", v.type, e.start(), textOf(e));
    emit(Op::StorageLive, temp, e.start());
    emit(Op::Init, temp, e.start());
    // A temporary belongs to the innermost temporary scope (a statement, a condition, a
    // match arm...), not to a scope that only holds pattern bindings.
    for (size_t f = m_frames.size(); f-- > 0;)
        if (m_frames[f].temporaries || f == 0) {
            m_frames[f].locals.push_back(temp);
            break;
        }
    return temp;
}

// rustc_mir_build builder/expr/as_place.rs: a place expression is that place; any other
// value goes into a temporary (as_temp.rs), whose StorageDead is scheduled first.
BodyLowerer::Value BodyLowerer::lowerAsPlace(const SyntaxNode& e) {
    const StorageMark storage = scheduleTemporaryStorage();
    const Value v = lowerExpr(e);
    if (v.isPlace || v.diverges || !e) unscheduleStorage(storage);
    return materialize(v, e);
}

BodyLowerer::Value BodyLowerer::materialize(const Value& v, const SyntaxNode& e) {
    if (v.isPlace || v.diverges || !e) return v; // no expression (broken code): nothing to store
    return Value{v.type, temporary(v, e), true};
}

BodyLowerer::Value BodyLowerer::lowerReference(const SyntaxNode& e) {
    const SyntaxNode operand = e.field(SyntaxField::Value);
    if (!e.childOfKind(SyntaxKind::MutableSpecifier) && isConstantOperand(operand)) // `&1`: a promoted static
        return Value{refType(lowerExpr(operand).type, false, "'static")};
    Value inner = lowerAsPlace(operand);
    borrow(inner, e.start());
    const bool isMut = static_cast<bool>(e.childOfKind(SyntaxKind::MutableSpecifier));
    if (isMut) recordCaptureUse(inner, false, true);
    return Value{refType(inner.type, isMut, "'_")};
}

BodyLowerer::Value BodyLowerer::lowerUnary(const SyntaxNode& e) {
    const SyntaxNode operand = e.namedChildren().empty() ? SyntaxNode() : e.namedChildren().front();
    Value inner = lowerExpr(operand);
    if (!e.hasChildToken(SyntaxKind::Star)) {
        consume(inner, e.start());
        // `-x` is overflow-checked on integers (as_rvalue.rs, UnOp::Neg: an Assert), and an
        // operator on a non-primitive calls Neg::neg / Not::not.
        // A negative literal is a constant (rustc_mir_build thir/cx/expr.rs: `-1` is one literal).
        const bool literal =
            operand && (operand.is(SyntaxKind::IntegerLiteral) || operand.is(SyntaxKind::FloatLiteral));
        if (!literal && ((e.hasChildToken(SyntaxKind::Minus) && !isFloat(inner.type)) || !isPrimitiveLike(inner.type)))
            mayUnwind(e.start());
        return Value{inner.type && inner.type->kind == TypeKind::Primitive ? inner.type : unknownType()};
    }
    bool overloaded = false;
    TypePtr target = m_types.derefTarget(inner.type, &overloaded);
    if (isBuiltinPointer(inner.type)) {
        // `*r` reads the pointer; `*boxed` is a place inside the local itself.
        const bool isBox = inner.type->kind == TypeKind::Adt;
        if (!isBox) read(inner, e.start());
        Value place{target, inner.local, true, !isBox || inner.throughDeref, isBox};
        place.upvar = inner.upvar;
        return place;
    }
    // Deref::deref(&x): an overloaded deref borrows its operand.
    inner = materialize(inner, operand);
    borrow(inner, e.start());
    mayUnwind(e.start());
    Value place{target ? target : unknownType(), inner.local, true, true};
    place.upvar = inner.upvar;
    return place;
}

BodyLowerer::Value BodyLowerer::lowerBinary(const SyntaxNode& e) {
    const std::string op(e.field(SyntaxField::Operator).text());
    if (op == "&&" || op == "||") return lowerHirOf(e);
    const bool comparison = op == "==" || op == "!=" || op == "<" || op == ">" || op == "<=" || op == ">=";
    Value left = lowerExpr(e.field(SyntaxField::Left));
    int leftReference = -1; // `&left` of an overloaded comparison, held across an await on the right
    if (suspendsWithin(e.field(SyntaxField::Right))) {
        if (comparison && !isPrimitiveLike(left.type)) {
            left = materialize(left, e.field(SyntaxField::Left));
            borrow(left, e.start());
            leftReference = referenceOperand(left.type, false, e.field(SyntaxField::Left));
        } else {
            left = spillOperand(left, e.field(SyntaxField::Left));
        }
    }
    Value right = lowerExpr(e.field(SyntaxField::Right));
    if (leftReference >= 0) {
        emit(Op::Move, leftReference, e.start());
        borrow(materialize(right, e.field(SyntaxField::Right)), e.start());
    } else if (comparison && !(isPrimitiveLike(left.type) && isPrimitiveLike(right.type))) {
        // PartialEq::eq(&a, &b) / PartialOrd::lt(&a, &b) take their operands by reference.
        borrow(materialize(left, e.field(SyntaxField::Left)), e.start());
        borrow(materialize(right, e.field(SyntaxField::Right)), e.start());
    } else {
        consume(left, e.start());
        consume(right, e.start());
    }
    const bool shift = op == "<<" || op == ">>"; // the only operators whose sides may differ
    if (!shift) m_numbers.unify(left.type, right.type);
    if (operatorMayUnwind(op, left.type, right.type)) mayUnwind(e.start());
    if (comparison || op == "&&" || op == "||") return Value{primitiveType("bool")};
    if (IntegerInference::isVariable(left.type) && right.type && right.type->kind == TypeKind::Primitive && !shift)
        return Value{right.type};
    if (left.type && left.type->kind == TypeKind::Primitive) return Value{left.type};
    if (left.type && left.type->kind == TypeKind::Adt && left.type->path == "std::string::String")
        return Value{left.type};
    return Value{unknownType()};
}

BodyLowerer::Value BodyLowerer::lowerAssignment(const SyntaxNode& e, bool compound) {
    Value rhs = lowerExpr(e.field(SyntaxField::Right));
    consume(rhs, e.start());
    Value lhs = lowerExpr(e.field(SyntaxField::Left));
    const SyntaxNode opNode = e.field(SyntaxField::Operator);
    const std::string op(opNode ? opNode.text() : "=");
    if (op != "<<=" && op != ">>=") m_numbers.unify(lhs.type, rhs.type);
    if (compound && operatorMayUnwind(op.substr(0, op.size() - 1), lhs.type, rhs.type)) mayUnwind(e.start());
    recordCaptureUse(lhs, false, true); // an assigned capture is borrowed mutably
    if (!lhs.isPlace || lhs.local < 0) return Value{unitType()};
    if (compound) {
        // Primitives update in place; others call AddAssign::add_assign(&mut lhs, rhs).
        if (lhs.type && lhs.type->kind == TypeKind::Primitive)
            emit(Op::Use, lhs.local, e.start());
        else
            borrow(lhs, e.start());
    } else if (lhs.throughDeref) {
        emit(Op::Use, lhs.local, e.start()); // `*p = v` uses `p` (liveness.rs, DefUse::for_place)
    } else if (lhs.isField) {
        // A store to a field is neither a use nor a definition of the local
        // (rustc_mir_dataflow/src/impls/liveness.rs, `DefUse::for_place`), but a field with
        // drop glue has its old value dropped first: that Drop is a use, and it borrows the
        // local as any drop does (borrowed_locals.rs, visit_terminator on Drop).
        if (m_types.needsDrop(lhs.type) != Verdict::No) emit(Op::Borrow, lhs.local, e.start());
    } else {
        emit(Op::Drop, lhs.local, e.start()); // the old value is dropped first
        emit(Op::Init, lhs.local, e.start());
    }
    return Value{unitType()};
}

BodyLowerer::Value BodyLowerer::lowerField(const SyntaxNode& e) {
    const SyntaxNode baseNode = e.field(SyntaxField::Value);
    Value base = lowerAsPlace(baseNode);
    int derefs = 0;
    bool overloaded = false;
    const std::string field = textOf(e.field(SyntaxField::Field));
    TypePtr type = m_types.fieldType(base.type, field, &derefs, &overloaded);
    if (overloaded) { // Deref::deref(&base) on the way to the field
        borrow(base, e.start());
        mayUnwind(e.start());
    }
    const bool throughPointer = derefs > 0 && (overloaded || isBuiltinPointer(base.type));
    Value out{type ? type : unknownType(), base.local, true, base.throughDeref || throughPointer, true};
    out.upvar = base.upvar;
    out.field = base.isField ? base.field : field;
    return out;
}

BodyLowerer::Value BodyLowerer::lowerIndex(const SyntaxNode& e) {
    const auto parts = e.namedChildren();
    if (parts.size() < 2) return Value{unknownType()};
    Value base = lowerAsPlace(parts[0]);
    consume(lowerExpr(parts[1]), e.start());
    mayUnwind(e.start()); // a bounds check (an Assert) or Index::index
    TypePtr t = base.type;
    while (t && t->kind == TypeKind::Ref) t = t->args[0];
    if (parts[1].is(SyntaxKind::RangeExpression)) { // `v[1..]`: a slice of it (`str` of a String), through Index
        borrow(base, e.start());
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
    borrow(base, e.start());
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
