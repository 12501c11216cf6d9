#include "compiler/Toolchain.h"

#include "util/ProcessRunner.h"

#include <cstdlib>

namespace awaitscope {

namespace {

std::optional<std::string> versionOf(const std::vector<std::string>& rustc, const std::atomic<bool>* cancelled) {
    ProcessRequest request;
    request.argv = rustc;
    request.argv.push_back("-vV");
    request.timeLimitSeconds = 30;
    request.cancelled = cancelled;
    const ProcessResult result = runProcess(request);
    if (!result.exitedNormally() || result.exitCode != 0 || result.out.rfind("rustc ", 0) != 0) return std::nullopt;
    return result.out;
}

std::optional<Toolchain> nightly(const std::atomic<bool>* cancelled) {
    if (!findOnPath("rustup")) return std::nullopt;
    Toolchain t;
    t.rustc = {"rustup", "run", "nightly", "rustc"};
    t.cargo = {"rustup", "run", "nightly", "cargo"};
    const auto version = versionOf(t.rustc, cancelled);
    if (!version) return std::nullopt;
    t.versionText = *version;
    t.version = version->substr(0, version->find('\n'));
    t.nightly = true;
    return t;
}

std::optional<Toolchain> stable(const std::atomic<bool>* cancelled) {
    if (!findOnPath("rustc")) return std::nullopt;
    Toolchain t;
    t.rustc = {"rustc"};
    t.cargo = {"cargo"};
    const auto version = versionOf(t.rustc, cancelled);
    if (!version) return std::nullopt;
    t.versionText = *version;
    t.version = version->substr(0, version->find('\n'));
    t.nightly = t.version.find("nightly") != std::string::npos || t.version.find("-dev") != std::string::npos;
    t.bootstrap = !t.nightly; // -Z flags are refused on stable without it
    return t;
}

} // namespace

std::string installRustAdvice() {
    return "checking with rustc needs cargo and rustc: install Rust with rustup (https://rustup.rs; "
           "`rustup toolchain install nightly` for -Zprint-type-sizes without RUSTC_BOOTSTRAP) or "
           "`apt-get install cargo rustc`";
}

std::string Toolchain::description() const {
    if (!bootstrap) return version + " (nightly: -Zprint-type-sizes is available)";
    return version +
           " (stable, run with RUSTC_BOOTSTRAP=1 to allow -Zprint-type-sizes: no nightly toolchain installed)";
}

std::vector<std::pair<std::string, std::string>> Toolchain::environment() const {
    if (bootstrap) return {{"RUSTC_BOOTSTRAP", "1"}};
    return {};
}

ToolchainLookup findToolchain(const std::string& preference, const std::atomic<bool>* cancelled) {
    std::string wanted = preference;
    if (wanted.empty())
        if (const char* env = std::getenv("AWAITSCOPE_TOOLCHAIN")) wanted = env;
    ToolchainLookup lookup;
    if (wanted != "stable") lookup.toolchain = nightly(cancelled);
    if (!lookup.toolchain && wanted != "nightly") lookup.toolchain = stable(cancelled);
    if (lookup.toolchain && !findOnPath(lookup.toolchain->cargo.front())) lookup.toolchain.reset();
    if (!lookup.toolchain)
        lookup.error =
            wanted == "nightly" ? "no nightly toolchain (`rustup toolchain install nightly`)" : installRustAdvice();
    return lookup;
}

} // namespace awaitscope
