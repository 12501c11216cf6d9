#pragma once
// The auto-trait solver's proof as plain data, as the analysis hands it to every consumer
// (the Problems list, the path graph, the text report, the JSON "derivation"): one node
// per step, "`T`: Send fails because ...", with the rule that applies, the words for it,
// and the steps below it. A cause's tree starts at the future that must be Send and runs
// through the futures and states that hold the blamed value (`held`) before the value's
// own type tree: so nothing is ever parsed back out of words.

#include "data/Ids.h"
#include "data/TypeRef.h"
#include "data/Verdict.h"
#include "syntax/TextPosition.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

/// Which rule a step applies (traits/AutoTraitSolver decides it; the JSON prints its name).
enum class DerivationRule {
    Builtin,        // primitives are Send + Sync; raw pointers are neither
    Unknown,        // the type could not be resolved
    Cycle,          // auto traits are coinductive: a type containing itself holds
    Reference,      // `&T: Send` needs `T: Sync`; `&mut T: Send` needs `T: Send`
    Elements,       // tuples, arrays, slices, closures: all their elements
    ObjectBounds,   // `dyn Trait` / `impl Trait`: only what the bounds say
    FutureCaptures, // a library future: what it captures
    FutureState,    // a future of the file: every value any of its states holds
    Fields,         // a struct or enum without an explicit impl: all its fields
    PhantomData,    // PhantomData<T> is what T is
    Impl,           // an explicit (possibly conditional) impl
    NegativeImpl,   // `impl !Send for T`: a leaf
    NoImpl,         // explicit impls exist, none applies: a leaf
    ImplBound,      // an impl's where-clause on another trait
    GenericBound,   // a type parameter: only its declared bounds say
    UnboundedParam, // a parameter of the generics in scope with no bound implying the trait: a
                    // leaf rustc names by "consider restricting type parameter `T`", not as a type
    HiddenType,     // a fn's `impl Trait`: what its hidden type is (auto-trait leakage)
};
std::string derivationRuleName(DerivationRule rule); // "fields", "negative_impl", ...

/// What a future's state holds, where a step goes through a future of the file.
struct HeldValue {
    enum class Kind { Upvar, Local, Awaitee };
    FutureId future; // the future holding it
    int state = -1;  // index in its states; -1: an upvar, kept in every state
    Kind kind = Kind::Local;
    std::string name;                         // the binding, or the awaited / temporary expression
    TextPosition position;                    // where it is introduced
    std::optional<TextPosition> awaitKeyword; // the await it is held across
};

struct ProofNode {
    std::string trait; // "Send" | "Sync"
    std::string type;  // as rustc prints it, for display
    TypePtr ty;        // the type itself (null on a route step the solver did not make)
    DerivationRule rule = DerivationRule::Unknown;
    std::string because; // the rule in words: "`RefMut<'_, T>` is Send if all its fields are"
    std::string via;     // how the parent step reaches this one, in words
    bool leaf = false;   // fails here, not through a component
    Verdict verdict = Verdict::No;
    std::optional<HeldValue> held; // a step into what a future's state holds
    FutureId future;               // a future of the file this step is about
    std::vector<ProofNode> children;

    /// A future of the file the route goes through: its one child is what it holds.
    bool isRouteFuture() const {
        return rule == DerivationRule::FutureState && children.size() == 1 && children.front().held.has_value();
    }
};

/// The proof in words, one step a line, as a Cause's / Diagnostic's "path" gives it: the
/// route from the future to the value (each step's words), then the value's failing
/// type tree, nested by two spaces, leaves marked "  <- leaf".
std::vector<std::string> derivationPath(const ProofNode& root);

/// One step in words: "how it is reached: the rule" (as one path line gives it).
std::string proofStepText(const ProofNode& node);

} // namespace awaitscope
