#pragma once
// Structural operations on types: a canonical key (equality, memo tables), substitution
// of generic parameters, and one-way unification of a pattern (an impl's self type, a
// parameter type) against a concrete type.

#include "types/Type.h"
#include "types/TypeContext.h"

#include <map>
#include <set>
#include <string>

namespace awaitscope {

/// A canonical string for a type: equal keys mean equal types (lifetimes ignored).
std::string typeKey(const TypePtr& type);
bool sameType(const TypePtr& a, const TypePtr& b);

/// Replaces Param types named in `subst`; Projections are left for the caller to normalize.
TypePtr substitute(const TypePtr& type, const Substitution& subst);

/// The name an `impl Trait` parameter type carries as an anonymous generic parameter
/// (`impl@BYTE`, from its place), which a call's substitution gives the argument's type.
std::string implParamName(const SyntaxNode& implTrait);
TraitBound substitute(const TraitBound& bound, const Substitution& subst);

/// Binds the parameters in `vars` found in `pattern` so that it equals `concrete`.
/// Unknown on either side matches anything (without binding). False on a clash.
bool unify(const TypePtr& pattern, const TypePtr& concrete, const std::set<std::string>& vars, Substitution& subst);

/// Lifetimes of a signature become what a body sees: `'a` -> `'_`, `'static` stays.
TypePtr eraseLifetimes(const TypePtr& type);

/// Renames lifetimes (`'a` -> `'static`) in ADT arguments, references and `dyn` bounds.
TypePtr substituteLifetimes(const TypePtr& type, const std::map<std::string, std::string>& map);

/// True when a Param (other than those in `allowed`) or an unresolved Projection is inside.
bool containsParam(const TypePtr& type);

/// True when a future (the file's or a library's) is among the type's components: its
/// layout and drop glue are more than the type's key says (a body in another file, a
/// generic instance's arguments), so answers about it are not cached by key.
bool containsFuture(const TypePtr& type);

/// A copy of `type` with a different set of components (keeps everything else).
TypePtr withArgs(const TypePtr& type, std::vector<TypePtr> args);

} // namespace awaitscope
