#include "LastGoodAnalysis.h"

namespace awaitscope {

std::shared_ptr<const Snapshot> LastGoodAnalysis::accept(std::shared_ptr<const Snapshot> fresh) {
    const bool broken = !fresh->parseErrors.empty();
    const bool lostFutures = m_good && fresh->futures.size() < m_good->futures.size();
    if (!broken || !lostFutures || m_good->file != fresh->file) {
        m_stale = false;
        if (!broken || !m_good || fresh->futures.size() >= m_good->futures.size()) m_good = fresh;
        return fresh;
    }
    auto merged = std::make_shared<Snapshot>(*fresh);
    merged->futures = m_good->futures;
    merged->diagnostics.clear();
    for (const Diagnostic& d : m_good->diagnostics)
        if (d.code != "parse-error") merged->diagnostics.push_back(d);
    for (const Diagnostic& d : fresh->diagnostics)
        if (d.code == "parse-error") merged->diagnostics.push_back(d);
    m_stale = true;
    return merged;
}

void LastGoodAnalysis::reset() {
    m_good.reset();
    m_stale = false;
}

} // namespace awaitscope
