#pragma once
// Integer and float literals without a suffix, as rustc types them: `let round = 0;` is an
// `{integer}` until something pins it (`total += round` with `total: u64`, an argument
// `Duration::from_millis(round)`, `len() + round`), and i32 (f64) if nothing does.
//
// Each unsuffixed literal gets its own variable: a distinct Type object whose identity is
// the variable. Operations that make two numbers one type unify their variables; the
// lowering resolves every type it reports once the body is done.
//
// The same goes for any type a call leaves open (rustc_infer's type variables, created by
// `FnCtxt::instantiate_value_path` for a generic argument no argument gives): the return
// of `Default::default()`, the `T` of `Vec::default()`. Such a variable is an Unknown type
// (every question about it answers "unknown" while the body is lowered) until a later use
// settles it (`let n: u16 = *small`); one nothing settles stays unknown.

#include "types/Type.h"

#include <map>
#include <vector>

namespace awaitscope {

class IntegerInference {
  public:
    /// A fresh `{integer}` / `{float}` variable.
    TypePtr fresh(bool isFloat);
    /// A fresh variable for a type a call leaves open (`_`).
    TypePtr freshType();
    /// A numeric variable (`{integer}` / `{float}`).
    static bool isVariable(const TypePtr& t);
    /// A variable of freshType().
    static bool isTypeVariable(const TypePtr& t);
    /// `a` and `b` must be the same type: their numeric variables (at any depth) are one.
    void unify(const TypePtr& a, const TypePtr& b);
    /// The type with every variable replaced by what pinned it, or by rustc's fallback.
    TypePtr resolve(const TypePtr& t) const;
    /// The type as far as the body has settled it: numbers fall back to i32 / f64 as for
    /// resolve(), but an open type variable stays that variable, so that what a method call
    /// on `Vec<_>` returns still shares it and a later use settles both.
    TypePtr resolveSoFar(const TypePtr& t) const;

  private:
    const Type* root(const Type* variable) const;
    bool mentions(const TypePtr& t, const Type* variableRoot, int depth) const; // the occurs check
    void unifyRoots(const Type* a, const Type* b);
    void bindRoot(const Type* variableRoot, const TypePtr& to);
    TypePtr resolve(const TypePtr& t, int depth, bool keepOpen) const;

    std::map<const Type*, const Type*> m_parent; // union-find over variables
    std::map<const Type*, TypePtr> m_bound;      // a root's concrete type
    // Every variable handed out, kept alive for the body's lifetime: the maps above are keyed
    // by address, and a literal whose value is dropped would otherwise free its variable and
    // let a later literal reuse the address, inheriting a binding it never had.
    std::vector<TypePtr> m_variables;
};

} // namespace awaitscope
