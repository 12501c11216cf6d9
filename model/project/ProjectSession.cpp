#include "ProjectSession.h"

#include "project/CrateModel.h"
#include "project/DependencyGraph.h"
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

/// A package's active dependencies with their own, to `depth` levels (cargo's graph has no
/// cycles without dev-dependencies; the depth only bounds a broken registry), each with the
/// features the whole graph enables on it. CrateModel reads each one's sources only if the
/// crate that depends on it names it.
std::vector<CrateModel::Dependency> dependenciesOf(const DependencyGraph& graph, const CargoPackage& package,
                                                   int depth = 8) {
    std::vector<CrateModel::Dependency> out;
    if (depth == 0) return out;
    for (const CargoDependency& d : package.dependencies) {
        if (!DependencyGraph::active(d, graph.featuresOf(package), package)) continue;
        const std::optional<CargoPackage>& dep = graph.target(package, d);
        if (!dep || !dep->lib()) continue;
        out.push_back({underscored(d.name), dep->lib()->rootFile, cfgFor(*dep, *dep->lib(), graph.featuresOf(*dep)),
                       dep->edition, dependenciesOf(graph, *dep, depth - 1)});
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
    const DependencyGraph graph(location, package, features);
    return CrateModel::load(target.rootFile, cfgFor(package, target, features), dependenciesOf(graph, package));
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
        if (!DependencyGraph::active(d, info.features, package)) continue;
        ++info.dependencies;
        const std::string name = underscored(d.name);
        if (d.path.empty() && !prelude->crateRoot(name) && !DependencyGraph::registryPackage(package.manifestPath, d))
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
