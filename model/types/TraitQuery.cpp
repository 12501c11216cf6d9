#include "TraitQuery.h"

#include "types/TypeLowering.h"
#include "types/TypeOps.h"

namespace awaitscope {

namespace {

constexpr int kMaxDepth = 10;

std::string simpleName(const std::string& path) {
    const auto pos = path.rfind("::");
    return pos == std::string::npos ? path : path.substr(pos + 2);
}

bool isAutoLike(const std::string& path) {
    return path == traits::Send || path == traits::Sync || path == traits::Sized || path == "std::marker::Unpin" ||
           path.empty() || path[0] == '\'';
}

} // namespace

Substitution adtSubstitution(const AdtDef& adt, const TypePtr& type) {
    Substitution subst;
    for (size_t i = 0; i < adt.generics.types.size(); ++i)
        subst[adt.generics.types[i]] = i < type->args.size() ? type->args[i] : unknownType();
    return subst;
}

bool TraitQuery::traitImplies(const std::string& have, const std::string& want, int depth) const {
    if (have == want) return true;
    const TraitDef* t = m_index.trait(have);
    if (!t || depth > kMaxDepth) return false;
    for (const TraitBound& s : t->supertraits)
        if (traitImplies(s.path, want, depth + 1)) return true;
    return false;
}

Verdict TraitQuery::fromBounds(const TypePtr&, const TraitBound& bound, const std::vector<TraitBound>& have) const {
    for (const TraitBound& b : have)
        if (traitImplies(b.path, bound.path)) return Verdict::Yes;
    return Verdict::No;
}

Verdict TraitQuery::fromScope(const TypePtr& type, const TraitBound& bound, const BoundList* scope) const {
    if (!scope) return Verdict::Unknown;
    for (const auto& [subject, b] : *scope)
        if (sameType(subject, type) && traitImplies(b.path, bound.path)) return Verdict::Yes;
    return Verdict::Unknown;
}

Verdict TraitQuery::builtin(const TypePtr& type, const TraitBound& bound, const BoundList* scope, int depth,
                            bool& decided) const {
    decided = true;
    const std::string& path = bound.path;
    if (isAutoLike(path)) return Verdict::Yes; // auto traits are the AutoTraitSolver's business
    if (isUnknown(type)) return Verdict::Unknown;
    if (type->kind == TypeKind::Param || type->kind == TypeKind::Projection) return fromScope(type, bound, scope);
    if (path == traits::Copy) return isCopy(type, depth);
    if (path == traits::Clone && isCopy(type, depth) == Verdict::Yes) return Verdict::Yes;
    const bool isFnTrait = path == traits::Fn || path == traits::FnMut || path == traits::FnOnce;
    if (type->kind == TypeKind::ImplTrait || type->kind == TypeKind::DynTrait)
        return fromBounds(type, bound, type->bounds);
    if ((type->kind == TypeKind::Future || type->kind == TypeKind::LibraryFuture) &&
        (traitImplies(traits::Future, path) || path == traits::IntoFuture))
        return Verdict::Yes;
    // Any other trait of a future comes from a blanket impl (`FutureExt for T where T:
    // Future`), so `.boxed()` takes the future itself as `Self`, not `&mut F`.
    if (type->kind == TypeKind::Closure || type->kind == TypeKind::FnPtr)
        if (isFnTrait) return Verdict::Yes;
    decided = false;
    return Verdict::No;
}

Verdict TraitQuery::implements(const TypePtr& rawType, const TraitBound& bound, const BoundList* scope,
                               int depth) const {
    if (depth > kMaxDepth) return Verdict::Unknown;
    const TypePtr type = normalize(rawType, scope, depth + 1);
    bool decided = false;
    Verdict v = builtin(type, bound, scope, depth, decided);
    if (decided) return v;
    if (type->kind == TypeKind::Adt)
        if (const AdtDef* adt = m_index.adt(type->path); adt && adt->derives.count(simpleName(bound.path)))
            return derived(*adt, type, bound.path, depth);
    if (findImpl(type, bound, scope, depth)) return Verdict::Yes;
    return Verdict::No;
}

Verdict TraitQuery::derived(const AdtDef&, const TypePtr& type, const std::string& traitPath, int depth) const {
    // A derive bounds every type parameter by the trait (`T: Copy` for #[derive(Copy)]).
    Verdict v = Verdict::Yes;
    for (const TypePtr& a : type->args) v = v && implements(a, TraitBound{traitPath, {}, {}}, nullptr, depth + 1);
    return v;
}

Verdict TraitQuery::boundsHold(const ImplDef& impl, const Substitution& subst, const BoundList* scope,
                               int depth) const {
    Verdict v = Verdict::Yes;
    for (const auto& [subject, bound] : impl.generics.bounds) {
        const TypePtr s = substitute(subject, subst);
        if (s->kind == TypeKind::Param && !subst.count(s->path) && typeParamNames(impl.generics).count(s->path))
            continue; // an unconstrained impl parameter
        v = v && implements(s, substitute(bound, subst), scope, depth + 1);
        if (v == Verdict::No) return v;
    }
    return v;
}

std::vector<ImplMatch> TraitQuery::matchingImpls(const TypePtr& type, const std::string& traitPath) const {
    std::vector<ImplMatch> out;
    for (const ImplDef* impl : m_index.traitImpls(traitPath, headKey(type))) {
        Substitution subst;
        if (unify(impl->selfType, type, typeParamNames(impl->generics), subst)) out.push_back({impl, subst});
    }
    return out;
}

bool TraitQuery::hasAnyImpl(const std::string& adtPath, const std::string& traitPath) const {
    for (const ImplDef* impl : m_index.traitImpls(traitPath, adtPath))
        if (headKey(impl->selfType) == adtPath) return true;
    return false;
}

// An impl parameter that neither the self type nor the trait's arguments bind is
// constrained by a projection among its bounds (rustc_hir_analysis/src/impl_wf_check.rs,
// enforce_impl_params_are_constrained with constrained_generic_params.rs:
// `impl<T, F: FnMut(..) -> Poll<T>> Future for PollFn<F>` constrains T through
// `<F as FnOnce<..>>::Output == Poll<T>`). Selecting the impl unifies that written type
// with the bound type's own associated type (rustc_trait_selection project.rs), so the
// impl's `type Output = T` is the closure's `Poll` payload.
void TraitQuery::constrainByProjections(const ImplDef& impl, Substitution& subst, const BoundList* scope,
                                        int depth) const {
    const std::set<std::string> vars = typeParamNames(impl.generics);
    for (const auto& [subject, bound] : impl.generics.bounds) {
        if (bound.assoc.empty()) continue;
        const TypePtr s = substitute(subject, subst);
        if (!s || isUnknown(s) || (s->kind == TypeKind::Param && vars.count(s->path))) continue; // not bound yet
        for (const auto& [name, written] : bound.assoc) {
            if (!written || !containsParam(written)) continue;
            const TypePtr actual = assocType(s, bound.path, name, scope, depth + 1);
            if (actual && !containsUnknown(actual)) unify(written, actual, vars, subst);
        }
    }
}

std::optional<ImplMatch> TraitQuery::findImpl(const TypePtr& type, const TraitBound& bound, const BoundList* scope,
                                              int depth) const {
    if (depth > kMaxDepth || isUnknown(type)) return std::nullopt;
    std::optional<ImplMatch> unsure;
    for (ImplMatch m : matchingImpls(type, bound.path)) {
        if (m.impl->negative) continue;
        bool argsFit = true;
        const std::set<std::string> vars = typeParamNames(m.impl->generics);
        for (size_t i = 0; i < bound.args.size() && i < m.impl->trait.args.size(); ++i)
            argsFit &= unify(m.impl->trait.args[i], bound.args[i], vars, m.subst);
        if (!argsFit) continue;
        constrainByProjections(*m.impl, m.subst, scope, depth);
        const Verdict v = boundsHold(*m.impl, m.subst, scope, depth);
        if (v == Verdict::Yes) return m;
        if (v == Verdict::Unknown && !unsure) unsure = m;
    }
    return unsure;
}

TypePtr TraitQuery::builtinAssoc(const TypePtr& type, const std::string& traitPath, const std::string& name) const {
    // `Self::Output` written in a subtrait (FutureExt::boxed's `BoxFuture<'a, Self::Output>`)
    // is Future's Output too.
    const bool futureLike =
        traitPath.empty() || traitPath == traits::IntoFuture || traitImplies(traitPath, traits::Future);
    if ((type->kind == TypeKind::Future || type->kind == TypeKind::LibraryFuture) && name == "Output" && futureLike)
        return type->output ? type->output : unknownType();
    if (type->kind == TypeKind::Future || type->kind == TypeKind::LibraryFuture)
        return name == "IntoFuture" ? type : nullptr;
    if ((type->kind == TypeKind::Closure || type->kind == TypeKind::FnPtr) && name == "Output") return type->output;
    // A parameter's declared bounds name its associated types (`F: Fn() -> Fut` gives
    // `<F as FnOnce<()>>::Output == Fut`: the param_env's projection predicates, rustc_trait_selection
    // traits/project.rs, assemble_candidates_from_param_env); a rigid projection's are its item
    // bounds (`CallRefFuture<'a>: Future<Output = Self::Output>`), kept after its trait.
    if (type->kind == TypeKind::Param || type->kind == TypeKind::Projection) {
        const size_t first = type->kind == TypeKind::Projection ? 1 : 0;
        for (size_t i = first; i < type->bounds.size(); ++i) {
            const TraitBound& b = type->bounds[i];
            if (!traitPath.empty() && !traitImplies(b.path, traitPath)) continue;
            for (const auto& [n, t] : b.assoc)
                if (n == name) return t;
        }
    }
    if (type->kind == TypeKind::ImplTrait || type->kind == TypeKind::DynTrait) {
        for (const TraitBound& b : type->bounds)
            for (const auto& [n, t] : b.assoc)
                if (n == name) return t;
        if (name == "IntoFuture") return type;
    }
    return nullptr;
}

TypePtr TraitQuery::assocType(const TypePtr& type, const std::string& traitPath, const std::string& name,
                              const BoundList* scope, int depth) const {
    if (isUnknown(type) || depth > kMaxDepth) return nullptr;
    if (TypePtr t = builtinAssoc(type, traitPath, name)) return t;
    if (type->kind == TypeKind::Param || type->kind == TypeKind::Projection) {
        if (scope)
            for (const auto& [subject, b] : *scope)
                if (sameType(subject, type))
                    for (const auto& [n, t] : b.assoc)
                        if (n == name) return t;
        return nullptr;
    }
    std::vector<std::string> candidates;
    if (!traitPath.empty())
        candidates.push_back(traitPath);
    else
        for (const TraitDef* t : m_index.traitsWithAssoc(name)) candidates.push_back(t->path);
    for (const std::string& trait : candidates) {
        auto m = findImpl(type, TraitBound{trait, {}, {}}, scope, depth + 1);
        if (!m) continue;
        auto it = m->impl->assocTypes.find(name);
        if (it == m->impl->assocTypes.end()) continue;
        return normalize(substitute(it->second, m->subst), scope, depth + 1);
    }
    return nullptr;
}

/// The associated types a `dyn` / `impl` bound names: `dyn Future<Output = <F>::Output>`.
TypePtr TraitQuery::normalizeBounds(const TypePtr& type, const BoundList* scope, int depth) const {
    auto copy = std::make_shared<Type>(*type);
    bool changed = false;
    for (TraitBound& b : copy->bounds)
        for (auto& [name, assoc] : b.assoc) {
            TypePtr n = normalize(assoc, scope, depth + 1);
            changed |= n != assoc;
            assoc = n;
        }
    return changed ? copy : type;
}

TypePtr TraitQuery::normalize(const TypePtr& type, const BoundList* scope, int depth) const {
    if (!type || depth > kMaxDepth) return type;
    if (type->kind == TypeKind::Projection) {
        TypePtr base = normalize(type->args.at(0), scope, depth + 1);
        const std::string trait = type->bounds.empty() ? std::string() : type->bounds[0].path;
        if (TypePtr r = assocType(base, trait, type->path, scope, depth + 1)) return r;
        return base == type->args[0] ? type : withArgs(type, {base});
    }
    if (!containsParam(type)) return type;
    std::vector<TypePtr> args;
    bool changed = false;
    for (const TypePtr& a : type->args) {
        args.push_back(normalize(a, scope, depth + 1));
        changed |= args.back() != a;
    }
    TypePtr out = changed ? withArgs(type, std::move(args)) : type;
    if (type->kind == TypeKind::DynTrait || type->kind == TypeKind::ImplTrait) out = normalizeBounds(out, scope, depth);
    if (type->output) {
        TypePtr o = normalize(type->output, scope, depth + 1);
        if (o != type->output) {
            auto copy = std::make_shared<Type>(*out);
            copy->output = o;
            out = copy;
        }
    }
    return out;
}

Verdict TraitQuery::isCopy(const TypePtr& type, int depth) const {
    if (isUnknown(type) || depth > kMaxDepth) return Verdict::Unknown;
    switch (type->kind) {
    case TypeKind::Primitive:
    case TypeKind::Never:
    case TypeKind::RawPtr:
    case TypeKind::FnPtr: return Verdict::Yes;
    case TypeKind::Ref: return type->isMut ? Verdict::No : Verdict::Yes;
    case TypeKind::Str:
    case TypeKind::Slice:
    case TypeKind::DynTrait:
    case TypeKind::Future:
    case TypeKind::LibraryFuture: return Verdict::No;
    case TypeKind::Tuple:
    case TypeKind::Array:
    case TypeKind::Closure: {
        Verdict v = Verdict::Yes;
        for (const TypePtr& a : type->args) v = v && isCopy(a, depth + 1);
        return v;
    }
    case TypeKind::Adt: {
        const AdtDef* adt = m_index.adt(type->path);
        if (!adt) return Verdict::Unknown;
        if (adt->derives.count("Copy")) return derived(*adt, type, traits::Copy, depth);
        auto m = findImpl(type, TraitBound{traits::Copy, {}, {}}, nullptr, depth + 1);
        return m ? boundsHold(*m->impl, m->subst, nullptr, depth) : Verdict::No;
    }
    default: return Verdict::Unknown;
    }
}

std::vector<std::pair<std::string, TypePtr>> TraitQuery::fields(const TypePtr& type) const {
    std::vector<std::pair<std::string, TypePtr>> out;
    const AdtDef* adt = type && type->kind == TypeKind::Adt ? m_index.adt(type->path) : nullptr;
    if (!adt) return out;
    const Substitution subst = adtSubstitution(*adt, type);
    std::map<std::string, std::string> lifetimes;
    for (size_t i = 0; i < adt->generics.lifetimes.size(); ++i)
        lifetimes[adt->generics.lifetimes[i]] = i < type->lifetimes.size() ? type->lifetimes[i] : "'_";
    auto add = [&](const std::string& label, const TypePtr& t) {
        out.push_back({label, normalize(substituteLifetimes(substitute(t, subst), lifetimes))});
    };
    for (const FieldDef& f : adt->fields) add(f.name, f.type);
    for (const VariantDef& v : adt->variants)
        for (const FieldDef& f : v.fields) add(v.name + "." + f.name, f.type);
    return out;
}

std::set<std::string> typeParamNames(const GenericsDef& generics) {
    return {generics.types.begin(), generics.types.end()};
}

} // namespace awaitscope
