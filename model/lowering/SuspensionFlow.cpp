#include "lowering/SuspensionFlow.h"

#include <algorithm>
#include <set>

namespace awaitscope {

std::vector<SuspensionFlow::Place> SuspensionFlow::resumePoints(const Cfg& cfg, int suspensionCount) {
    // Resuming after suspension N continues with the instruction after its Suspend.
    std::vector<Place> points(suspensionCount, Place{-1, 0});
    const auto& blocks = cfg.blocks();
    for (size_t b = 0; b < blocks.size(); ++b)
        for (size_t i = 0; i < blocks[b].instrs.size(); ++i) {
            const Instr& in = blocks[b].instrs[i];
            if (in.op == Op::Suspend && in.suspension >= 0 && in.suspension < suspensionCount)
                points[in.suspension] = {static_cast<int>(b), i + 1};
        }
    return points;
}

void SuspensionFlow::followFrom(const Cfg& cfg, Place start, int from, int returned, std::vector<Transition>& out) {
    const auto& blocks = cfg.blocks();
    std::set<int> seen; // whole blocks entered from their top
    std::vector<Place> work{start};
    const auto add = [&out, from](int to) {
        const Transition t{from, to};
        if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    };
    while (!work.empty()) {
        const Place at = work.back();
        work.pop_back();
        const BasicBlock& block = blocks[at.block];
        bool stopped = false;
        for (size_t i = at.instr; i < block.instrs.size() && !stopped; ++i)
            if (block.instrs[i].op == Op::Suspend && block.instrs[i].suspension >= 0) {
                add(1 + block.instrs[i].suspension); // the poll returns Pending here
                stopped = true;
            }
        if (stopped) continue;
        if (block.successors.empty()) add(returned); // the body returns
        for (int next : block.successors)
            if (seen.insert(next).second) work.push_back({next, 0});
    }
}

std::vector<Transition> SuspensionFlow::transitions(const Cfg& cfg, int suspensionCount) {
    std::vector<Transition> out;
    const int returned = 1 + suspensionCount;
    followFrom(cfg, {cfg.entry(), 0}, 0, returned, out);
    const std::vector<Place> points = resumePoints(cfg, suspensionCount);
    for (int n = 0; n < suspensionCount; ++n)
        if (points[n].block >= 0) followFrom(cfg, points[n], 1 + n, returned, out);
    std::sort(out.begin(), out.end(), [](const Transition& a, const Transition& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    return out;
}

} // namespace awaitscope
