#include "ManifestReader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

std::string str(const toml::node_view<const toml::node>& v, const std::string& fallback = "") {
    return v.value<std::string>().value_or(fallback);
}

std::vector<std::string> strings(const toml::node_view<const toml::node>& v) {
    std::vector<std::string> out;
    if (const toml::array* a = v.as_array())
        for (const toml::node& n : *a)
            if (auto s = n.value<std::string>()) out.push_back(*s);
    return out;
}

std::string crateName(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

/// Files cargo finds by itself in a folder (cargo: util/toml/targets.rs, infer_from_directory).
void inferTargets(const fs::path& dir, const std::string& kind, std::vector<CargoTarget>& out) {
    std::error_code ec;
    std::vector<CargoTarget> found;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const fs::path p = entry.path();
        if (entry.is_regular_file() && p.extension() == ".rs")
            found.push_back({crateName(p.stem().string()), kind, p.string()});
        else if (entry.is_directory() && fs::exists(p / "main.rs"))
            found.push_back({crateName(p.filename().string()), kind, (p / "main.rs").string()});
    }
    std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.rootFile < b.rootFile; });
    out.insert(out.end(), found.begin(), found.end());
}

void readTargets(const toml::table& doc, const fs::path& dir, CargoPackage& pkg) {
    const std::string defaultLib = (dir / "src/lib.rs").string();
    if (const toml::table* lib = doc["lib"].as_table()) {
        // A proc-macro crate is a compiler plugin: it exports macros only, no items a
        // dependent crate can name (cargo metadata calls its target "proc-macro").
        const bool procMacro = (*lib)["proc-macro"].value<bool>().value_or(false);
        pkg.targets.push_back({crateName(str((*lib)["name"], pkg.name)), procMacro ? "proc-macro" : "lib",
                               (dir / str((*lib)["path"], "src/lib.rs")).lexically_normal().string()});
    } else if (fs::exists(defaultLib))
        pkg.targets.push_back({crateName(pkg.name), "lib", defaultLib});
    const std::pair<const char*, const char*> kinds[] = {
        {"bin", "src/bin"}, {"test", "tests"}, {"example", "examples"}, {"bench", "benches"}};
    for (const auto& [kind, folder] : kinds) {
        const toml::array* declared = doc[kind].as_array();
        if (std::string(kind) == "bin" && fs::exists(dir / "src/main.rs"))
            pkg.targets.push_back({crateName(pkg.name), "bin", (dir / "src/main.rs").string()});
        if (declared) {
            for (const toml::node& n : *declared) {
                const toml::table* t = n.as_table();
                if (!t) continue;
                const std::string name = str((*t)["name"]);
                const std::string path = str((*t)["path"], std::string(folder) + "/" + name + ".rs");
                pkg.targets.push_back({crateName(name), kind, (dir / path).lexically_normal().string()});
            }
        } else {
            inferTargets(dir / folder, kind, pkg.targets);
        }
    }
}

void readDependencies(const toml::table& doc, const fs::path& dir, CargoPackage& pkg, const std::string& target = "") {
    const std::pair<const char*, const char*> tables[] = {
        {"dependencies", ""}, {"dev-dependencies", "dev"}, {"build-dependencies", "build"}};
    for (const auto& [table, kind] : tables) {
        const toml::table* deps = doc[table].as_table();
        if (!deps) continue;
        for (const auto& [key, value] : *deps) {
            CargoDependency d;
            d.name = std::string(key.str());
            d.package = d.name;
            d.kind = kind;
            d.target = target;
            if (const auto req = value.value<std::string>()) d.req = *req; // `bytes = "1"`
            if (const toml::table* t = value.as_table()) {
                d.req = str((*t)["version"]);
                d.package = t->get("package") ? str((*t)["package"], d.name) : d.name;
                if (t->get("path")) d.path = (dir / str((*t)["path"])).lexically_normal().string();
                d.optional = (*t)["optional"].value<bool>().value_or(false);
                d.defaultFeatures = (*t)["default-features"].value<bool>().value_or(true);
                d.features = strings((*t)["features"]);
            }
            pkg.dependencies.push_back(std::move(d));
        }
    }
}

CargoPackage readPackage(const toml::table& doc, const std::string& manifestPath) {
    CargoPackage pkg;
    const fs::path dir = fs::path(manifestPath).parent_path();
    pkg.name = str(doc["package"]["name"]);
    pkg.version = str(doc["package"]["version"]);
    pkg.edition = str(doc["package"]["edition"], "2015");
    pkg.manifestPath = manifestPath;
    readTargets(doc, dir, pkg);
    if (const toml::table* features = doc["features"].as_table())
        for (const auto& [key, value] : *features)
            pkg.features[std::string(key.str())] = strings(toml::node_view<const toml::node>(value));
    readDependencies(doc, dir, pkg);
    if (const toml::table* targets = doc["target"].as_table()) // [target.'cfg(..)'.dependencies]
        for (const auto& [key, value] : *targets)
            if (const toml::table* t = value.as_table()) readDependencies(*t, dir, pkg, std::string(key.str()));
    return pkg;
}

} // namespace

ManifestContents readManifest(const std::string& manifestPath) {
    ManifestContents out;
    toml::table doc;
    try {
        doc = toml::parse_file(manifestPath);
    } catch (const toml::parse_error& e) {
        out.error = manifestPath + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description());
        return out;
    }
    if (doc["package"].as_table()) out.package = readPackage(doc, manifestPath);
    if (const toml::table* ws = doc["workspace"].as_table()) {
        out.isWorkspace = true;
        out.members = strings((*ws)["members"]);
        out.exclude = strings((*ws)["exclude"]);
    }
    if (!out.package && !out.isWorkspace) out.error = manifestPath + ": neither [package] nor [workspace]";
    return out;
}

std::vector<std::string> workspaceMemberDirs(const std::string& root, const ManifestContents& manifest) {
    std::vector<std::string> out;
    for (const std::string& member : manifest.members) {
        const fs::path p = fs::path(root) / member;
        if (p.filename() != "*") {
            out.push_back(p.lexically_normal().string());
            continue;
        }
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(p.parent_path(), ec))
            if (fs::exists(entry.path() / "Cargo.toml")) out.push_back(entry.path().lexically_normal().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace awaitscope
