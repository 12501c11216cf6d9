#include "lowering/StorageConflicts.h"

#include <deque>

namespace awaitscope {

void StorageConflicts::transfer(const Instr& instr, State& s) {
    if (instr.local < 0) return;
    switch (instr.op) {
    case Op::Borrow:
        s.borrowed[instr.local] = 1;
        s.needed[instr.local] = 1;
        break;
    case Op::Init: s.needed[instr.local] = 1; break;
    case Op::Move: // only a move of the whole local, and only when nothing borrowed it
        if (!s.borrowed[instr.local]) s.needed[instr.local] = 0;
        break;
    case Op::StorageDead:
        s.needed[instr.local] = 0;
        s.borrowed[instr.local] = 0;
        break;
    default: break;
    }
}

std::vector<StorageConflicts::State> StorageConflicts::entryStates(const Cfg& cfg, int localCount) {
    const auto& blocks = cfg.blocks();
    const State empty{std::vector<char>(localCount, 0), std::vector<char>(localCount, 0)};
    std::vector<State> entry(blocks.size(), empty);
    std::vector<char> reached(blocks.size(), 0);
    std::deque<int> work{cfg.entry()};
    reached[cfg.entry()] = 1;
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        State s = entry[b];
        for (const Instr& i : blocks[b].instrs) transfer(i, s);
        for (int next : blocks[b].successors) {
            State merged = entry[next];
            for (int l = 0; l < localCount; ++l) {
                merged.needed[l] |= s.needed[l];
                merged.borrowed[l] |= s.borrowed[l];
            }
            if (reached[next] && merged == entry[next]) continue;
            reached[next] = 1;
            entry[next] = std::move(merged);
            work.push_back(next);
        }
    }
    for (size_t b = 0; b < blocks.size(); ++b)
        if (!reached[b]) entry[b].needed.clear(); // unreachable: no conflicts from here
    return entry;
}

std::vector<std::vector<char>> StorageConflicts::compute(const Cfg& cfg, int localCount,
                                                         const std::vector<int>& savedIds,
                                                         const std::vector<int>& awaiteeSlots) {
    const size_t n = savedIds.size();
    std::vector<std::vector<char>> conflicts(n, std::vector<char>(n, 0));
    std::vector<int> slotOf(localCount, -1);
    for (size_t i = 0; i < n; ++i)
        if (savedIds[i] >= 0 && savedIds[i] < localCount) slotOf[savedIds[i]] = static_cast<int>(i);
    auto record = [&](const State& s, int awaitee) {
        std::vector<int> live;
        for (int l = 0; l < localCount; ++l)
            if (s.needed[l] && slotOf[l] >= 0) live.push_back(slotOf[l]);
        if (awaitee >= 0) live.push_back(awaitee);
        for (int a : live)
            for (int b : live) conflicts[a][b] = 1;
    };
    const auto entry = entryStates(cfg, localCount);
    for (size_t b = 0; b < cfg.blocks().size(); ++b) {
        if (entry[b].needed.empty()) continue;
        State s = entry[b];
        record(s, -1);
        // `let x = fut.await`: MIR writes the result straight into its destination (`x`,
        // or the temporary holding it) inside the await's match arm, while `__awaitee` is
        // still live (its StorageDead ends that arm: rustc_ast_lowering expr.rs,
        // make_lowered_await). So the assignment right after the suspension conflicts with
        // the awaitee too; whatever the body does next (a use, another call) runs after
        // that StorageDead, and the next assignment is no longer the await's.
        int awaiteeStillLive = -1;
        bool afterSuspend = false;
        for (const Instr& i : cfg.blocks()[b].instrs) {
            transfer(i, s);
            const bool suspends =
                i.op == Op::Suspend && i.suspension >= 0 && i.suspension < static_cast<int>(awaiteeSlots.size());
            const bool pollUnwind = afterSuspend && i.op == Op::Unwind; // the poll's own edge
            if (!suspends && !pollUnwind && i.op != Op::StorageLive && i.op != Op::Init) awaiteeStillLive = -1;
            afterSuspend = suspends;
            if (suspends) awaiteeStillLive = awaiteeSlots[i.suspension];
            record(s, awaiteeStillLive);
            if (i.op == Op::Init) awaiteeStillLive = -1;
        }
    }
    for (size_t i = 0; i < n; ++i) conflicts[i][i] = 1;
    return conflicts;
}

} // namespace awaitscope
