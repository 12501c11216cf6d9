#pragma once
// Reads Cargo.toml with toml++ when cargo is not there to ask: the package, its targets
// (declared, or found where cargo looks: src/lib.rs, src/main.rs, src/bin/*.rs,
// tests/*.rs, examples/*.rs, benches/*.rs), features and dependencies, and a
// [workspace]'s members (with `*` globs in the last path component).

#include "project/CargoPackage.h"

#include <optional>
#include <string>

namespace awaitscope {

struct ManifestContents {
    std::optional<CargoPackage> package; // [package]; none for a virtual workspace manifest
    bool isWorkspace = false;
    std::vector<std::string> members; // [workspace] members, as written
    std::vector<std::string> exclude;
    std::string error; // why the file could not be read; empty if it was
};

ManifestContents readManifest(const std::string& manifestPath);

/// The package directories a [workspace] at `root` names (globs expanded).
std::vector<std::string> workspaceMemberDirs(const std::string& root, const ManifestContents& manifest);

} // namespace awaitscope
