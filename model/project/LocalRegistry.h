#pragma once
// Where a registry dependency's sources are without the network, as `cargo --offline`
// finds them: a local registry folder of NAME-VERSION directories (Debian's
// /usr/share/cargo/registry, cargo's own ~/.cargo/registry/src/*, or the folder the
// depending package itself sits in), the highest version the requirement accepts
// (cargo's resolver picks the newest compatible version, semver's caret rules).

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

/// The folder holding `package`'s sources for version requirement `req` ("1.0", "^0.8.4",
/// "~2", "=1.2.3", "*", "" for any), looked for in `roots` in order.
std::optional<std::string> findInLocalRegistry(const std::string& package, const std::string& req,
                                               const std::vector<std::string>& roots);

/// The local registry folders to look in for a package whose manifest is at `manifestPath`.
std::vector<std::string> localRegistryRoots(const std::string& manifestPath);

} // namespace awaitscope
