#pragma once
// The macro_rules! a library crate exports, read from its real sources (rustc: a
// `#[macro_export]` macro is placed at its crate's root whatever module it is written in,
// rustc_resolve/src/build_reduced_graph.rs), so that `tokio::join!` in a user's file can be
// expanded by the tokio source on this machine (a local registry, Debian's
// librust-tokio-dev) instead of by a description of it.

#include "macros/MacroExpander.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

/// Defines into `expander`, as macros of `crateName`, every `#[macro_export]`
/// `macro_rules!` in the .rs files under `crateDir/src`; returns how many. A name defined
/// twice keeps the definition read last (cfg on macros is not looked at).
size_t loadExportedMacros(const std::string& crateName, const std::string& crateDir, MacroExpander& expander);

/// Every `#[macro_export]` `macro_rules!` in the .rs files under `sourceDir`, by name, as
/// macros of `crateName`; a name defined twice keeps the definition read last.
std::map<std::string, MacroRules> exportedMacrosIn(const std::string& crateName, const std::string& sourceDir);

/// The `#[macro_export]` definitions in one file's text, as macros of `crateName`.
std::vector<MacroRules> exportedMacros(const std::string& crateName, const std::string& text);

/// Where the sources of `package` (any version, the newest) are on this machine, looked
/// for as `cargo --offline` would (LocalRegistry); nullopt when they are not.
std::optional<std::string> installedCrateSources(const std::string& package);

} // namespace awaitscope
