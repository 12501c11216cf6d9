#pragma once
// The four dataflow analyses rustc runs before it lays out a coroutine, evaluated at
// each suspension point:
//
//   storage live   (forward)  the local's StorageLive was reached and no StorageDead since
//   maybe init     (forward)  some path assigned it and did not move it out; decides
//                             whether a scope-end Drop really runs (drop elaboration)
//   maybe borrowed (forward)  some path took a reference to it (not through a deref) or
//                             ran its drop glue (`x = v` over a value, a field store);
//                             lasts until StorageDead, even after a move or drop()
//   live           (backward) some path reads it later; a Drop that may run is a read
//
//   requires storage (forward) assigned or borrowed on some path, and not moved out since
//                             (unless borrowed: a borrow may still read it)
//
// rustc (coroutine.rs, locals_live_across_suspend_points) then saves a local at a
// suspension point iff   storage_live && (live_after || maybe_borrowed) && requires_storage.

#include "lowering/Cfg.h"

#include <functional>
#include <vector>

namespace awaitscope {

using LocalSet = std::vector<char>; // indexed by local id

struct SuspensionFacts {
    LocalSet storageLive;
    LocalSet maybeBorrowed;
    LocalSet borrowedByDrop; // not borrowed, but its drop glue ran in place (`x = v` over a value)
    LocalSet liveByUse;      // a later read, not counting destructors
    LocalSet liveByDrop;     // only a later destructor call keeps it live
    LocalSet movedOut;       // moved out on every path here and not borrowed: needs no storage
    LocalSet maybeInit;      // some path here assigned it and did not move it out
};

class Dataflow {
  public:
    /// `needsDrop[l]`: the local's type has drop glue (or may: unknown counts as yes).
    Dataflow(const Cfg& cfg, int localCount, std::vector<char> needsDrop);

    /// Facts at each suspension point, indexed by suspension number.
    std::vector<SuspensionFacts> run(int suspensionCount) const;
    /// Locals whose scope-end destructor runs on some paths only (moved out on others):
    /// rustc keeps a drop flag for each (rustc_mir_transform/src/elaborate_drops.rs: a drop
    /// of a place that is maybe-init and maybe-uninit there becomes a conditional drop).
    std::vector<char> dropFlags() const;

    /// Per suspension: the locals whose drop flag the coroutine saves there, ascending. A
    /// flag is a local without storage markers, read at a conditional drop and written by
    /// an assignment or a move of its local: it is saved wherever it is live, and never
    /// overlapped (compute_storage_conflicts puts always-live locals in the prefix).
    std::vector<std::vector<int>> dropFlagsSavedAt(int suspensionCount) const;

  private:
    // What drop elaboration decides: per block and instruction, a conditional scope-end
    // Drop, and an Unwind edge that exists (a call, or a destructor that is not dead); per
    // local, whether its cleanup drop is conditional (some unwind edge reaches it with the
    // value maybe-initialised, some with it maybe-moved-out).
    struct Elaboration {
        std::vector<std::vector<char>> conditional;
        std::vector<std::vector<char>> unwinds;
        std::vector<std::vector<char>> cleanupConditional; // by unwind scope, by position in it
        LocalSet flagged;                                  // locals with a conditional cleanup drop
        // By unwind scope: the locals whose cleanup drop survives elaboration (some edge
        // reaches its node with the value maybe initialised). Liveness reads them there.
        std::vector<std::vector<int>> cleanupDrops;
    };
    // Each local of each unwind scope: the cleanup node it is dropped at (unwindNodes).
    std::vector<std::vector<size_t>> unwindNodes() const;
    enum class Analysis { StorageLive, MaybeInit, MaybeUninit, MaybeBorrowed, MaybeBorrowedOrDropped };
    // `effective` (per block and instruction, a Drop that really runs) is read by MaybeBorrowedOrDropped.
    std::vector<LocalSet> forwardEntryStates(Analysis analysis,
                                             const std::vector<std::vector<char>>* effective = nullptr) const;
    /// `start`: the entry block's state (empty: nothing set).
    std::vector<LocalSet> forwardFixpoint(const std::function<void(int, LocalSet&)>& replay,
                                          const LocalSet& start = {}) const;
    void transferForward(Analysis analysis, const Instr& instr, LocalSet& state, bool effectiveDrop = false) const;
    std::vector<std::vector<char>> effectiveDrops(const std::vector<LocalSet>& maybeInitEntry) const;
    std::vector<LocalSet> requiresStorageEntryStates(const std::vector<LocalSet>& borrowedEntry,
                                                     const std::vector<std::vector<char>>& effective) const;
    void transferRequiresStorage(const Instr& in, const LocalSet& borrowedBefore, LocalSet& state) const;
    Elaboration elaborate() const;
    Elaboration elaborate(const std::vector<LocalSet>& maybeInitEntry) const; // MaybeInit already run
    std::vector<LocalSet> liveExitStates(const std::vector<std::vector<char>>& effective, const Elaboration& e,
                                         bool countDrops) const;
    /// `cleanup`: what the instruction's unwind edge drops, when it has one that exists.
    void transferBackward(const Instr& instr, bool effectiveDrop, const std::vector<int>* cleanup, bool countDrops,
                          LocalSet& live) const;
    static const std::vector<int>* cleanupOf(const Elaboration& e, const Instr& in, size_t block, size_t instr);

    const Cfg& m_cfg;
    int m_localCount;
    std::vector<char> m_needsDrop;
};

} // namespace awaitscope
