#pragma once
// Which saved locals need their storage at the same time somewhere in the body, so that
// the coroutine layout may not overlap them: rustc's compute_storage_conflicts
// (rustc_mir_transform/src/coroutine.rs) over the MaybeRequiresStorage analysis
// (rustc_mir_dataflow/src/impls/storage_liveness.rs). A local needs storage from its
// first assignment or borrow until its StorageDead, or until it is moved out when it was
// never borrowed. An awaitee needs storage while its await polls it.

#include "lowering/Cfg.h"

#include <vector>

namespace awaitscope {

class StorageConflicts {
  public:
    /// `saved`: the saved locals (ids of the CFG) in rustc's order; `awaitees[i]`: the
    /// position in that order of the awaitee of suspension i. Returns the symmetric
    /// matrix over that order, with the diagonal set.
    static std::vector<std::vector<char>> compute(const Cfg& cfg, int localCount, const std::vector<int>& savedIds,
                                                  const std::vector<int>& awaiteeSlots);

  private:
    struct State {
        std::vector<char> needed;
        std::vector<char> borrowed;
        bool operator==(const State&) const = default;
    };
    static void transfer(const Instr& instr, State& state);
    static std::vector<State> entryStates(const Cfg& cfg, int localCount);
};

} // namespace awaitscope
