#include "lowering/LoweringCache.h"

#include <algorithm>

namespace awaitscope {

LoweringCache& LoweringCache::shared() {
    static LoweringCache* cache = new LoweringCache; // never destroyed: used until exit
    return *cache;
}

std::shared_ptr<const KeptLowering> LoweringCache::previous(const std::string& path,
                                                            const std::string& skeleton) const {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const File& f) { return f.path == path; });
    if (it == m_files.end() || it->kept->skeleton != skeleton) return nullptr;
    return it->kept;
}

void LoweringCache::keep(const std::string& path, std::shared_ptr<const KeptLowering> kept, int reused, int total) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const File& f) { return f.path == path; });
    if (it != m_files.end()) m_files.erase(it);
    if (m_files.size() == kFilesKept) m_files.erase(m_files.begin());
    m_files.push_back({path, std::move(kept), {reused, total}});
}

LoweringCache::Counts LoweringCache::lastCounts(const std::string& path) const {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const File& f) { return f.path == path; });
    return it == m_files.end() ? Counts{} : it->counts;
}

} // namespace awaitscope
