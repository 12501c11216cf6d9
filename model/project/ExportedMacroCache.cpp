#include "ExportedMacroCache.h"

#include "project/LibraryMacros.h"

#include <filesystem>

namespace awaitscope {

const std::map<std::string, MacroRules>& ExportedMacroCache::macrosOf(const std::string& crateName,
                                                                      const std::string& rootFile) {
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto key = std::make_pair(crateName, rootFile);
    auto it = m_crates.find(key);
    if (it == m_crates.end()) {
        // A `#[macro_export]` macro may be written in any module of the crate.
        const std::string sourceDir = std::filesystem::path(rootFile).parent_path().string();
        it = m_crates.emplace(key, exportedMacrosIn(crateName, sourceDir)).first;
    }
    return it->second;
}

} // namespace awaitscope
