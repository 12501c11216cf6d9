#pragma once
// Finds the Cargo package of a source file the way rust-analyzer does: the nearest
// Cargo.toml upwards, then its workspace; through `cargo metadata` when cargo is
// installed, else by reading the manifests (toml++).

#include "project/CargoPackage.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct ProjectLocation {
    CargoWorkspace workspace;
    int packageIndex = -1;             // member the file belongs to; -1 if none could be read
    std::string manifestPath;          // the nearest Cargo.toml
    std::string via;                   // "cargo metadata" or "Cargo.toml"
    std::vector<std::string> problems; // what could not be read, in words

    const CargoPackage* package() const {
        return packageIndex >= 0 ? &workspace.members[static_cast<size_t>(packageIndex)] : nullptr;
    }
};

/// nullopt when no Cargo.toml lies above the file (single-file mode).
std::optional<ProjectLocation> locateProject(const std::string& file, bool useCargo = true);

/// The nearest Cargo.toml at or above `directory`; "" if none.
std::string nearestManifest(const std::string& directory);

} // namespace awaitscope
