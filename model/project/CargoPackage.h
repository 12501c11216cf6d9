#pragma once
// A Cargo package as the analysis needs it: its targets, features and dependencies, from
// `cargo metadata` or read from Cargo.toml (the same fields either way).

#include <map>
#include <string>
#include <vector>

namespace awaitscope {

struct CargoTarget {
    std::string name;
    std::string kind;     // lib, bin, test, example, bench (proc-macro, cdylib... count as lib)
    std::string rootFile; // absolute path of the crate root: src/lib.rs, src/main.rs ...
};

struct CargoDependency {
    std::string name;    // its key in [dependencies] (a rename); code says it with _ for -
    std::string package; // the package's own name
    std::string path;    // directory of a path dependency; "" otherwise
    std::string req;     // version requirement ("1.0", "^0.8.4"); "" for any
    bool optional = false;
    bool defaultFeatures = true;
    std::vector<std::string> features;
    std::string kind;   // "" (normal), "dev", "build"
    std::string target; // [target.'cfg(windows)'.dependencies]: "cfg(windows)"; "" for every target
};

struct CargoPackage {
    std::string name;
    std::string version;
    std::string manifestPath; // absolute path of its Cargo.toml
    std::string edition = "2015";
    std::vector<CargoTarget> targets;
    std::map<std::string, std::vector<std::string>> features; // [features] table, "default" included
    std::vector<CargoDependency> dependencies;

    std::string directory() const;
    /// The lib target, if the package has one.
    const CargoTarget* lib() const;
};

struct CargoWorkspace {
    std::string root;                  // directory of the workspace's Cargo.toml
    std::vector<CargoPackage> members; // every member package (one for a lone package)
    std::vector<std::string> problems; // manifests that could not be read, in words
};

/// Which features are on, as cargo passes them to rustc (--cfg feature="..."): `requested`
/// (plus "default" unless `noDefault`, itself a feature), closed over the
/// [features] table. "dep:x" and "x/y" entries name dependencies, not features of the
/// package; an optional dependency named in them (or by itself) is a feature too.
std::vector<std::string> enabledFeatures(const CargoPackage& package, const std::vector<std::string>& requested,
                                         bool noDefault);

} // namespace awaitscope
