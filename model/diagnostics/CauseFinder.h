#pragma once
// Given a future that is not Send, finds the values to blame, as rustc does: a value held
// across an await (named by its binding, or by its source text for a temporary), a
// captured value, or an awaited future it cannot see into; a nested async fn of the file
// is looked into, and the value inside it is blamed. Each cause carries its leaf types
// and the path from the future down to them.

#include "analysis/Snapshot.h"
#include "traits/AutoTraitSolver.h"

#include <set>
#include <string>
#include <vector>

namespace awaitscope {

class FileLowering;
class TypeContext;
struct LoweredFuture;

class CauseFinder {
public:
    CauseFinder(const FileLowering& lowering, const TypeContext& types, const AutoTraitSolver& solver,
                const std::vector<FutureInfo>& futures)
        : m_lowering(lowering), m_types(types), m_solver(solver), m_futures(futures) {}

    std::vector<Cause> causes(const TypePtr& future, const Derivation& derivation,
                              const std::string& requiredBy) const;

private:
    void collect(int futureIndex, std::vector<std::string> prefix, std::vector<Cause>& out,
                 std::set<int>& visited) const;
    void blame(Cause cause, const TypePtr& type, std::vector<std::string> prefix,
               std::vector<Cause>& out) const;
    void collectUpvars(const LoweredFuture& f, const std::set<std::string>& heldArguments,
                       const std::vector<std::string>& prefix, std::vector<Cause>& out) const;
    void collectSaved(const LoweredFuture& f, std::set<std::string>& heldArguments,
                      const std::vector<std::string>& prefix, std::vector<Cause>& out,
                      std::set<int>& visited) const;

    const FileLowering& m_lowering;
    const TypeContext& m_types;
    const AutoTraitSolver& m_solver;
    const std::vector<FutureInfo>& m_futures;
};

/// The derivation's failing branches, one step an entry, ending at each leaf.
std::vector<std::string> derivationSteps(const Derivation& d);

} // namespace awaitscope
