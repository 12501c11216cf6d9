#include "lowering/Cfg.h"

namespace awaitscope {

std::vector<std::vector<int>> Cfg::predecessors() const {
    std::vector<std::vector<int>> preds(m_blocks.size());
    for (size_t b = 0; b < m_blocks.size(); ++b)
        for (int s : m_blocks[b].successors) preds[s].push_back(static_cast<int>(b));
    return preds;
}

} // namespace awaitscope
