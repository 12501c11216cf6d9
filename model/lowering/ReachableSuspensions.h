#pragma once
// Which suspension points a body can reach. rustc builds a `yield` for every `.await` it
// lowers, then, before the coroutine transform numbers them, SimplifyCfg removes the
// blocks no path from the start reaches (rustc_mir_transform/src/simplify.rs,
// `remove_dead_blocks`): an `.await` after a call that never returns (`-> !`, an empty
// enum, `panic!`), after a `return` or after a `loop` without `break` has no state. The
// ones left keep their order (the pass compacts blocks, it does not reorder them), so
// SuspendN is the N-th reachable suspension.

#include "lowering/Cfg.h"

#include <vector>

namespace awaitscope {

class ReachableSuspensions {
  public:
    /// The suspension numbers, out of `count`, that a path from the entry reaches, ascending.
    static std::vector<int> of(const Cfg& cfg, int count);
    /// For each old suspension number, its number among `kept`, or -1.
    static std::vector<int> renumbering(const std::vector<int>& kept, int count);
};

} // namespace awaitscope
