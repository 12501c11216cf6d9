#include "lowering/Cfg.h"

namespace awaitscope {

std::vector<std::vector<int>> Cfg::predecessors() const {
    std::vector<std::vector<int>> preds(m_blocks.size());
    for (size_t b = 0; b < m_blocks.size(); ++b)
        for (int s : m_blocks[b].successors) preds[s].push_back(static_cast<int>(b));
    return preds;
}

int Cfg::addUnwindScope(std::vector<int> locals) {
    if (m_unwindScopes.empty() || m_unwindScopes.back() != locals) m_unwindScopes.push_back(std::move(locals));
    return static_cast<int>(m_unwindScopes.size()) - 1;
}

void Cfg::eraseFromUnwindScopes(int first, int local) {
    for (size_t s = static_cast<size_t>(first); s < m_unwindScopes.size(); ++s) std::erase(m_unwindScopes[s], local);
}

void Cfg::renumberSuspensions(const std::vector<int>& newIndex) {
    for (BasicBlock& block : m_blocks) {
        for (Instr& in : block.instrs)
            if (in.op == Op::Suspend && in.suspension >= 0 && in.suspension < static_cast<int>(newIndex.size()))
                in.suspension = newIndex[static_cast<size_t>(in.suspension)];
        std::erase_if(block.instrs, [](const Instr& in) { return in.op == Op::Suspend && in.suspension < 0; });
    }
}

} // namespace awaitscope
