#pragma once
// Method resolution as rustc probes it: for each autoderef step of the receiver (by value,
// then `&`, then `&mut`), inherent methods before the methods of traits in scope. The
// result carries the adjustments the lowering needs (derefs, autoref, overloaded deref).

#include "types/TraitQuery.h"
#include "types/TypeContext.h"

#include <functional>
#include <optional>
#include <set>

namespace awaitscope {

class MethodLookup {
  public:
    using DerefFn = std::function<TypePtr(const TypePtr&, bool*)>;
    MethodLookup(const TraitQuery& query, DerefFn deref) : m_query(query), m_deref(std::move(deref)) {}

    std::optional<MethodResolution> lookup(const TypePtr& receiver, const std::string& name,
                                           const std::set<std::string>& traitsInScope, const BoundList* bounds) const;
    static bool bindTraitArgumentsFromBound(const TraitDef& trait, const TypePtr& self, const BoundList* bounds,
                                            Substitution& subst);
    /// A method's signature for a receiver whose Self and impl generics are bound by `subst`.
    static FnSignature signatureOf(const FnDef& fn, const GenericsDef* implGenerics, const Substitution& subst,
                                   const TraitQuery& query, const BoundList* bounds);

  private:
    std::optional<FnSignature> inherent(const TypePtr& step, const TypePtr& adjusted, const std::string& name,
                                        const BoundList* bounds) const;
    static const TraitBound* boundNaming(const TraitDef& trait, const TypePtr& self, const BoundList* bounds);
    std::optional<FnSignature> fromTraitsPass(const TypePtr& adjusted, const std::string& name,
                                              const std::set<std::string>& traitsInScope, const BoundList* bounds,
                                              bool whereClauses) const;
    std::optional<FnSignature> fromTraits(const TypePtr& adjusted, const std::string& name,
                                          const std::set<std::string>& traitsInScope, const BoundList* bounds) const;

    const TraitQuery& m_query;
    DerefFn m_deref;
};

} // namespace awaitscope
