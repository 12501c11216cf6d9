// TypeContext: questions about a type - fields, deref, await / iteration / `?` outputs,
// drop glue and Copy.

#include "TypeContext.h"

#include "types/TraitQuery.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

namespace awaitscope {

namespace {

bool isLang(const ItemIndex& index, const TypePtr& t, const std::string& lang) {
    if (!t || t->kind != TypeKind::Adt) return false;
    const AdtDef* adt = index.adt(t->path);
    return adt && adt->lang == lang;
}

} // namespace

TypePtr TypeContext::derefTarget(const TypePtr& type, bool* overloaded) const {
    if (overloaded) *overloaded = false;
    if (isUnknown(type)) return nullptr;
    if (type->kind == TypeKind::Ref || type->kind == TypeKind::RawPtr) return type->args.at(0);
    if (isLang(*m_items, type, "owned_box")) return type->args.empty() ? unknownType() : type->args[0];
    if (type->kind != TypeKind::Adt) return nullptr;
    TypePtr target = m_query->assocType(type, traits::Deref, "Target");
    if (!target) return nullptr;
    if (overloaded) *overloaded = true;
    return eraseLifetimes(target);
}

TypePtr TypeContext::fieldType(const TypePtr& base, const std::string& field, int* autoderefs,
                               bool* overloadedDeref) const {
    if (autoderefs) *autoderefs = 0;
    if (overloadedDeref) *overloadedDeref = false;
    TypePtr t = base;
    for (int step = 0; t && !isUnknown(t) && step < 8; ++step) {
        if (t->kind == TypeKind::Tuple) {
            const bool numeric = !field.empty() && field.find_first_not_of("0123456789") == std::string::npos;
            if (numeric && std::stoul(field) < t->args.size()) return t->args[std::stoul(field)];
        }
        if (t->kind == TypeKind::Adt) {
            const AdtDef* adt = m_items->adt(t->path);
            if (adt && adt->kind != AdtKind::Enum)
                for (const auto& [name, type] : m_query->fields(t))
                    if (name == field) return eraseLifetimes(type);
        }
        bool overloaded = false;
        t = derefTarget(t, &overloaded);
        if (autoderefs) ++*autoderefs;
        if (overloadedDeref) *overloadedDeref |= overloaded;
    }
    return unknownType();
}

TypePtr TypeContext::awaitOutput(const TypePtr& future) const {
    if (isUnknown(future)) return unknownType();
    TypePtr out = m_query->assocType(future, traits::IntoFuture, "Output");
    if (!out) out = m_query->assocType(future, traits::Future, "Output");
    return out ? eraseLifetimes(out) : unknownType();
}

TypePtr TypeContext::intoIterator(const TypePtr& iterable) const {
    if (isUnknown(iterable)) return unknownType();
    TypePtr out = m_query->assocType(iterable, traits::IntoIterator, "IntoIter");
    return out ? eraseLifetimes(out) : unknownType();
}

TypePtr TypeContext::iteratorItem(const TypePtr& iterator) const {
    if (isUnknown(iterator)) return unknownType();
    TypePtr out = m_query->assocType(iterator, traits::Iterator, "Item");
    return out ? eraseLifetimes(out) : unknownType();
}

TypePtr TypeContext::tryOutput(const TypePtr& tried) const {
    const TypePtr branch = tryBranch(tried);
    return isUnknown(branch) ? unknownType() : branch->args[1];
}

// `Try::branch(x)`: ControlFlow<Residual, Output> for core's Try impls (library/core
// result.rs, option.rs, task/poll.rs, ops/control_flow.rs).
TypePtr TypeContext::tryBranch(const TypePtr& tried) const {
    if (isUnknown(tried) || tried->kind != TypeKind::Adt || tried->args.empty()) return unknownType();
    const TypePtr never = adtType("std::convert::Infallible", {});
    auto branch = [](TypePtr residual, TypePtr output) {
        return adtType("std::ops::ControlFlow", {std::move(residual), std::move(output)});
    };
    const std::string& path = tried->path;
    if (path == "std::result::Result" && tried->args.size() == 2)
        return branch(adtType(path, {never, tried->args[1]}), tried->args[0]);
    if (path == "std::option::Option") return branch(adtType(path, {never}), tried->args[0]);
    if (path == "std::ops::ControlFlow" && tried->args.size() == 2)
        return branch(adtType(path, {tried->args[0], never}), tried->args[1]);
    if (path != "std::task::Poll") return unknownType();
    // Poll<Result<T, E>>? is Poll<T>; Poll<Option<Result<T, E>>>? is Poll<Option<T>>.
    const TypePtr& inner = tried->args[0];
    const bool optional = inner && inner->kind == TypeKind::Adt && inner->path == "std::option::Option";
    const TypePtr inside = tryBranch(optional ? inner->args.at(0) : inner);
    if (isUnknown(inside) || inside->args[0]->path != "std::result::Result") return unknownType();
    const TypePtr output = optional ? adtType(inner->path, {inside->args[1]}) : inside->args[1];
    return branch(inside->args[0], adtType(path, {output}));
}

Verdict TypeContext::isCopy(const TypePtr& type) const {
    return m_query->isCopy(type);
}

Verdict TypeContext::hasDropImpl(const TypePtr& type) const {
    if (isUnknown(type)) return Verdict::Unknown;
    if (type->kind != TypeKind::Adt) return Verdict::No;
    if (!m_items->adt(type->path)) return Verdict::Unknown;
    return m_query->matchingImpls(type, traits::Drop).empty() ? Verdict::No : Verdict::Yes;
}

Verdict TypeContext::needsDrop(const TypePtr& type) const {
    if (isUnknown(type)) return Verdict::Unknown;
    switch (type->kind) {
    case TypeKind::Primitive:
    case TypeKind::Never:
    case TypeKind::Str:
    case TypeKind::Ref:
    case TypeKind::RawPtr:
    case TypeKind::FnPtr: return Verdict::No;
    case TypeKind::DynTrait:
    case TypeKind::Future:
    case TypeKind::LibraryFuture: return Verdict::Yes;
    case TypeKind::Tuple:
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Closure: {
        Verdict v = Verdict::No;
        for (const TypePtr& a : type->args) {
            const Verdict d = needsDrop(a);
            if (d == Verdict::Yes) return d;
            if (d == Verdict::Unknown) v = d;
        }
        return v;
    }
    case TypeKind::Adt: return adtNeedsDrop(type);
    default: return Verdict::Unknown;
    }
}

// An ADT's answer follows from its key (its path and arguments decide its impls and field
// types), and every local of every body asks again for the same String, Vec or guard: the
// answers are kept by key, as TypeLayout keeps layouts.
Verdict TypeContext::adtNeedsDrop(const TypePtr& type) const {
    std::string key = typeKey(type);
    {
        const std::lock_guard lock(m_dropMutex);
        if (const auto it = m_adtNeedsDrop.find(key); it != m_adtNeedsDrop.end()) return it->second;
    }
    const Verdict v = adtNeedsDropUncached(type);
    if (!containsFuture(type)) {
        const std::lock_guard lock(m_dropMutex);
        m_adtNeedsDrop.emplace(std::move(key), v);
    }
    return v;
}

Verdict TypeContext::adtNeedsDropUncached(const TypePtr& type) const {
    const AdtDef* adt = m_items->adt(type->path);
    if (!adt) return Verdict::Unknown;
    // ManuallyDrop and PhantomData never run drop glue; a union never drops its fields.
    if (adt->lang == "manually_drop" || adt->lang == "phantom_data" || adt->kind == AdtKind::Union) return Verdict::No;
    // A Copy type has no drop glue: Copy needs every field Copy and rules out a Drop impl
    // (E0184, rustc_hir_analysis coherence/builtin.rs), so rustc's needs_drop is false
    // whatever the fields' own definitions say. This decides
    // a newtype over a dependency's type (`#[derive(Copy)] struct Interest(mio::Interest)`).
    if (m_query->isCopy(type) == Verdict::Yes) return Verdict::No;
    if (!m_query->matchingImpls(type, traits::Drop).empty()) return Verdict::Yes;
    Verdict v = Verdict::No;
    for (const auto& [name, field] : m_query->fields(type)) {
        if (sameType(field, type)) continue; // a recursive type through a pointer would stop earlier
        const Verdict d = needsDrop(field);
        if (d == Verdict::Yes) return d;
        if (d == Verdict::Unknown) v = d;
    }
    return v;
}

} // namespace awaitscope
