#include "compiler/DependencyCache.h"

#include "compiler/CheckCache.h"
#include "util/ProcessRunner.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace awaitscope {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The crates a standalone file may name, with the features the analysis' prelude models.
struct CrateSpec {
    std::string name;
    std::string version;
    std::string features; // a TOML array, for tokio
};

const char* const kCrates[] = {"tokio", "parking_lot", "futures"};
const char* const kTokioFeatures = R"(["rt-multi-thread", "macros", "sync", "time"])";

// The highest version directory `NAME-X.Y.Z` of the crate in the registry.
std::optional<std::string> registryVersion(const std::string& registry, const std::string& name) {
    std::error_code ec;
    std::optional<std::vector<int>> best;
    std::string bestText;
    const std::regex versionDir(std::regex_replace(name, std::regex("_"), "[-_]") + R"(-(\d+)\.(\d+)\.(\d+))");
    for (const auto& entry : fs::directory_iterator(registry, ec)) {
        std::smatch m;
        const std::string dir = entry.path().filename().string();
        if (!std::regex_match(dir, m, versionDir)) continue;
        std::vector<int> v = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])};
        if (!best || v > *best) best = v, bestText = dir.substr(name.size() + 1);
    }
    return best ? std::optional<std::string>(bestText) : std::nullopt;
}

std::vector<CrateSpec> availableCrates(std::vector<std::string>* missing) {
    std::vector<CrateSpec> specs;
    for (const char* name : kCrates) {
        if (auto version = registryVersion(localRegistry(), name))
            specs.push_back({name, *version, std::string(name) == "tokio" ? kTokioFeatures : ""});
        else if (missing)
            missing->push_back(name);
    }
    return specs;
}

std::string cargoToml(const std::vector<CrateSpec>& specs) {
    std::ostringstream toml;
    toml << "[package]\nname = \"awaitscope_check_deps\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n"
         << "[lib]\npath = \"lib.rs\"\n\n[dependencies]\n";
    for (const CrateSpec& c : specs) {
        if (c.features.empty())
            toml << c.name << " = \"=" << c.version << "\"\n";
        else
            toml << c.name << " = { version = \"=" << c.version
                 << "\", default-features = false, features = " << c.features << " }\n";
    }
    return toml.str();
}

fs::path packageDirectory(const Toolchain& toolchain, const std::vector<CrateSpec>& specs) {
    InputHash hash;
    hash.add("deps-1").add(toolchain.versionText).add(localRegistry());
    for (const CrateSpec& c : specs) hash.add(c.name).add(c.version).add(c.features);
    return checkCacheRoot() / ("deps-" + hash.hex().substr(0, 16));
}

void writePackage(const fs::path& dir, const std::vector<CrateSpec>& specs) {
    if (!fs::exists(dir / "Cargo.toml")) writeWholeFile(dir / "Cargo.toml", cargoToml(specs));
    if (!fs::exists(dir / "lib.rs"))
        writeWholeFile(dir / "lib.rs", "// holds the dependencies of Awaitscope's checks\n");
    const fs::path config = dir / ".cargo" / "config.toml";
    if (!fs::exists(config))
        writeWholeFile(config, "[source.crates-io]\nreplace-with = \"local-registry\"\n\n[source.local-registry]\n"
                               "directory = \"" +
                                   localRegistry() + "\"\n\n[net]\noffline = true\n");
}

// Reads a finished build's manifest (crate -> rlib), if every rlib is still there.
std::optional<DependencySet> readManifest(const fs::path& dir) {
    const json j = json::parse(readWholeFile(dir / "manifest.json"), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    DependencySet set;
    const json externs = j.value("externs", json::object());
    for (const auto& [name, rlib] : externs.items()) {
        if (!rlib.is_string() || !fs::exists(rlib.get<std::string>())) return std::nullopt;
        set.externs.push_back({name, rlib.get<std::string>()});
    }
    set.libraryDir = j.value("library_dir", "");
    for (const json& v : j.value("versions", json::array()))
        if (v.is_string()) set.versions.push_back(v);
    return set.externs.empty() ? std::nullopt : std::optional<DependencySet>(set);
}

std::vector<std::pair<std::string, std::string>> builtRlibs(const std::string& cargoOutput) {
    std::vector<std::pair<std::string, std::string>> externs;
    std::istringstream in(cargoOutput);
    std::string line;
    while (std::getline(in, line)) {
        const json m = json::parse(line, nullptr, false);
        if (m.is_discarded() || m.value("reason", "") != "compiler-artifact") continue;
        const std::string target = m["target"].value("name", "");
        if (std::find(std::begin(kCrates), std::end(kCrates), target) == std::end(kCrates)) continue;
        for (const auto& file : m.value("filenames", json::array()))
            if (file.get<std::string>().ends_with(".rlib")) externs.push_back({target, file});
    }
    return externs;
}

// The last lines of cargo's stderr that say what failed.
std::string cargoErrorLines(const std::string& err) {
    std::istringstream in(err);
    std::string line, out;
    while (std::getline(in, line))
        if (line.rfind("error", 0) == 0 || line.find("no matching package") != std::string::npos) out += line + "\n";
    if (out.empty()) out = err.size() > 2000 ? err.substr(err.size() - 2000) : err;
    return out;
}

} // namespace

std::string localRegistry() {
    const char* own = std::getenv("AWAITSCOPE_CARGO_REGISTRY");
    return own && *own ? own : "/usr/share/cargo/registry";
}

std::string dependencyManifest(const Toolchain& toolchain) {
    const auto specs = availableCrates(nullptr);
    if (specs.empty()) return "";
    const fs::path dir = packageDirectory(toolchain, specs);
    writePackage(dir, specs);
    return (dir / "Cargo.toml").string();
}

DependencyOutcome ensureDependencies(const Toolchain& toolchain, const std::atomic<bool>* cancelled,
                                     const ProgressCallback& progress, double timeLimitSeconds) {
    DependencyOutcome outcome;
    const auto specs = availableCrates(&outcome.missing);
    if (specs.empty()) return outcome;
    const fs::path dir = packageDirectory(toolchain, specs);
    CacheLock lock(dir.string() + ".lock");
    if ((outcome.dependencies = readManifest(dir))) return outcome;
    writePackage(dir, specs);
    if (progress) progress("Building tokio, parking_lot and futures once for this toolchain (about 15 s)...");
    ProcessRequest request;
    request.argv = toolchain.cargo;
    for (const char* arg : {"build", "--offline", "--message-format=json"}) request.argv.push_back(arg);
    request.workingDirectory = dir.string();
    request.setEnvironment = {{"CARGO_TARGET_DIR", (dir / "target").string()}};
    // proc-macro2 1.0.47 probes a long-changed nightly proc_macro API unless told not to.
    if (toolchain.nightly)
        request.setEnvironment.push_back({"RUSTFLAGS", "-Zallow-features=proc_macro_span_shrink"});
    else
        request.unsetEnvironment = {"RUSTFLAGS"};
    request.unsetEnvironment.push_back("CARGO_ENCODED_RUSTFLAGS");
    request.timeLimitSeconds = timeLimitSeconds;
    request.cancelled = cancelled;
    const ProcessResult result = runProcess(request);
    const auto externs = builtRlibs(result.out);
    if (!result.exitedNormally() || result.exitCode != 0 || externs.empty()) {
        outcome.error = "building the dependencies in " + dir.string() + " failed (" +
                        result.endDescription(timeLimitSeconds) + "): " + cargoErrorLines(result.err);
        return outcome;
    }
    json manifest = {{"library_dir", (dir / "target" / "debug" / "deps").string()}, {"externs", json::object()}};
    for (const auto& [name, rlib] : externs) manifest["externs"][name] = rlib;
    for (const CrateSpec& c : specs) manifest["versions"].push_back(c.name + " " + c.version);
    writeWholeFile(dir / "manifest.json", manifest.dump(1));
    outcome.dependencies = readManifest(dir);
    if (outcome.dependencies) outcome.dependencies->builtNow = true;
    return outcome;
}

std::vector<std::string> codeRunAtBuildTime(const Toolchain& toolchain, const std::string& manifest,
                                            const std::atomic<bool>* cancelled) {
    ProcessRequest request;
    request.argv = toolchain.cargo;
    for (const char* arg : {"metadata", "--offline", "--format-version", "1", "--manifest-path"})
        request.argv.push_back(arg);
    request.argv.push_back(manifest);
    request.timeLimitSeconds = 60;
    request.cancelled = cancelled;
    const ProcessResult result = runProcess(request);
    std::vector<std::string> what;
    const json j = json::parse(result.out, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return what;
    for (const auto& package : j.value("packages", json::array())) {
        const std::string name = package.value("name", "") + " " + package.value("version", "");
        for (const auto& target : package.value("targets", json::array())) {
            const auto kinds = target.value("kind", std::vector<std::string>{});
            if (std::find(kinds.begin(), kinds.end(), "custom-build") != kinds.end())
                what.push_back("the build script of " + name);
            if (std::find(kinds.begin(), kinds.end(), "proc-macro") != kinds.end())
                what.push_back("the procedural macros of " + name);
        }
    }
    return what;
}

} // namespace awaitscope
