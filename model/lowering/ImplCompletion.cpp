// A generic return type the caller gives only in part is completed by the one impl of its
// bound (rustc_trait_selection: selecting `Vec<?X>: FromIterator<Item>` finds the single
// candidate `impl<T> FromIterator<T> for Vec<T>` and unifies its trait arguments, so
// `?X = Item`): `let v: Vec<_> = it.collect();`, `it.collect::<HashSet<_>>()`. Where no
// single impl fits, or the result is still open, nothing is guessed.
#include "lowering/BodyLowerer.h"

#include "types/TraitQuery.h"
#include "types/TypeOps.h"

namespace awaitscope {

TypePtr BodyLowerer::completedByImpl(const FnSignature& sig, const CallResult& result, const TypePtr& expected) const {
    const TypePtr& returned = sig.returnType;
    if (sig.isAsync || !returned) return nullptr;
    // The partial type: the annotation's, else the turbofish's (substituted into the
    // signature, `collect::<Vec<_>>()`, or given for the parameter).
    const bool isParam = returned->kind == TypeKind::Param;
    const auto given = isParam ? result.substitution.find(returned->path) : result.substitution.end();
    const TypePtr partial = expected                             ? expected
                            : given != result.substitution.end() ? given->second
                            : isParam                            ? nullptr
                                                                 : returned;
    if (!partial || !containsUnknown(partial) || isUnknown(partial)) return nullptr;
    for (const auto& [subject, bound] : sig.bounds) {
        const bool aboutReturned =
            subject && (isParam ? subject->kind == TypeKind::Param && subject->path == returned->path
                                : sameType(subject, returned));
        if (!aboutReturned || bound.args.empty()) continue;
        const std::vector<ImplMatch> impls = m_types.traitQuery().matchingImpls(partial, bound.path);
        if (impls.size() != 1 || impls[0].impl->trait.args.size() != bound.args.size()) continue;
        const ImplDef& impl = *impls[0].impl;
        Substitution subst;
        for (const auto& [name, type] : impls[0].subst) // what the partial type left open stays open
            if (type && !containsUnknown(type)) subst[name] = type;
        const std::set<std::string> vars = typeParamNames(impl.generics);
        bool fits = true;
        for (size_t i = 0; i < bound.args.size() && fits; ++i) {
            const TypePtr wanted = m_types.normalize(substitute(bound.args[i], result.substitution));
            fits = wanted && !containsUnknown(wanted) && unify(impl.trait.args[i], wanted, vars, subst);
        }
        if (!fits) continue;
        const TypePtr completed = eraseLifetimes(m_types.normalize(substitute(impl.selfType, subst)));
        if (completed && !containsUnknown(completed)) return completed;
    }
    return nullptr;
}

TypePtr BodyLowerer::expectedTypeOf(hir::ExprId call) const {
    const auto it = m_expectedTypes.find(call);
    return it == m_expectedTypes.end() ? nullptr : it->second;
}

} // namespace awaitscope
