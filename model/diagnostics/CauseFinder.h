#pragma once
// Given a future that is not Send, finds the values to blame, as rustc does. rustc emits
// one error per failing leaf type and, for each, blames the first value of the future
// whose type contains that leaf - looking at the values saved inside the state machine
// (locals held across an await, awaited futures) before the captured upvars, and looking
// *into* nested futures of the file (it blames the value inside the callee). Each cause
// here is one blamed value, with the leaves rustc attributes to it and its derivation:
// the route from the Send-requiring site through the futures and states that hold it,
// then the solver's proof for its type, down to the leaves.

#include "data/Snapshot.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"

#include <set>
#include <string>
#include <vector>

namespace awaitscope {

class FileLowering;
class TypeContext;
struct LoweredFuture;

class CauseFinder {
  public:
    CauseFinder(const FileLowering& lowering, const TypeContext& types, const AutoTraitSolver& solver)
        : m_lowering(lowering), m_types(types), m_solver(solver) {}

    std::vector<Cause> causes(const TypePtr& future, const Derivation& derivation, const std::string& requiredBy,
                              AutoTrait trait = AutoTrait::Send) const;

    struct Candidate {
        Cause cause; // kind, variable, position, await
        TypePtr type;
        // How the site reaches this value: the site's future, then one step per future
        // or state that holds it (the last one holds the value itself).
        std::vector<ProofNode> route;
    };

  private:
    // `generics`: the instance's arguments where the future is of a generic async fn
    // (`run::<Local>`). rustc blames its values by their generic types (a held `T` is not
    // blamed for the `Rc` it is here), but looks into the future an instance's impl gives an
    // awaited trait fn (`source.fetch()` is `<Local as Source>::fetch`'s future).
    void collect(int futureIndex, std::vector<ProofNode> route, std::vector<Candidate>& out, std::set<int>& visited,
                 const Substitution& generics) const;
    void collectInterior(const LoweredFuture& f, const std::vector<ProofNode>& route, std::vector<Candidate>& out,
                         std::set<int>& visited, const Substitution& generics) const;
    void collectUpvars(const LoweredFuture& f, const std::vector<ProofNode>& route, std::vector<Candidate>& out,
                       const Substitution& generics) const;
    static TypePtr inInstance(const TypePtr& type, const Substitution& generics);
    bool intoNestedFutures(const TypePtr& type, const std::vector<ProofNode>& route, std::vector<Candidate>& out,
                           std::set<int>& visited, const Substitution& generics = {}) const;
    ProofNode heldStep(HeldValue held, const std::string& via, const TypePtr& type) const;

    const FileLowering& m_lowering;
    const TypeContext& m_types;
    const AutoTraitSolver& m_solver;
};

/// The derivation's failing branches that end at one of `leaves`, as a proof.
ProofNode proofTo(const Derivation& d, const std::vector<Leaf>& leaves);

} // namespace awaitscope
