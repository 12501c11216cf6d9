#pragma once
// The crates a standalone file may use (tokio, parking_lot, futures), built once per
// toolchain into the check cache from the local registry (Debian's librust-*-dev sources
// in /usr/share/cargo/registry, or AWAITSCOPE_CARGO_REGISTRY), offline, by a scratch
// package whose crates-io source is replaced by that directory.

#include "compiler/Toolchain.h"

#include <atomic>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

struct DependencySet {
    std::vector<std::pair<std::string, std::string>> externs; // crate name -> rlib
    std::string libraryDir;                                   // -L dependency=
    std::vector<std::string> versions;                        // "tokio 1.24.2", ...
    bool builtNow = false;
};

struct DependencyOutcome {
    std::optional<DependencySet> dependencies;
    std::vector<std::string> missing; // crates the registry does not hold, by name
    std::string error;                // the dependency build failed: cargo's words
};

using ProgressCallback = std::function<void(const std::string&)>;

DependencyOutcome ensureDependencies(const Toolchain& toolchain, const std::atomic<bool>* cancelled,
                                     const ProgressCallback& progress, double timeLimitSeconds = 600);

/// Writes (if needed) the scratch package and returns its Cargo.toml; empty when the
/// registry holds none of the crates.
std::string dependencyManifest(const Toolchain& toolchain);

/// The registry directory used (for messages).
std::string localRegistry();

/// Crates (build scripts, procedural macros) whose code runs while the dependencies build,
/// from `cargo metadata` of the manifest; empty when cargo cannot tell offline.
std::vector<std::string> codeRunAtBuildTime(const Toolchain& toolchain, const std::string& manifest,
                                            const std::atomic<bool>* cancelled);

} // namespace awaitscope
