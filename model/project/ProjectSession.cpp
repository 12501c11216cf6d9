#include "ProjectSession.h"

#include "project/CrateModel.h"
#include "project/LocalRegistry.h"
#include "project/ManifestReader.h"
#include "types/PreludeIndex.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

std::string underscored(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

CfgSet cfgFor(const CargoPackage& package, const CargoTarget& target, const std::vector<std::string>& features) {
    CfgSet cfg = CfgSet::host();
    for (const std::string& f : features) cfg.enableFeature(f);
    if (target.kind == "test" || target.kind == "bench") cfg.set("test"); // built with --test
    (void)package;
    return cfg;
}

std::vector<std::string> featuresOf(const CargoPackage& package, const ProjectOptions& options) {
    return enabledFeatures(package, options.features, options.noDefaultFeatures);
}

/// Whether a dependency is compiled in: not optional, or switched on by a feature.
bool dependencyActive(const CargoDependency& d, const std::vector<std::string>& features, const CargoPackage& package) {
    if (!d.kind.empty()) return false; // dev- and build-dependencies are not the lib's
    if (!d.target.empty() && !CfgSet::host().attributeAllows(d.target)) return false;
    if (!d.target.empty() && d.target.rfind("cfg(", 0) != 0) return false; // another target triple
    if (!d.optional) return true;
    for (const std::string& f : features) {
        if (f == d.name) return true;
        auto it = package.features.find(f);
        if (it == package.features.end()) continue;
        for (const std::string& entry : it->second)
            if (entry == "dep:" + d.name || entry.rfind(d.name + "/", 0) == 0) return true;
    }
    return false;
}

/// The features a dependency is asked for: its own `features = [..]`, and "dep/feature"
/// (or "dep?/feature") in the package's enabled features.
std::vector<std::string> requestedOf(const CargoDependency& d, const CargoPackage& package,
                                     const std::vector<std::string>& enabled) {
    std::vector<std::string> out = d.features;
    for (const std::string& f : enabled) {
        auto it = package.features.find(f);
        if (it == package.features.end()) continue;
        for (const std::string& entry : it->second)
            for (const std::string& prefix : {d.name + "/", d.name + "?/"})
                if (entry.rfind(prefix, 0) == 0) out.push_back(entry.substr(prefix.size()));
    }
    return out;
}

/// The package a path dependency points at: a workspace member or its own manifest.
std::optional<CargoPackage> pathPackage(const ProjectLocation& loc, const CargoDependency& d) {
    const std::string manifest = (fs::path(d.path) / "Cargo.toml").lexically_normal().string();
    for (const CargoPackage& p : loc.workspace.members)
        if (fs::path(p.manifestPath).lexically_normal().string() == manifest) return p;
    ManifestContents m = readManifest(manifest);
    return m.package;
}

/// The package a registry dependency resolves to in a local registry folder (cargo
/// --offline: the newest version the requirement accepts).
std::optional<CargoPackage> registryPackage(const std::string& dependingManifest, const CargoDependency& d) {
    const auto dir = findInLocalRegistry(d.package, d.req, localRegistryRoots(dependingManifest));
    if (!dir) return std::nullopt;
    return readManifest((fs::path(*dir) / "Cargo.toml").string()).package;
}

/// The package a dependency's sources are read from: its path, or the local registry. A
/// crate the prelude describes (tokio, parking_lot, futures...) is read too: the prelude's
/// items are laid over it (types/PreludeOverlay.h), its sources give the rest.
std::optional<CargoPackage> dependencyPackage(const ProjectLocation& loc, const std::string& dependingManifest,
                                              const CargoDependency& d) {
    if (!d.path.empty()) return pathPackage(loc, d);
    return registryPackage(dependingManifest, d);
}

/// A package's active dependencies with their own, to `depth` levels (cargo's graph has no
/// cycles without dev-dependencies; the depth only bounds a broken registry). CrateModel
/// reads each one's sources only if the crate that depends on it names it.
std::vector<CrateModel::Dependency> dependenciesOf(const ProjectLocation& loc, const CargoPackage& package,
                                                   const std::vector<std::string>& features, int depth = 8) {
    std::vector<CrateModel::Dependency> out;
    if (depth == 0) return out;
    for (const CargoDependency& d : package.dependencies) {
        if (!dependencyActive(d, features, package)) continue;
        const std::optional<CargoPackage> dep = dependencyPackage(loc, package.manifestPath, d);
        if (!dep || !dep->lib()) continue;
        const std::vector<std::string> depFeatures =
            enabledFeatures(*dep, requestedOf(d, package, features), !d.defaultFeatures);
        out.push_back({underscored(d.name), dep->lib()->rootFile, cfgFor(*dep, *dep->lib(), depFeatures), dep->edition,
                       dependenciesOf(loc, *dep, depFeatures, depth - 1)});
    }
    return out;
}

std::string cacheKey(const CargoTarget& target, const std::vector<std::string>& features) {
    std::string key = target.rootFile + "|" + target.kind;
    for (const std::string& f : features) key += "|" + f;
    return key;
}

/// Targets in the order a file most likely belongs to them (rust-analyzer asks each
/// target's module tree; the folder says which to ask first).
std::vector<const CargoTarget*> candidateTargets(const CargoPackage& package, const std::string& file) {
    const std::string rel = fs::path(file).lexically_relative(package.directory()).string();
    auto rank = [&](const CargoTarget& t) {
        const bool inTests = rel.rfind("tests/", 0) == 0, inExamples = rel.rfind("examples/", 0) == 0;
        const bool inBenches = rel.rfind("benches/", 0) == 0, inBin = rel.rfind("src/bin/", 0) == 0;
        if (t.rootFile == file) return 0;
        if ((inTests && t.kind == "test") || (inExamples && t.kind == "example") || (inBenches && t.kind == "bench") ||
            (inBin && t.kind == "bin"))
            return 1;
        const bool isLib = t.kind == "lib" || t.kind == "proc-macro";
        if (!inTests && !inExamples && !inBenches && !inBin && isLib) return 1;
        return isLib ? 2 : t.kind == "bin" ? 3 : 4;
    };
    std::vector<const CargoTarget*> out;
    for (const CargoTarget& t : package.targets) out.push_back(&t);
    std::stable_sort(out.begin(), out.end(), [&](auto* a, auto* b) { return rank(*a) < rank(*b); });
    return out;
}

} // namespace

std::shared_ptr<const CrateModel> ProjectSession::crateOf(const ProjectLocation& location, const CargoTarget& target,
                                                          const ProjectOptions& options) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const CrateModel>> cache;
    const CargoPackage& package = *location.package();
    const std::vector<std::string> features = featuresOf(package, options);
    const std::string key = cacheKey(target, features);
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    auto crate = loadCrate(location, target, options);
    cache[key] = crate;
    return crate;
}

std::shared_ptr<const CrateModel> ProjectSession::loadCrate(const ProjectLocation& location, const CargoTarget& target,
                                                            const ProjectOptions& options) {
    const CargoPackage& package = *location.package();
    const std::vector<std::string> features = featuresOf(package, options);
    return CrateModel::load(target.rootFile, cfgFor(package, target, features),
                            dependenciesOf(location, package, features));
}

ProjectInfo ProjectSession::infoFor(const ProjectLocation& location, const CargoTarget& target,
                                    const ProjectOptions& options, const CrateModel* crate,
                                    const std::string& modulePath) {
    const CargoPackage& package = *location.package();
    ProjectInfo info;
    info.manifest = location.manifestPath;
    info.crate = target.name;
    info.target = target.kind;
    info.edition = package.edition;
    info.features = featuresOf(package, options);
    info.module = modulePath.empty() ? "crate" : "crate::" + modulePath;
    info.via = location.via;
    info.unresolved = location.problems;
    if (crate) {
        info.files = static_cast<int>(crate->expansion().files().size());
        for (const std::string& p : crate->problems()) info.unresolved.push_back(p);
    }
    const auto prelude = PreludeIndex::get();
    for (const CargoDependency& d : package.dependencies) {
        if (!dependencyActive(d, info.features, package)) continue;
        ++info.dependencies;
        const std::string name = underscored(d.name);
        if (d.path.empty() && !prelude->crateRoot(name) && !registryPackage(package.manifestPath, d))
            info.unresolved.push_back("dependency " + d.package + " " + d.req +
                                      ": no source in a local registry (its types are unknown)");
    }
    return info;
}

std::shared_ptr<const FileInProject> ProjectSession::forFile(const std::string& file, const ProjectOptions& options) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const FileInProject>> cache;
    std::string key = file + (options.noDefaultFeatures ? "|no-default" : "") + (options.useCargo ? "|cargo" : "");
    for (const std::string& f : options.features) key += "|" + f;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    auto found = locate(file, options);
    std::lock_guard<std::mutex> lock(mutex);
    cache[key] = found;
    return found;
}

std::shared_ptr<const FileInProject> ProjectSession::locate(const std::string& file, const ProjectOptions& options) {
    const std::optional<ProjectLocation> location = locateProject(file, options.useCargo);
    if (!location) return nullptr;
    auto out = std::make_shared<FileInProject>();
    std::error_code ec;
    out->diskPath = fs::weakly_canonical(fs::absolute(file, ec), ec).string();
    const CargoPackage* package = location->package();
    if (!package) {
        out->info.manifest = location->manifestPath;
        out->info.via = location->via;
        out->info.unresolved = location->problems;
        return out;
    }
    int asked = 0;
    for (const CargoTarget* target : candidateTargets(*package, out->diskPath)) {
        if (++asked > 3) break; // the likely targets are asked; loading every example is not worth it
        auto crate = crateOf(*location, *target, options);
        if (const CrateFile* f = crate->expansion().fileOf(out->diskPath)) {
            out->crate = crate;
            out->modulePath = f->modulePath;
            out->info = infoFor(*location, *target, options, crate.get(), f->modulePath);
            return out;
        }
    }
    const CargoTarget* first = package->targets.empty() ? nullptr : &package->targets.front();
    if (first) out->info = infoFor(*location, *first, options, nullptr, "");
    out->info.module = "";
    out->info.unresolved.push_back(out->diskPath + " is in no target's module tree: analysed alone");
    return out;
}

} // namespace awaitscope
