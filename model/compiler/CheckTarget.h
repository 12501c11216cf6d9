#pragma once
// The Cargo target a check compiles (not project/CargoPackage.h's CargoTarget, which the
// analysis reads): the nearest Cargo.toml above the file, read through
// `cargo metadata --offline --no-deps`, and the target whose sources hold the file.

#include "compiler/Toolchain.h"

#include <atomic>
#include <optional>
#include <string>

namespace awaitscope {

struct CheckTarget {
    std::string manifest;      // the package's Cargo.toml (absolute)
    std::string workspaceRoot; // cargo runs rustc from here: spans are relative to it
    std::string package;
    std::string kind;       // lib | bin | example | test | bench
    std::string name;       // the target's name (for --bin NAME etc.)
    std::string crateName;  // as rustc knows it (dashes become underscores)
    std::string sourceRoot; // the target's src_path (absolute)
    std::string edition;

    /// cargo's target selection: {"--lib"} or {"--bin", NAME} ...
    std::vector<std::string> selection() const;
};

/// The nearest Cargo.toml at or above the file's folder; empty for a standalone file.
std::string findManifest(const std::string& file);

struct CheckTargetLookup {
    std::optional<CheckTarget> target;
    std::string error; // cargo could not read the manifest, or no target holds the file
};

CheckTargetLookup findCheckTarget(const Toolchain& toolchain, const std::string& manifest, const std::string& file,
                                  const std::atomic<bool>* cancelled);

} // namespace awaitscope
