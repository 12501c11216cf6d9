#include "project/DependencyGraph.h"

#include "project/CfgSet.h"
#include "project/LocalRegistry.h"
#include "project/ManifestReader.h"

#include <deque>
#include <filesystem>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

/// The features a dependency edge asks for: its own `features = [..]`, and "dep/feature"
/// (or "dep?/feature") in the depending package's enabled features.
std::vector<std::string> requestedBy(const CargoDependency& edge, const CargoPackage& from,
                                     const std::vector<std::string>& enabled) {
    std::vector<std::string> out = edge.features;
    for (const std::string& f : enabled) {
        auto it = from.features.find(f);
        if (it == from.features.end()) continue;
        for (const std::string& entry : it->second)
            for (const std::string& prefix : {edge.name + "/", edge.name + "?/"})
                if (entry.rfind(prefix, 0) == 0) out.push_back(entry.substr(prefix.size()));
    }
    return out;
}

/// The package a path dependency points at: a workspace member or its own manifest.
std::optional<CargoPackage> pathPackage(const ProjectLocation& location, const CargoDependency& edge) {
    const std::string manifest = (fs::path(edge.path) / "Cargo.toml").lexically_normal().string();
    for (const CargoPackage& p : location.workspace.members)
        if (fs::path(p.manifestPath).lexically_normal().string() == manifest) return p;
    return readManifest(manifest).package;
}

} // namespace

bool DependencyGraph::active(const CargoDependency& edge, const std::vector<std::string>& features,
                             const CargoPackage& from) {
    if (!edge.kind.empty()) return false; // dev- and build-dependencies are not the lib's
    if (!edge.target.empty() && !CfgSet::host().attributeAllows(edge.target)) return false;
    if (!edge.target.empty() && edge.target.rfind("cfg(", 0) != 0) return false; // another target triple
    if (!edge.optional) return true;
    for (const std::string& f : features) {
        if (f == edge.name) return true;
        auto it = from.features.find(f);
        if (it == from.features.end()) continue;
        for (const std::string& entry : it->second)
            if (entry == "dep:" + edge.name || entry.rfind(edge.name + "/", 0) == 0) return true;
    }
    return false;
}

std::optional<CargoPackage> DependencyGraph::registryPackage(const std::string& dependingManifest,
                                                             const CargoDependency& edge) {
    const auto dir = findInLocalRegistry(edge.package, edge.req, localRegistryRoots(dependingManifest));
    if (!dir) return std::nullopt;
    return readManifest((fs::path(*dir) / "Cargo.toml").string()).package;
}

std::optional<CargoPackage> DependencyGraph::resolve(const CargoPackage& from, const CargoDependency& edge) const {
    if (!edge.path.empty()) return pathPackage(m_location, edge);
    return registryPackage(from.manifestPath, edge);
}

// A fixpoint over the packages: a package's enabled features decide which of its optional
// dependencies are on and what each is asked for, and requests only grow, so each package
// is revisited only when a new request reaches it.
DependencyGraph::DependencyGraph(const ProjectLocation& location, const CargoPackage& root,
                                 const std::vector<std::string>& features)
    : m_location(location), m_rootManifest(root.manifestPath), m_rootFeatures(features) {
    std::map<std::string, CargoPackage> packages{{root.manifestPath, root}};
    std::deque<std::string> work{root.manifestPath};
    while (!work.empty()) {
        const CargoPackage& from = packages.at(work.front()); // std::map: stable across emplace
        work.pop_front();
        const std::vector<std::string> enabled = enabledOn(from);
        for (const CargoDependency& edge : from.dependencies) {
            if (!active(edge, enabled, from)) continue;
            const std::string key = from.manifestPath + "|" + edge.name;
            if (!m_targets.count(key)) m_targets[key] = resolve(from, edge);
            const std::optional<CargoPackage>& to = m_targets[key];
            if (!to || !to->lib()) continue;
            Requests& r = m_requests[to->manifestPath];
            bool grew = packages.emplace(to->manifestPath, *to).second;
            for (const std::string& f : requestedBy(edge, from, enabled)) grew = r.features.insert(f).second || grew;
            if (edge.defaultFeatures && !r.defaults) grew = r.defaults = true;
            if (grew) work.push_back(to->manifestPath);
        }
    }
    for (const auto& [manifest, package] : packages) m_enabled[manifest] = enabledOn(package);
}

std::vector<std::string> DependencyGraph::enabledOn(const CargoPackage& package) const {
    if (package.manifestPath == m_rootManifest) return m_rootFeatures;
    auto it = m_requests.find(package.manifestPath);
    if (it == m_requests.end()) return enabledFeatures(package, {}, true);
    return enabledFeatures(package, {it->second.features.begin(), it->second.features.end()}, !it->second.defaults);
}

const std::optional<CargoPackage>& DependencyGraph::target(const CargoPackage& from,
                                                           const CargoDependency& edge) const {
    static const std::optional<CargoPackage> none;
    auto it = m_targets.find(from.manifestPath + "|" + edge.name);
    return it == m_targets.end() ? none : it->second;
}

const std::vector<std::string>& DependencyGraph::featuresOf(const CargoPackage& package) const {
    static const std::vector<std::string> none;
    auto it = m_enabled.find(package.manifestPath);
    return it == m_enabled.end() ? none : it->second;
}

} // namespace awaitscope
