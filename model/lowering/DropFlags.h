#pragma once
// The drop flags rustc adds to a body (rustc_mir_transform/src/elaborate_drops.rs) and
// which of them a suspension point saves. A local whose destructor may or may not have
// to run at a scope-end drop (initialised on some paths only, or moved out on some) gets
// a `bool` flag: set on assignment, cleared on a move, read at that drop. The flag is a
// local without storage markers, so the coroutine saves it wherever it is live (read
// later before being written) and never overlaps it (compute_storage_conflicts puts
// always-live locals in the prefix).

#include "lowering/Cfg.h"

#include <vector>

namespace awaitscope {

class DropFlags {
public:
    DropFlags(const Cfg& cfg, int localCount, std::vector<char> needsDrop);

    /// Per suspension: the locals whose drop flag is saved there, ascending.
    std::vector<std::vector<int>> savedAtEachSuspension(int suspensions) const;

private:
    std::vector<std::vector<char>> forward(bool uninit) const;
    void transfer(bool uninit, const Instr& instr, std::vector<char>& state) const;
    std::vector<std::vector<char>> conditionalDrops() const; // by block, by instruction

    const Cfg& m_cfg;
    int m_localCount;
    std::vector<char> m_needsDrop;
};

} // namespace awaitscope
