#include "lowering/ReachableSuspensions.h"

namespace awaitscope {

std::vector<int> ReachableSuspensions::of(const Cfg& cfg, int count) {
    const auto& blocks = cfg.blocks();
    std::vector<char> seen(blocks.size());
    std::vector<char> reached(static_cast<size_t>(count));
    std::vector<int> work{cfg.entry()};
    seen[static_cast<size_t>(cfg.entry())] = 1;
    while (!work.empty()) {
        const int b = work.back();
        work.pop_back();
        for (const Instr& in : blocks[static_cast<size_t>(b)].instrs)
            if (in.op == Op::Suspend && in.suspension >= 0 && in.suspension < count)
                reached[static_cast<size_t>(in.suspension)] = 1;
        for (int s : blocks[static_cast<size_t>(b)].successors)
            if (!seen[static_cast<size_t>(s)]) {
                seen[static_cast<size_t>(s)] = 1;
                work.push_back(s);
            }
    }
    std::vector<int> kept;
    for (int s = 0; s < count; ++s)
        if (reached[static_cast<size_t>(s)]) kept.push_back(s);
    return kept;
}

std::vector<int> ReachableSuspensions::renumbering(const std::vector<int>& kept, int count) {
    std::vector<int> newIndex(static_cast<size_t>(count), -1);
    for (size_t i = 0; i < kept.size(); ++i) newIndex[static_cast<size_t>(kept[i])] = static_cast<int>(i);
    return newIndex;
}

} // namespace awaitscope
