#pragma once
// The auto-trait solver: is a type Send / Sync, and *why*, as data.
//
// Rules (as rustc applies them): an explicit impl decides (positive, conditional on its
// where-clauses, or negative - a negative impl makes the type a *leaf*, the type rustc
// names in its help line); otherwise the type is Send/Sync iff all its components are:
// fields of structs / enum variants (with generic substitution), tuple and array
// elements, closure captures, and a future's upvars plus every value saved in any
// Suspend state (awaitees included, recursively). `&T: Send` needs `T: Sync`;
// `&mut T: Send` needs `T: Send`; raw pointers are neither; `dyn Trait` is only what its
// bounds say. Unknown types give Unknown, never Yes. Cycles are assumed to hold.

#include "data/ProofNode.h"
#include "data/Verdict.h"
#include "types/Type.h"
#include "util/SharedVector.h"

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

class TypeContext;
struct ImplMatch;

enum class AutoTrait { Send, Sync };
std::string autoTraitName(AutoTrait trait);

/// One step of a derivation: "T: Trait holds / fails because ...".
struct Derivation {
    AutoTrait trait = AutoTrait::Send;
    TypePtr type;
    std::string typeText; // printed as rustc prints it
    Verdict verdict = Verdict::Unknown;
    DerivationRule kind = DerivationRule::Unknown; // which rule decides
    std::string rule;                              // in words: "`&T` is Send only if `T` is Sync",
                                                   // "impl !Send for Rc<T>", "field `value: NonNull<T>`"
    bool isLeaf = false;                           // fails (or is unknown) here, not through a component
    SharedVector<Derivation> children;             // the components that decide the verdict (shared by copies)
    std::string via;                               // how the parent reaches this type, in words:
                                                   // "`RefMut<'_, i64>` has field `value: NonNull<i64>`"
};

/// A failing leaf: the trait, the type itself, and the type printed (for display).
struct SolverLeaf {
    AutoTrait trait = AutoTrait::Send;
    TypePtr type;
    std::string text;
    DerivationRule rule = DerivationRule::NoImpl; // the step that ends the proof there
    /// The same obligation: same trait, same type (typeKey, regions erased).
    bool sameAs(const SolverLeaf& other) const;
};

/// A component the solver found inside a type, kept for the path view.
struct FutureField {
    std::string label; // "upvar `state`", "local `guard` in Suspend0", "awaitee `" (then code, suffix)
    TypePtr type;
    std::string_view code; // the awaited or temporary code, held by the lowering
    std::string suffix;    // "` in Suspend0"
    /// The whole label. Built only for a component that decides a verdict: an awaitee's
    /// code holds every block nested in it.
    std::string text() const { return label + std::string(code) + suffix; }
};

/// What the lowering knows about the file's own futures (their saved fields).
class FutureContents {
  public:
    virtual ~FutureContents() = default;
    virtual std::string futureName(int futureIndex) const = 0;
    virtual std::vector<FutureField> fieldsOf(int futureIndex) const = 0;
    /// An async fn's body (its generics are its own), not a block or closure inside a fn.
    virtual bool isAsyncFn(int futureIndex) const = 0;
    /// The hidden type of a fn's `-> impl Trait` (the call's type, `definitionByte` set), when
    /// that fn's body is known here; null otherwise.
    virtual TypePtr hiddenType(const Type&) const { return nullptr; }
};

class AutoTraitSolver {
  public:
    AutoTraitSolver(const TypeContext& types, const FutureContents* futures);

    Derivation solve(const TypePtr& type, AutoTrait trait) const;
    Verdict verdict(const TypePtr& type, AutoTrait trait) const { return solve(type, trait).verdict; }
    /// A value of a future's body as seen from outside the generics the body declares (its
    /// callers): its own parameters are no longer rigid (unknown unless their bounds say).
    TypePtr seenFromOutside(const TypePtr& type) const { return closedInstance(type, {}); }

    /// The proof as data: the failing (No) steps only; with `wanted`, only the branches that
    /// end at one of those leaves (the same trait and type: sameType, regions erased).
    static ProofNode proof(const Derivation& d, const std::vector<SolverLeaf>* wanted = nullptr);

    /// The failing leaves under a derivation, deduplicated by type (regions erased, as rustc
    /// erases them for auto-trait obligations), in first-seen order.
    static std::vector<SolverLeaf> typedLeaves(const Derivation& d);
    /// The same leaves, printed (trait, type as rustc prints it): for tests and display.
    static std::vector<std::pair<AutoTrait, std::string>> leaves(const Derivation& d);

    /// The `Self` of a trait's future or opaque type reached through a bound; null otherwise.
    static TypePtr traitSelf(const Type& alias);
    /// A parameter of the generics in scope: rigid there (only its bounds say anything).
    static bool isRigidParam(const TypePtr& type);

  private:
    /// rustc's default recursion_limit: deeper obligations overflow (E0275).
    static constexpr size_t kRecursionLimit = 128;
    Derivation solveInner(const TypePtr& type, AutoTrait trait, std::set<std::string>& inProgress) const;
    Derivation beyondRecursionLimit(const TypePtr& type, AutoTrait trait) const;
    Derivation solveAdt(const TypePtr& type, AutoTrait trait, Derivation d, std::set<std::string>& inProgress) const;
    Derivation solveByImpl(const TypePtr& type, AutoTrait trait, Derivation d, const ImplMatch& m,
                           std::set<std::string>& inProgress) const;
    Derivation allOf(Derivation d, std::vector<Derivation> components) const;
    /// `via` (a callable giving the words) is asked only if the component can decide.
    template <class Via>
    Derivation component(const TypePtr& type, AutoTrait trait, const Via& via, std::set<std::string>& inProgress) const;
    Derivation solveDyn(const TypePtr& type, AutoTrait trait, Derivation d, std::set<std::string>& inProgress) const;
    Derivation solveFuture(const TypePtr& type, AutoTrait trait, Derivation d, std::set<std::string>& inProgress) const;
    /// A field of a future seen from outside its body's generics: `generics` (the instance's
    /// arguments) put in, every other parameter no longer the site's rigid one.
    /// A trait's async fn's future through a parameter of the generics in scope (`T::bar()`).
    static bool isRigidTraitFuture(const Type& future);
    TypePtr closedInstance(const TypePtr& type, const std::map<std::string, TypePtr>& generics) const;

    const TypeContext& m_types;
    const FutureContents* m_futures;
    // Results per (trait, type); one solver serves one analysis, but stay safe if shared.
    mutable std::mutex m_mutex;
    mutable std::map<std::string, Derivation> m_cache;
};

} // namespace awaitscope
