#include "LocalRegistry.h"

#include <array>
#include <cstdlib>
#include <filesystem>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

using Version = std::array<long, 3>;

// "1.2.3" (a pre-release or build suffix ends it); the parts not written are -1.
std::optional<Version> parseVersion(const std::string& text) {
    Version v{-1, -1, -1};
    size_t pos = 0;
    for (int part = 0; part < 3 && pos < text.size(); ++part) {
        size_t used = 0;
        try {
            v[part] = std::stol(text.substr(pos), &used);
        } catch (...) {
            return part == 0 ? std::nullopt : std::optional<Version>(v);
        }
        pos += used;
        if (pos >= text.size() || text[pos] != '.') break;
        ++pos;
    }
    return v[0] < 0 ? std::nullopt : std::optional<Version>(v);
}

Version filled(Version v) {
    for (long& p : v) p = p < 0 ? 0 : p;
    return v;
}

// One comparator of a requirement as cargo reads it (semver crate, VersionReq): caret
// by default, `~` tilde, `=` exact, `>=` `>` `<=` `<` bounds, `*` any.
bool acceptsOne(std::string r, const Version& candidate) {
    auto trim = [](std::string& t) {
        while (!t.empty() && t.front() == ' ') t.erase(0, 1);
        while (!t.empty() && t.back() == ' ') t.pop_back();
    };
    trim(r);
    if (r.empty() || r == "*") return true;
    std::string op = "^";
    for (const char* o : {">=", "<=", ">", "<", "=", "~", "^"})
        if (r.rfind(o, 0) == 0) {
            op = o;
            r.erase(0, op.size());
            break;
        }
    trim(r);
    const auto written = parseVersion(r);
    if (!written) return false;
    const Version& w = *written;
    const Version low = filled(w);
    if (op == ">=") return candidate >= low;
    if (op == ">") return candidate > low;
    if (op == "<") return candidate < low;
    if (op == "<=") return candidate <= low;
    if (candidate < low) return false;
    if (op == "=")
        return candidate[0] == w[0] && (w[1] < 0 || candidate[1] == w[1]) && (w[2] < 0 || candidate[2] == w[2]);
    if (op == "~") return candidate[0] == w[0] && (w[1] < 0 || candidate[1] == w[1]);
    // caret: the leftmost non-zero part written stays
    if (candidate[0] != w[0]) return false;
    if (w[0] > 0 || w[1] < 0) return true;
    if (candidate[1] != w[1]) return false;
    return w[1] > 0 || w[2] < 0 || candidate[2] == w[2];
}

bool accepts(const std::string& req, const Version& candidate) {
    size_t start = 0;
    while (true) {
        const size_t comma = req.find(',', start);
        if (!acceptsOne(req.substr(start, comma - start), candidate)) return false;
        if (comma == std::string::npos) return true;
        start = comma + 1;
    }
}

} // namespace

std::optional<std::string> findInLocalRegistry(const std::string& package, const std::string& req,
                                               const std::vector<std::string>& roots) {
    const std::string prefix = package + "-";
    for (const std::string& root : roots) {
        std::optional<Version> best;
        std::string bestDir;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(root, ec)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(prefix, 0) != 0) continue;
            const auto v = parseVersion(name.substr(prefix.size()));
            if (!v || !accepts(req, filled(*v)) || !fs::exists(entry.path() / "Cargo.toml")) continue;
            if (!best || filled(*v) > *best) {
                best = filled(*v);
                bestDir = entry.path().string();
            }
        }
        if (best) return bestDir;
    }
    return std::nullopt;
}

std::vector<std::string> localRegistryRoots(const std::string& manifestPath) {
    std::vector<std::string> roots;
    // A package that is itself in a registry folder (NAME-VERSION) has its dependencies
    // beside it.
    const fs::path packageDir = fs::path(manifestPath).parent_path();
    const std::string folder = packageDir.filename().string();
    const size_t dash = folder.rfind('-');
    if (dash != std::string::npos && parseVersion(folder.substr(dash + 1)))
        roots.push_back(packageDir.parent_path().string());
    const char* cargoHome = std::getenv("CARGO_HOME");
    const char* home = std::getenv("HOME");
    const fs::path cargo = cargoHome ? fs::path(cargoHome) : home ? fs::path(home) / ".cargo" : fs::path();
    std::error_code ec;
    if (!cargo.empty())
        for (const auto& entry : fs::directory_iterator(cargo / "registry" / "src", ec))
            roots.push_back(entry.path().string());
    roots.push_back("/usr/share/cargo/registry");
    return roots;
}

} // namespace awaitscope
