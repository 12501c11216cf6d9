// Operands and the temporaries that hold them; aggregates (struct literals, tuples, arrays).
//
// rustc_mir_build/src/builder/expr/as_operand.rs, `as_operand`: every operand but a
// constant is evaluated into a fresh temporary (`as_temp`), left to right, and moved into
// the call, aggregate or operator that uses it; a place operand `x` becomes `tmp = x`
// (copy or move) at that moment. The temporary only shows when a later operand awaits: it
// is storage-live and still to be used across that suspension, so coroutine.rs
// (`locals_live_across_suspend_points`) saves it, and the local it came from is no longer
// used after the await (`combine(text, f().await)` saves a String temporary, not `text`).
#include "lowering/BodyLowerer.h"

#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <algorithm>
#include <set>

namespace awaitscope {

// Read from positions: the suspension points are AsyncItem's, found by their bytes.
bool BodyLowerer::suspendsWithin(hir::ExprId e) {
    const SyntaxNode n = nodeOf(e);
    if (!m_item || !n || m_item->suspensions.empty()) return false;
    // A suspension inside a macro's expansion lies, in the body's text, where the invocation
    // stands (SourceFile::rangeIn).
    const SourceFile* file = m_item->body.file();
    if (n.file() != file) {
        for (const SuspensionPoint& s : m_item->suspensions) {
            const auto at = s.node.file()->rangeIn(n.file(), s.node.startByte(), s.node.endByte());
            if (at && at->first >= n.startByte() && at->first < n.endByte()) return true;
        }
        return false;
    }
    if (m_suspensionStarts.empty()) {
        for (const SuspensionPoint& s : m_item->suspensions)
            if (const auto at = s.node.file()->rangeIn(file, s.node.startByte(), s.node.endByte()))
                m_suspensionStarts.push_back(at->first);
        std::sort(m_suspensionStarts.begin(), m_suspensionStarts.end());
    }
    // A suspension node that starts inside `n` lies wholly inside it (syntax nodes nest).
    const auto it = std::lower_bound(m_suspensionStarts.begin(), m_suspensionStarts.end(), n.startByte());
    return it != m_suspensionStarts.end() && *it < n.endByte();
}

BodyLowerer::Value BodyLowerer::spillOperand(const Value& v, hir::ExprId e) {
    if (v.diverges || !nodeOf(e) || isConstantOperand(e)) return v;
    return spillInto(v, e);
}

BodyLowerer::Value BodyLowerer::spillInto(const Value& v, hir::ExprId e) {
    consume(v, nodeOf(e).start()); // `tmp = move x` / `tmp = copy x` / the rvalue itself
    const int temp = temporary(Value{v.type}, e);
    m_operandTemps.insert(temp);
    return Value{v.type, temp, true};
}

int BodyLowerer::referenceOperand(const TypePtr& referent, bool isMut, hir::ExprId e) {
    const int temp = temporary(Value{refType(referent ? referent : unknownType(), isMut, "'_")}, e);
    m_operandTemps.insert(temp);
    return temp;
}

std::vector<BodyLowerer::Value> BodyLowerer::lowerOperands(std::span<const hir::NodeRef> operands) {
    std::vector<bool> awaitsAfter(operands.size(), false);
    for (size_t i = operands.size(); i-- > 1;)
        awaitsAfter[i - 1] = awaitsAfter[i] || suspendsWithin(operands[i].expr());
    std::vector<Value> values;
    for (size_t i = 0; i < operands.size(); ++i) {
        Value v = lowerExpr(operands[i].expr());
        values.push_back(awaitsAfter[i] ? spillOperand(v, operands[i].expr()) : v);
    }
    return values;
}

// Struct [RecordField...]; type: its path. RecordField [value]: name = the field; flags
// Shorthand (`S { x }`), Base (`..base`).
BodyLowerer::Value BodyLowerer::lowerStruct(hir::ExprId e) {
    const TypePtr type = m_types.resolveTypePath(textOf(m_hir->typeRef(m_hir->expr(e).type)), m_scope);
    // A field initialiser is an operand (as_operand.rs): a temporary where a later one awaits.
    const auto fields = m_hir->children(e);
    std::vector<bool> later(fields.size(), false); // a later field awaits
    for (size_t i = fields.size(); i-- > 1;) later[i - 1] = later[i] || suspendsWithin(fields[i].expr());
    std::vector<Value> pending;
    std::vector<std::pair<std::string, TypePtr>> given; // field name -> its value's type
    for (size_t i = 0; i < fields.size(); ++i) {
        const hir::ExprId field = fields[i].expr();
        if (!field || m_hir->expr(field).kind != hir::ExprKind::RecordField) continue; // broken code
        const hir::Expr& f = m_hir->expr(field);
        const hir::ExprId valueId = m_hir->childExpr(field, 0);
        if (f.has(hir::ExprFlags::Base)) {
            pending.push_back(lowerExpr(valueId));
            continue;
        }
        const std::string name(f.name);
        Value value = lowerExpr(valueId);
        // `Point { x: 0 }`: the field's declared type settles an unsuffixed number.
        if (!f.has(hir::ExprFlags::Shorthand))
            m_numbers.unify(value.type, type ? m_types.fieldType(type, name) : nullptr);
        given.emplace_back(name, value.type);
        pending.push_back(later[i] ? spillOperand(value, valueId) : value);
    }
    for (const Value& v : pending) consume(v, nodeOf(e).start()); // moved into the aggregate together
    return Value{type ? withFieldArguments(type, given) : unknownType()};
}

// `Pending { job: work(), .. }` of a `struct Pending<F>`: the literal's generic arguments are
// what its fields' values make them (rustc_hir_typeck/src/expr.rs, `check_expr_struct_fields`
// checks each value against the field's declared type, with the ADT's parameters as inference
// variables). Parameters no field pins stay as they are.
TypePtr BodyLowerer::withFieldArguments(const TypePtr& type,
                                        const std::vector<std::pair<std::string, TypePtr>>& given) {
    std::set<std::string> open;
    for (const TypePtr& a : type->args)
        if (a && a->kind == TypeKind::Param) open.insert(a->path);
    if (open.empty()) return type;
    Substitution pinned;
    for (const auto& [field, valueType] : given) {
        Substitution trial = pinned;
        if (unify(m_types.fieldType(type, field), valueType, open, trial)) pinned = trial;
    }
    return substitute(type, pinned);
}

// Tuple and Array [elements...]: `(a, b)` and `[a, b, c]` list them; `[value; N]` (flags
// Repeat, [value, N]) repeats one value N times.
BodyLowerer::Value BodyLowerer::lowerSequence(hir::ExprId e) {
    const hir::Expr& x = m_hir->expr(e);
    const auto elements = m_hir->children(e);
    if (x.kind == hir::ExprKind::Tuple && elements.empty()) return Value{unitType()}; // `()`
    const bool repeat = x.kind == hir::ExprKind::Array && x.has(hir::ExprFlags::Repeat) && !elements.empty();
    const std::vector<Value> values = lowerOperands(elements);
    std::vector<TypePtr> types;
    for (size_t i = 0; i < elements.size(); ++i)
        if (!(repeat && i + 1 == elements.size())) types.push_back(values[i].type);
    const TextPosition at = nodeOf(e).start();
    for (const Value& v : values) consume(v, at);
    if (x.kind == hir::ExprKind::Tuple) return Value{tupleType(types)};
    if (types.empty()) return Value{unknownType()};
    for (const TypePtr& t : types) m_numbers.unify(types.front(), t); // an array has one element type
    auto array = std::make_shared<Type>();
    array->kind = TypeKind::Array;
    array->args = {types.front()};
    array->arrayLength = repeat ? textOf(nodeOf(elements.back().expr())) : std::to_string(types.size());
    return Value{array};
}

// Range [start?, end?]; name: `..` or `..=`. `0..n`: both bounds are one type; a concrete
// one settles an unsuffixed literal.
BodyLowerer::Value BodyLowerer::lowerRange(hir::ExprId e) {
    const TextPosition at = nodeOf(e).start();
    TypePtr bound;
    for (const hir::NodeRef& c : m_hir->children(e)) {
        Value v = lowerExpr(c.expr());
        consume(v, at);
        if (bound) m_numbers.unify(bound, v.type);
        if (!bound || (IntegerInference::isVariable(bound) && v.type && !isUnknown(v.type))) bound = v.type;
    }
    const bool inclusive = m_hir->expr(e).name == "..=";
    return Value{adtType(inclusive ? "std::ops::RangeInclusive" : "std::ops::Range", {bound ? bound : unknownType()})};
}

} // namespace awaitscope
