#include "CargoPackage.h"

#include <set>

namespace awaitscope {

std::string CargoPackage::directory() const {
    const size_t slash = manifestPath.rfind('/');
    return slash == std::string::npos ? "." : manifestPath.substr(0, slash);
}

const CargoTarget* CargoPackage::lib() const {
    for (const CargoTarget& t : targets)
        if (t.kind == "lib") return &t;
    return nullptr;
}

std::vector<std::string> enabledFeatures(const CargoPackage& package, const std::vector<std::string>& requested,
                                         bool noDefault) {
    // cargo: core/resolver/features.rs; a feature enables the features it lists.
    std::set<std::string> on;
    std::vector<std::string> work = requested;
    if (!noDefault && package.features.count("default")) work.push_back("default");
    while (!work.empty()) {
        std::string f = work.back();
        work.pop_back();
        if (f.rfind("dep:", 0) == 0) continue; // enables a dependency only
        if (const size_t slash = f.find('/'); slash != std::string::npos) {
            std::string dep = f.substr(0, slash);            // "x/y" or "x?/y"
            if (!dep.empty() && dep.back() == '?') continue; // only if x is on anyway
            bool optionalDep = false;
            for (const CargoDependency& d : package.dependencies) optionalDep |= d.optional && d.name == dep;
            if (!optionalDep && !package.features.count(dep)) continue;
            f = dep;
        }
        if (!on.insert(f).second) continue;
        if (auto it = package.features.find(f); it != package.features.end())
            work.insert(work.end(), it->second.begin(), it->second.end());
    }
    return {on.begin(), on.end()}; // "default" stays: cargo passes --cfg feature="default" too
}

} // namespace awaitscope
