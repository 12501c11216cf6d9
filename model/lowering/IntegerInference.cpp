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

} // namespace

TypePtr IntegerInference::fresh(bool isFloat) {
    m_variables.push_back(primitiveType(isFloat ? "{float}" : "{integer}"));
    return m_variables.back();
}

bool IntegerInference::isVariable(const TypePtr& t) {
    return t && t->kind == TypeKind::Primitive && (t->path == "{integer}" || t->path == "{float}");
}

const Type* IntegerInference::root(const Type* variable) const {
    for (auto it = m_parent.find(variable); it != m_parent.end(); it = m_parent.find(variable)) variable = it->second;
    return variable;
}

void IntegerInference::unify(const TypePtr& a, const TypePtr& b) {
    if (isVariable(a) && isVariable(b)) {
        const Type* ra = root(a.get());
        const Type* rb = root(b.get());
        if (ra == rb) return;
        m_parent[ra] = rb;
        if (auto bound = m_bound.find(ra); bound != m_bound.end() && !m_bound.count(rb)) m_bound[rb] = bound->second;
        return;
    }
    if (isVariable(b)) return unify(b, a);
    if (isVariable(a) && isConcreteNumber(b) && !m_bound.count(root(a.get()))) m_bound[root(a.get())] = b;
    // `&RefCell<{integer}>` passed where `&RefCell<i64>` is expected: match part by part.
    if (a && b && !isVariable(a) && a->kind == b->kind && a->path == b->path && a->args.size() == b->args.size())
        for (size_t i = 0; i < a->args.size(); ++i) unify(a->args[i], b->args[i]);
}

TypePtr IntegerInference::resolve(const TypePtr& t) const {
    if (!t) return t;
    if (isVariable(t)) {
        const auto bound = m_bound.find(root(t.get()));
        if (bound != m_bound.end()) return bound->second;
        return primitiveType(t->path == "{float}" ? "f64" : "i32"); // rustc's fallback
    }
    bool changed = false;
    std::vector<TypePtr> args;
    for (const TypePtr& a : t->args) {
        args.push_back(resolve(a));
        changed = changed || args.back() != a;
    }
    const TypePtr output = resolve(t->output);
    if (!changed && output == t->output) return t;
    auto copy = std::make_shared<Type>(*t);
    copy->args = std::move(args);
    copy->output = output;
    return copy;
}

} // namespace awaitscope
