#include "compiler/CheckTarget.h"

#include "util/ProcessRunner.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace awaitscope {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path absoluteClean(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return p.empty() ? fs::path(path) : p;
}

bool isUnder(const fs::path& file, const fs::path& dir) {
    const auto rel = file.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
}

// How well a target claims the file: its own root file first, then the target whose root
// folder holds the file most closely (a module file belongs to the crate above it); a
// library wins a tie, as `mod` files next to lib.rs and main.rs usually are the library's.
int claim(const json& target, const fs::path& file) {
    const fs::path root = absoluteClean(target.value("src_path", ""));
    if (root == file) return 100000;
    if (!isUnder(file, root.parent_path())) return -1;
    const auto kinds = target.value("kind", std::vector<std::string>{});
    const bool lib = std::find(kinds.begin(), kinds.end(), "lib") != kinds.end() ||
                     std::find(kinds.begin(), kinds.end(), "rlib") != kinds.end();
    return static_cast<int>(root.parent_path().string().size()) * 2 + (lib ? 1 : 0);
}

CheckTarget describe(const json& package, const json& target, const json& metadata) {
    CheckTarget t;
    t.manifest = package.value("manifest_path", "");
    t.workspaceRoot = metadata.value("workspace_root", "");
    t.package = package.value("name", "");
    const auto kinds = target.value("kind", std::vector<std::string>{});
    const std::string kind = kinds.empty() ? "lib" : kinds.front();
    t.kind = kind == "bin" || kind == "example" || kind == "test" || kind == "bench" ? kind : "lib";
    t.name = target.value("name", "");
    t.crateName = t.name;
    std::replace(t.crateName.begin(), t.crateName.end(), '-', '_');
    t.sourceRoot = target.value("src_path", "");
    t.edition = target.value("edition", package.value("edition", "2021"));
    return t;
}

} // namespace

std::vector<std::string> CheckTarget::selection() const {
    if (kind == "lib") return {"--lib"};
    return {"--" + kind, name};
}

std::string findManifest(const std::string& file) {
    fs::path dir = absoluteClean(file).parent_path();
    for (;;) {
        if (fs::is_regular_file(dir / "Cargo.toml")) return (dir / "Cargo.toml").string();
        if (dir == dir.root_path() || dir.empty()) return "";
        dir = dir.parent_path();
    }
}

CheckTargetLookup findCheckTarget(const Toolchain& toolchain, const std::string& manifest, const std::string& file,
                                  const std::atomic<bool>* cancelled) {
    ProcessRequest request;
    request.argv = toolchain.cargo;
    for (const char* arg : {"metadata", "--offline", "--no-deps", "--format-version", "1", "--manifest-path"})
        request.argv.push_back(arg);
    request.argv.push_back(manifest);
    request.timeLimitSeconds = 60;
    request.cancelled = cancelled;
    const ProcessResult result = runProcess(request);
    CheckTargetLookup lookup;
    const json metadata = json::parse(result.out, nullptr, false);
    if (!result.exitedNormally() || result.exitCode != 0 || metadata.is_discarded()) {
        lookup.error = "cargo metadata on " + manifest + " failed (" + result.endDescription(60) + "): " + result.err;
        return lookup;
    }
    const fs::path target = absoluteClean(file);
    int best = -1;
    for (const json& package : metadata.value("packages", json::array())) {
        if (absoluteClean(package.value("manifest_path", "")) != absoluteClean(manifest)) continue;
        for (const json& t : package.value("targets", json::array()))
            if (const int score = claim(t, target); score > best)
                best = score, lookup.target = describe(package, t, metadata);
    }
    if (!lookup.target) lookup.error = "no target of " + manifest + " holds " + file;
    return lookup;
}

} // namespace awaitscope
