#pragma once
// Which cargo and rustc a check runs, and how it unlocks -Zprint-type-sizes: a nightly
// toolchain where rustup has one, otherwise the stable compiler with RUSTC_BOOTSTRAP=1.

#include <atomic>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

struct Toolchain {
    std::vector<std::string> rustc; // the command prefix: {"rustc"} or {"rustup","run","nightly","rustc"}
    std::vector<std::string> cargo;
    std::string version;     // first line of `rustc -vV`
    std::string versionText; // all of it (part of cache keys)
    bool nightly = false;
    bool bootstrap = false; // RUSTC_BOOTSTRAP=1 is set for every run

    /// In words, for rustc_status: which compiler and why the bootstrap variable is set.
    std::string description() const;
    std::vector<std::pair<std::string, std::string>> environment() const;
};

struct ToolchainLookup {
    std::optional<Toolchain> toolchain;
    std::string error; // what is missing and what to install
};

/// `preference`: "" (nightly if installed, else stable), "nightly" or "stable"; the
/// AWAITSCOPE_TOOLCHAIN environment variable gives the default.
ToolchainLookup findToolchain(const std::string& preference = "", const std::atomic<bool>* cancelled = nullptr);

/// The message for a machine without cargo or rustc.
std::string installRustAdvice();

} // namespace awaitscope
