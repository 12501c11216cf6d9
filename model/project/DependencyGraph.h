#pragma once
// A package's dependency graph as cargo resolves it offline, with features unified: each
// package of the graph is compiled once, with the union of the features every edge into
// it asks for (cargo's feature resolver, `src/cargo/core/resolver/features.rs`: for normal
// dependencies of one target, a package's features are the union over its dependents).
// Without this, hyper's `tokio` was the one h2 asked for (no `net`), read first.

#include "project/CargoPackage.h"
#include "project/ProjectLocator.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

class DependencyGraph {
  public:
    /// The graph under `root` with `features` enabled on it.
    DependencyGraph(const ProjectLocation& location, const CargoPackage& root,
                    const std::vector<std::string>& features);

    /// The package a dependency edge leads to (its path, or the local registry); nullopt
    /// if its sources are nowhere here.
    const std::optional<CargoPackage>& target(const CargoPackage& from, const CargoDependency& edge) const;
    /// A package's enabled features after unification (its manifest path as the key).
    const std::vector<std::string>& featuresOf(const CargoPackage& package) const;

    /// Whether a dependency is compiled in: a normal one for this host, not optional or
    /// switched on by an enabled feature.
    static bool active(const CargoDependency& edge, const std::vector<std::string>& features, const CargoPackage& from);
    /// The package a registry dependency resolves to in a local registry folder (cargo
    /// --offline: the newest version the requirement accepts).
    static std::optional<CargoPackage> registryPackage(const std::string& dependingManifest,
                                                       const CargoDependency& edge);

  private:
    struct Requests {
        std::set<std::string> features;
        bool defaults = false;
    };
    std::optional<CargoPackage> resolve(const CargoPackage& from, const CargoDependency& edge) const;
    std::vector<std::string> enabledOn(const CargoPackage& package) const;

    const ProjectLocation& m_location;
    std::string m_rootManifest;
    std::vector<std::string> m_rootFeatures;
    std::map<std::string, std::optional<CargoPackage>> m_targets; // "from manifest|dependency name"
    std::map<std::string, Requests> m_requests;                   // by manifest path
    std::map<std::string, std::vector<std::string>> m_enabled;    // by manifest path, after the fixpoint
};

} // namespace awaitscope
