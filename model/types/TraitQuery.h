#pragma once
// Questions about traits that are not auto traits: does a type implement a trait (by an
// impl, a derive, a builtin rule or a bound in scope), which impl, what its associated
// types are (`<Vec<T> as IntoIterator>::IntoIter`), and projections normalised away.

#include "data/Verdict.h"
#include "types/ItemIndex.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

/// The bounds a generic body may rely on (`T: Future`, `F::Output: Send`).
using BoundList = std::vector<std::pair<TypePtr, TraitBound>>;

/// The names of an item's type parameters: the variables a match against it may bind.
std::set<std::string> typeParamNames(const GenericsDef& generics);

struct ImplMatch {
    const ImplDef* impl = nullptr;
    Substitution subst; // the impl's generics, as bound by matching its self type
};

class TraitQuery {
  public:
    explicit TraitQuery(const ItemIndex& index) : m_index(index) {}

    Verdict implements(const TypePtr& type, const TraitBound& bound, const BoundList* scope = nullptr,
                       int depth = 0) const;
    Verdict implements(const TypePtr& type, const std::string& traitPath, const BoundList* scope = nullptr) const {
        return implements(type, TraitBound{traitPath, {}, {}}, scope);
    }
    /// The first positive impl of the trait whose self type and bounds fit.
    std::optional<ImplMatch> findImpl(const TypePtr& type, const TraitBound& bound, const BoundList* scope = nullptr,
                                      int depth = 0) const;
    /// Every impl (positive or negative) whose self type matches, bounds not checked.
    std::vector<ImplMatch> matchingImpls(const TypePtr& type, const std::string& traitPath) const;
    bool hasAnyImpl(const std::string& adtPath, const std::string& traitPath) const;

    /// `<type as trait>::name`; an empty trait path searches every impl. Null if unknown.
    TypePtr assocType(const TypePtr& type, const std::string& traitPath, const std::string& name,
                      const BoundList* scope = nullptr, int depth = 0) const;
    /// Resolves the projections inside a type wherever the impls tell.
    TypePtr normalize(const TypePtr& type, const BoundList* scope = nullptr, int depth = 0) const;

    Verdict isCopy(const TypePtr& type, int depth = 0) const;
    /// `Fields of a struct / union, or of every enum variant, substituted for the type's arguments.
    std::vector<std::pair<std::string, TypePtr>> fields(const TypePtr& adtType) const;
    /// True when one trait is the other or one of its (transitive) supertraits.
    bool traitImplies(const std::string& have, const std::string& want, int depth = 0) const;

    const ItemIndex& index() const { return m_index; }

  private:
    Verdict builtin(const TypePtr& type, const TraitBound& bound, const BoundList* scope, int depth,
                    bool& decided) const;
    Verdict fromBounds(const TypePtr& type, const TraitBound& bound, const std::vector<TraitBound>& have) const;
    Verdict fromScope(const TypePtr& type, const TraitBound& bound, const BoundList* scope) const;
    Verdict boundsHold(const ImplDef& impl, const Substitution& subst, const BoundList* scope, int depth) const;
    void constrainByProjections(const ImplDef& impl, Substitution& subst, const BoundList* scope, int depth) const;
    Verdict derived(const AdtDef& adt, const TypePtr& type, const std::string& traitName, int depth) const;
    TypePtr normalizeBounds(const TypePtr& type, const BoundList* scope, int depth) const;
    TypePtr builtinAssoc(const TypePtr& type, const std::string& traitPath, const std::string& name) const;

    const ItemIndex& m_index;
};

/// Substitution that maps an ADT's declared generics to a concrete type's arguments.
Substitution adtSubstitution(const AdtDef& adt, const TypePtr& type);

} // namespace awaitscope
