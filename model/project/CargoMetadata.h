#pragma once
// `cargo metadata --offline --format-version 1 --no-deps`: the workspace cargo sees, with
// every member's targets, features and dependencies. Without cargo (or when it fails)
// ProjectLocator reads the manifests itself.

#include "project/CargoPackage.h"

#include <optional>
#include <string>

namespace awaitscope {

/// The workspace of this manifest as cargo reports it; nullopt with `error` set when cargo
/// is missing or refuses.
std::optional<CargoWorkspace> cargoMetadata(const std::string& manifestPath, std::string& error);

/// The same, from the JSON cargo printed (for tests).
std::optional<CargoWorkspace> parseCargoMetadata(const std::string& json, std::string& error);

} // namespace awaitscope
