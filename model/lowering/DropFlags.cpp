#include "lowering/DropFlags.h"

#include <deque>

namespace awaitscope {

DropFlags::DropFlags(const Cfg& cfg, int localCount, std::vector<char> needsDrop)
    : m_cfg(cfg), m_localCount(localCount), m_needsDrop(std::move(needsDrop)) {}

// MaybeInitializedPlaces / MaybeUninitializedPlaces over whole locals.
void DropFlags::transfer(bool uninit, const Instr& in, std::vector<char>& state) const {
    if (in.local < 0) return;
    const bool ends = in.op == Op::Move || in.op == Op::Drop || in.op == Op::StorageDead || in.op == Op::StorageLive;
    if (in.op == Op::Init) state[in.local] = uninit ? 0 : 1;
    else if (ends) state[in.local] = uninit ? 1 : 0;
}

std::vector<std::vector<char>> DropFlags::forward(bool uninit) const {
    const auto& blocks = m_cfg.blocks();
    std::vector<std::vector<char>> entry(blocks.size(), std::vector<char>(m_localCount, 0));
    if (uninit) entry[m_cfg.entry()].assign(m_localCount, 1); // nothing is initialised on entry
    std::vector<char> visited(blocks.size(), 0);
    std::deque<int> work{m_cfg.entry()};
    visited[m_cfg.entry()] = 1;
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        auto state = entry[b];
        for (const Instr& in : blocks[b].instrs) transfer(uninit, in, state);
        for (int s : blocks[b].successors) {
            bool changed = !visited[s];
            for (int l = 0; l < m_localCount; ++l)
                if (state[l] && !entry[s][l]) entry[s][l] = changed = true;
            visited[s] = 1;
            if (changed) work.push_back(s);
        }
    }
    return entry;
}

// A drop whose local may be initialised and may not be: elaborate_drops makes it
// conditional on the local's flag.
std::vector<std::vector<char>> DropFlags::conditionalDrops() const {
    const auto init = forward(false), uninit = forward(true);
    const auto& blocks = m_cfg.blocks();
    std::vector<std::vector<char>> out(blocks.size());
    for (size_t b = 0; b < blocks.size(); ++b) {
        auto i = init[b], u = uninit[b];
        out[b].assign(blocks[b].instrs.size(), 0);
        for (size_t k = 0; k < blocks[b].instrs.size(); ++k) {
            const Instr& in = blocks[b].instrs[k];
            if (in.op == Op::Drop && in.local >= 0 && m_needsDrop[in.local] && i[in.local] && u[in.local]) out[b][k] = 1;
            transfer(false, in, i);
            transfer(true, in, u);
        }
    }
    return out;
}

// Backward liveness of each flag: read at a conditional drop, written by an assignment
// or a move of its local.
std::vector<std::vector<int>> DropFlags::savedAtEachSuspension(int suspensions) const {
    const auto conditional = conditionalDrops();
    const auto& blocks = m_cfg.blocks();
    const auto preds = m_cfg.predecessors();
    std::vector<std::vector<char>> liveOut(blocks.size(), std::vector<char>(m_localCount, 0));
    std::vector<std::vector<int>> saved(suspensions);
    auto liveIn = [&](int b, std::vector<std::vector<int>>* record) {
        auto live = liveOut[b];
        for (size_t k = blocks[b].instrs.size(); k-- > 0;) {
            const Instr& in = blocks[b].instrs[k];
            if (in.op == Op::Suspend && record && in.suspension >= 0 && in.suspension < suspensions)
                for (int l = 0; l < m_localCount; ++l)
                    if (live[l]) (*record)[in.suspension].push_back(l);
            if (in.local < 0) continue;
            if (in.op == Op::Init || in.op == Op::Move) live[in.local] = 0;
            if (conditional[b][k]) live[in.local] = 1;
        }
        return live;
    };
    std::deque<int> work;
    for (size_t b = 0; b < blocks.size(); ++b) work.push_back(static_cast<int>(b));
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        const auto in = liveIn(b, nullptr);
        for (int p : preds[b]) {
            bool changed = false;
            for (int l = 0; l < m_localCount; ++l)
                if (in[l] && !liveOut[p][l]) liveOut[p][l] = changed = true;
            if (changed) work.push_back(p);
        }
    }
    for (size_t b = 0; b < blocks.size(); ++b) liveIn(static_cast<int>(b), &saved);
    return saved;
}

} // namespace awaitscope
