#include "MethodLookup.h"

#include "types/TypeLowering.h"
#include "types/TypeOps.h"

namespace awaitscope {

FnSignature MethodLookup::signatureOf(const FnDef& fn, const GenericsDef* implGenerics, const Substitution& subst,
                                      const TraitQuery& query, const BoundList* bounds) {
    FnSignature sig;
    sig.path = fn.path;
    sig.displayName = fn.displayName;
    sig.generics = fn.generics.types;
    if (implGenerics) // impl parameters the receiver did not fix are inferred at the call
        for (const std::string& g : implGenerics->types)
            if (!subst.count(g)) sig.generics.push_back(g);
    auto fix = [&](const TypePtr& t) { return t ? query.normalize(substitute(t, subst), bounds) : t; };
    for (const auto& [subject, b] : fn.generics.bounds) sig.bounds.push_back({fix(subject), substitute(b, subst)});
    if (implGenerics)
        for (const auto& [subject, b] : implGenerics->bounds)
            sig.bounds.push_back({fix(subject), substitute(b, subst)});
    sig.selfKind = fn.selfKind;
    for (const TypePtr& p : fn.params) sig.params.push_back(fix(p));
    sig.paramNames = fn.paramNames;
    sig.returnType = fix(fn.returnType);
    sig.isAsync = fn.isAsync;
    sig.futureIndex = fn.futureIndex;
    sig.futureLayout = fn.futureLayout;
    if (fn.hasBody && fn.node && fn.node.file()) {
        sig.definitionFile = fn.node.file()->path();
        sig.definitionByte = fn.node.startByte();
    }
    return sig;
}

std::optional<FnSignature> MethodLookup::inherent(const TypePtr& step, const TypePtr& adjusted, const std::string& name,
                                                  const BoundList* bounds) const {
    std::vector<std::string> heads{headKey(step)};
    if (step->kind == TypeKind::Ref) heads.push_back(headKey(step->args.at(0)));
    for (const std::string& head : heads) {
        for (const ImplDef* impl : m_query.index().inherentImpls(head)) {
            for (const FnDef& fn : impl->methods) {
                if (fn.name != name || !fn.selfParamType) continue;
                Substitution subst;
                if (!unify(fn.selfParamType, adjusted, typeParamNames(impl->generics), subst)) continue;
                Verdict ok = Verdict::Yes;
                for (const auto& [subject, b] : impl->generics.bounds)
                    ok = ok && m_query.implements(substitute(subject, subst), substitute(b, subst), bounds);
                if (ok == Verdict::No) continue;
                return signatureOf(fn, &impl->generics, subst, m_query, bounds);
            }
        }
    }
    return std::nullopt;
}

// `p.as_ref()` with `P: AsRef<Path>`: the method is the trait's, with the trait's own
// parameters (`AsRef<T>`'s T) as the where-clause gives them. rustc_hir_typeck's method
// probe takes such candidates from the param-env (`assemble_inherent_candidates_from_param`)
// with the bound's trait reference, arguments included.
bool MethodLookup::bindTraitArgumentsFromBound(const TraitDef& trait, const TypePtr& self, const BoundList* bounds,
                                               Substitution& subst) {
    const TraitBound* bound = boundNaming(trait, self, bounds);
    if (!bound) return false;
    for (size_t i = 0; i < bound->args.size() && i < trait.generics.types.size(); ++i)
        if (bound->args[i]) subst.emplace(trait.generics.types[i], bound->args[i]);
    return true;
}

// The where-clause that names this trait for the type parameter `self` (not a supertrait).
const TraitBound* MethodLookup::boundNaming(const TraitDef& trait, const TypePtr& self, const BoundList* bounds) {
    if (!bounds || !self || self->kind != TypeKind::Param) return nullptr;
    for (const auto& [subject, bound] : *bounds)
        if (bound.path == trait.path && sameType(subject, self)) return &bound;
    return nullptr;
}

// Two passes, as rustc's probe orders its candidates (method/probe.rs): a type parameter's
// where-clauses are inherent candidates (`assemble_inherent_candidates_from_param`) and win
// over the traits in scope (`assemble_extension_candidates_for_traits_in_scope`), so with
// `H: SendCheck` and another trait `Plain` in scope, `h.check()` is SendCheck's even where
// both declare `check`. A bound's trait need not be in scope.
std::optional<FnSignature> MethodLookup::fromTraits(const TypePtr& adjusted, const std::string& name,
                                                    const std::set<std::string>& traitsInScope,
                                                    const BoundList* bounds) const {
    for (const bool whereClauses : {true, false}) {
        if (whereClauses && !bounds) continue;
        if (auto sig = fromTraitsPass(adjusted, name, traitsInScope, bounds, whereClauses)) return sig;
    }
    return std::nullopt;
}

std::optional<FnSignature> MethodLookup::fromTraitsPass(const TypePtr& adjusted, const std::string& name,
                                                        const std::set<std::string>& traitsInScope,
                                                        const BoundList* bounds, bool whereClauses) const {
    for (const TraitDef* trait : m_query.index().traitsWithMethod(name)) {
        if (!whereClauses && !traitsInScope.count(trait->path)) continue;
        for (const FnDef& decl : trait->methods) {
            if (decl.name != name || !decl.selfParamType) continue;
            Substitution subst;
            if (!unify(decl.selfParamType, adjusted, {"Self"}, subst) || !subst.count("Self")) continue;
            const TypePtr self = subst["Self"];
            if (whereClauses && !boundNaming(*trait, self, bounds)) continue;
            if (m_query.implements(self, trait->path, bounds) == Verdict::No) continue;
            // A where-clause candidate wins over impls (rustc's probe: a blanket
            // `impl<T, U: From<T>> Into<U> for T` would leave `U` open where `T: Into<String>`
            // says String); else prefer the impl's own signature (it names concrete types).
            const bool fromBound = bindTraitArgumentsFromBound(*trait, self, bounds, subst);
            if (auto m = fromBound ? std::nullopt : m_query.findImpl(self, TraitBound{trait->path, {}, {}}, bounds))
                for (const FnDef& fn : m->impl->methods)
                    if (fn.name == name) return signatureOf(fn, &m->impl->generics, m->subst, m_query, bounds);
            FnSignature sig = signatureOf(decl, nullptr, subst, m_query, bounds);
            sig.traitPath = trait->path;
            sig.traitSelf = self;
            return sig;
        }
    }
    return std::nullopt;
}

std::optional<MethodResolution> MethodLookup::lookup(const TypePtr& receiver, const std::string& name,
                                                     const std::set<std::string>& traitsInScope,
                                                     const BoundList* bounds) const {
    TypePtr step = receiver;
    bool overloaded = false;
    for (int derefs = 0; step && !isUnknown(step) && derefs < 8; ++derefs) {
        for (SelfKind adj : {SelfKind::None, SelfKind::Ref, SelfKind::RefMut}) {
            const TypePtr adjusted = adj == SelfKind::None ? step : refType(step, adj == SelfKind::RefMut);
            std::optional<FnSignature> sig = inherent(step, adjusted, name, bounds);
            if (!sig) sig = fromTraits(adjusted, name, traitsInScope, bounds);
            if (!sig) continue;
            MethodResolution r;
            r.signature = std::move(*sig);
            r.autoderefs = derefs;
            r.autoref = adj == SelfKind::None ? SelfKind::None : adj;
            r.overloadedDeref = overloaded;
            r.adjustedReceiver = step;
            return r;
        }
        bool stepOverloaded = false;
        TypePtr next = m_deref(step, &stepOverloaded);
        if (!next && step->kind == TypeKind::Array) { // unsizing: [T; N] -> [T]
            auto slice = std::make_shared<Type>(*step);
            slice->kind = TypeKind::Slice;
            slice->arrayLength.clear();
            next = slice;
        }
        overloaded |= stepOverloaded;
        step = next;
    }
    return std::nullopt;
}

} // namespace awaitscope
