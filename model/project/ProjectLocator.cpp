#include "ProjectLocator.h"

#include "project/CargoMetadata.h"
#include "project/ManifestReader.h"

#include <filesystem>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

bool isInside(const fs::path& file, const fs::path& dir) {
    const std::string f = file.lexically_normal().string(), d = dir.lexically_normal().string();
    return f.size() > d.size() && f.compare(0, d.size(), d) == 0 && f[d.size()] == '/';
}

/// The member whose folder holds the file most closely.
int owningPackage(const CargoWorkspace& ws, const fs::path& file) {
    int best = -1;
    size_t bestLength = 0;
    for (size_t i = 0; i < ws.members.size(); ++i) {
        const fs::path dir = fs::path(ws.members[i].manifestPath).parent_path();
        if (isInside(file, dir) && dir.string().size() >= bestLength) {
            best = static_cast<int>(i);
            bestLength = dir.string().size();
        }
    }
    return best;
}

void addMember(const std::string& dir, CargoWorkspace& ws) {
    const std::string manifest = (fs::path(dir) / "Cargo.toml").string();
    for (const CargoPackage& p : ws.members)
        if (p.manifestPath == manifest) return;
    ManifestContents m = readManifest(manifest);
    if (!m.error.empty())
        ws.problems.push_back("broken manifest " + m.error);
    else if (m.package)
        ws.members.push_back(std::move(*m.package));
}

/// Without cargo: the package's manifest, and the [workspace] above that lists it.
CargoWorkspace readWorkspace(const std::string& manifestPath) {
    CargoWorkspace ws;
    const fs::path packageDir = fs::path(manifestPath).parent_path();
    ws.root = packageDir.string();
    for (fs::path dir = packageDir; !dir.empty(); dir = dir.parent_path()) {
        const fs::path candidate = dir / "Cargo.toml";
        if (fs::exists(candidate)) {
            ManifestContents m = readManifest(candidate.string());
            if (m.isWorkspace) {
                ws.root = dir.string();
                for (const std::string& member : workspaceMemberDirs(dir.string(), m)) addMember(member, ws);
                if (m.package) addMember(dir.string(), ws);
                break;
            }
        }
        if (dir == dir.parent_path()) break;
    }
    addMember(packageDir.string(), ws); // a lone package, or one its workspace leaves out
    return ws;
}

} // namespace

std::string nearestManifest(const std::string& directory) {
    std::error_code ec;
    fs::path dir = fs::absolute(directory, ec).lexically_normal();
    for (;; dir = dir.parent_path()) {
        if (fs::exists(dir / "Cargo.toml", ec)) return (dir / "Cargo.toml").string();
        if (dir == dir.parent_path() || dir.empty()) return "";
    }
}

std::optional<ProjectLocation> locateProject(const std::string& file, bool useCargo) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec).lexically_normal();
    const std::string manifest = nearestManifest(absolute.parent_path().string());
    if (manifest.empty()) return std::nullopt;
    ProjectLocation loc;
    loc.manifestPath = manifest;
    std::string cargoError;
    std::optional<CargoWorkspace> ws = useCargo ? cargoMetadata(manifest, cargoError) : std::nullopt;
    if (ws) {
        loc.via = "cargo metadata";
        loc.workspace = std::move(*ws);
    } else {
        loc.via = "Cargo.toml";
        loc.workspace = readWorkspace(manifest);
    }
    loc.problems = loc.workspace.problems;
    loc.packageIndex = owningPackage(loc.workspace, absolute);
    if (loc.packageIndex < 0 && loc.problems.empty())
        loc.problems.push_back("no package of " + manifest + " holds " + file);
    return loc;
}

} // namespace awaitscope
