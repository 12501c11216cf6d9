#include "CargoMetadata.h"

#include "util/ProcessRunner.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace awaitscope {

namespace {

using nlohmann::json;

std::string text(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

CargoTarget readTarget(const json& t) {
    CargoTarget target;
    target.name = text(t, "name");
    std::replace(target.name.begin(), target.name.end(), '-', '_');
    target.rootFile = text(t, "src_path");
    target.kind = "lib";
    for (const json& k : t.value("kind", json::array())) {
        const std::string kind = k.is_string() ? k.get<std::string>() : "";
        if (kind == "bin" || kind == "test" || kind == "example" || kind == "bench" || kind == "custom-build" ||
            kind == "proc-macro")
            target.kind = kind;
    }
    return target;
}

CargoDependency readDependency(const json& d) {
    CargoDependency dep;
    dep.package = text(d, "name");
    dep.name = text(d, "rename").empty() ? dep.package : text(d, "rename");
    dep.path = text(d, "path");
    dep.req = text(d, "req");
    dep.kind = text(d, "kind");
    dep.target = text(d, "target");
    dep.optional = d.value("optional", false);
    dep.defaultFeatures = d.value("uses_default_features", true);
    for (const json& f : d.value("features", json::array()))
        if (f.is_string()) dep.features.push_back(f.get<std::string>());
    return dep;
}

CargoPackage readPackage(const json& p) {
    CargoPackage pkg;
    pkg.name = text(p, "name");
    pkg.version = text(p, "version");
    pkg.manifestPath = text(p, "manifest_path");
    pkg.edition = text(p, "edition");
    for (const json& t : p.value("targets", json::array())) {
        CargoTarget target = readTarget(t);
        if (target.kind != "custom-build") pkg.targets.push_back(std::move(target));
    }
    const json features = p.value("features", json::object()); // items() keeps a reference
    for (const auto& [name, list] : features.items()) {
        std::vector<std::string>& entries = pkg.features[name]; // an empty feature is one too
        for (const json& f : list)
            if (f.is_string()) entries.push_back(f.get<std::string>());
    }
    for (const json& d : p.value("dependencies", json::array())) pkg.dependencies.push_back(readDependency(d));
    return pkg;
}

} // namespace

std::optional<CargoWorkspace> parseCargoMetadata(const std::string& jsonText, std::string& error) {
    const json doc = json::parse(jsonText, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        error = "cargo metadata printed no JSON";
        return std::nullopt;
    }
    CargoWorkspace ws;
    ws.root = text(doc, "workspace_root");
    std::set<std::string> members;
    for (const json& id : doc.value("workspace_members", json::array()))
        if (id.is_string()) members.insert(id.get<std::string>());
    for (const json& p : doc.value("packages", json::array()))
        if (members.empty() || members.count(text(p, "id"))) ws.members.push_back(readPackage(p));
    return ws;
}

std::optional<CargoWorkspace> cargoMetadata(const std::string& manifestPath, std::string& error) {
    ProcessRequest request;
    request.argv = {"cargo", "metadata",  "--offline",       "--format-version",
                    "1",     "--no-deps", "--manifest-path", manifestPath};
    const ProcessResult r = runProcess(request);
    if (!r.exitedNormally() || r.exitCode != 0) {
        error = !r.started            ? "cargo is not installed"
                : !r.exitedNormally() ? "cargo metadata: " + r.endDescription(request.timeLimitSeconds)
                                      : r.err.substr(0, r.err.find('\n', 200));
        return std::nullopt;
    }
    return parseCargoMetadata(r.out, error);
}

} // namespace awaitscope
