#include "lowering/IntegerInference.h"

namespace awaitscope {

namespace {

bool isConcreteNumber(const TypePtr& t) {
    static const char* numbers[] = {"i8",  "i16", "i32", "i64",  "i128",  "isize", "u8",
                                    "u16", "u32", "u64", "u128", "usize", "f32",   "f64"};
    if (!t || t->kind != TypeKind::Primitive) return false;
    for (const char* n : numbers)
        if (t->path == n) return true;
    return false;
}

bool isNumericRoot(const Type* t) {
    return t->kind == TypeKind::Primitive;
}

// The mark of a type variable: an Unknown type named `_` (as rustc prints one).
constexpr char kTypeVariable = '_';

// Deep enough for any type a body writes; a binding cycle cannot make resolve() loop.
constexpr int kMaxDepth = 64;

} // namespace

TypePtr IntegerInference::fresh(bool isFloat) {
    m_variables.push_back(primitiveType(isFloat ? "{float}" : "{integer}"));
    return m_variables.back();
}

TypePtr IntegerInference::freshType() {
    auto variable = std::make_shared<Type>();
    variable->kind = TypeKind::Unknown;
    variable->path.assign(1, kTypeVariable);
    m_variables.push_back(variable);
    return variable;
}

bool IntegerInference::isVariable(const TypePtr& t) {
    return t && t->kind == TypeKind::Primitive && (t->path == "{integer}" || t->path == "{float}");
}

bool IntegerInference::isTypeVariable(const TypePtr& t) {
    return t && t->kind == TypeKind::Unknown && t->path.size() == 1 && t->path[0] == kTypeVariable;
}

const Type* IntegerInference::root(const Type* variable) const {
    for (auto it = m_parent.find(variable); it != m_parent.end(); it = m_parent.find(variable)) variable = it->second;
    return variable;
}

bool IntegerInference::mentions(const TypePtr& t, const Type* variableRoot, int depth) const {
    if (!t || depth > kMaxDepth) return depth > kMaxDepth;
    if ((isVariable(t) || isTypeVariable(t)) && root(t.get()) == variableRoot) return true;
    for (const TypePtr& a : t->args)
        if (mentions(a, variableRoot, depth + 1)) return true;
    return mentions(t->output, variableRoot, depth + 1);
}

void IntegerInference::unifyRoots(const Type* a, const Type* b) {
    if (a == b) return;
    // A type variable joined with a number's variable points at it, so that the number's
    // fallback (i32 / f64) applies to both.
    if (isNumericRoot(a) && !isNumericRoot(b)) std::swap(a, b);
    const auto boundA = m_bound.find(a);
    const TypePtr fromA = boundA != m_bound.end() ? boundA->second : nullptr;
    m_parent[a] = b;
    if (fromA) bindRoot(b, fromA);
}

void IntegerInference::bindRoot(const Type* variableRoot, const TypePtr& to) {
    if (isUnknown(to)) return;
    if (const auto bound = m_bound.find(variableRoot); bound != m_bound.end()) {
        unify(bound->second, to); // already settled: the two must agree (numbers inside them too)
        return;
    }
    if (isNumericRoot(variableRoot)) {
        if (isConcreteNumber(to)) m_bound[variableRoot] = to;
        return;
    }
    if (!mentions(to, variableRoot, 0)) m_bound[variableRoot] = to;
}

void IntegerInference::unify(const TypePtr& a, const TypePtr& b) {
    if (!a || !b) return;
    const bool aVariable = isVariable(a) || isTypeVariable(a);
    const bool bVariable = isVariable(b) || isTypeVariable(b);
    if (aVariable && bVariable) return unifyRoots(root(a.get()), root(b.get()));
    if (bVariable) return unify(b, a);
    if (aVariable) return bindRoot(root(a.get()), b);
    // `&RefCell<{integer}>` passed where `&RefCell<i64>` is expected: match part by part.
    if (a->kind == b->kind && a->path == b->path && a->args.size() == b->args.size())
        for (size_t i = 0; i < a->args.size(); ++i) unify(a->args[i], b->args[i]);
}

TypePtr IntegerInference::resolve(const TypePtr& t) const {
    return resolve(t, 0, false);
}

TypePtr IntegerInference::resolveSoFar(const TypePtr& t) const {
    return resolve(t, 0, true);
}

TypePtr IntegerInference::resolve(const TypePtr& t, int depth, bool keepOpen) const {
    if (!t || depth > kMaxDepth) return t;
    if (isVariable(t) || isTypeVariable(t)) {
        const Type* r = root(t.get());
        const auto bound = m_bound.find(r);
        if (bound != m_bound.end()) return resolve(bound->second, depth + 1, keepOpen);
        if (!isNumericRoot(r)) return keepOpen ? t : unknownType(); // nothing settled it (yet)
        return primitiveType(r->path == "{float}" ? "f64" : "i32"); // rustc's fallback
    }
    bool changed = false;
    std::vector<TypePtr> args;
    for (const TypePtr& a : t->args) {
        args.push_back(resolve(a, depth + 1, keepOpen));
        changed = changed || args.back() != a;
    }
    std::vector<TypePtr> genericArgs;
    for (const TypePtr& a : t->genericArgs) {
        genericArgs.push_back(resolve(a, depth + 1, keepOpen));
        changed = changed || genericArgs.back() != a;
    }
    const TypePtr output = resolve(t->output, depth + 1, keepOpen);
    if (!changed && output == t->output) return t;
    auto copy = std::make_shared<Type>(*t);
    copy->args = std::move(args);
    copy->genericArgs = std::move(genericArgs);
    copy->output = output;
    return copy;
}

} // namespace awaitscope
