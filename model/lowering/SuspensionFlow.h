#pragma once
// Which suspension point a poll can stop at next, read from a body's control-flow graph.
// A poll runs from where the future was left (its start, or just after the N-th
// suspension) until it reaches a suspension point or the end of the body; every such
// stop is a move between states. rustc's coroutine transform
// (rustc_mir_transform/src/coroutine.rs, `create_coroutine_resume_function`) builds one
// resume target per suspension point and jumps between them along the same MIR edges,
// so a loop around an await takes SuspendN back to SuspendN.

#include "data/Snapshot.h"
#include "lowering/Cfg.h"

#include <vector>

namespace awaitscope {

class SuspensionFlow {
  public:
    /// States are numbered as in FutureInfo: 0 Unresumed, 1 + N SuspendN, then Returned at
    /// 1 + suspensionCount. Blocks that end without successors return from the body.
    static std::vector<Transition> transitions(const Cfg& cfg, int suspensionCount);

  private:
    struct Place {
        int block = 0;
        size_t instr = 0; // the first instruction to run
    };
    static void followFrom(const Cfg& cfg, Place start, int from, int returned, std::vector<Transition>& out);
    static std::vector<Place> resumePoints(const Cfg& cfg, int suspensionCount);
};

} // namespace awaitscope
