#include "compiler/RustcCheck.h"

#include "compiler/CheckCache.h"
#include "compiler/CompileCommand.h"
#include "compiler/DiagnosticsParser.h"
#include "compiler/NewLockFileRemover.h"
#include "compiler/TypeSizesParser.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

namespace awaitscope {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// What a run left behind, as kept in the result cache.
struct RunOutput {
    int exitCode = 0;
    std::string out;
    std::string err;
    double seconds = 0;
};

// The layout lines of coroutines only: a #[tokio::main] file prints megabytes of others.
std::string coroutineLinesAndMessages(const std::string& out) {
    std::istringstream in(out);
    std::string line, kept;
    bool keep = false;
    while (std::getline(in, line)) {
        if (line.rfind("print-type-size type:", 0) == 0) keep = line.find("type: `{async ") != std::string::npos;
        if (line.rfind("print-type-size", 0) != 0 || keep) kept += line + "\n";
    }
    return kept;
}

fs::path resultFile(const std::string& key) {
    return checkCacheRoot() / "results" / (key + ".json");
}

std::optional<RunOutput> cachedRun(const std::string& key) {
    const json j = json::parse(readWholeFile(resultFile(key)), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    return RunOutput{j.value("exit_code", 0), j.value("out", ""), j.value("err", ""), j.value("seconds", 0.0)};
}

void storeRun(const std::string& key, const RunOutput& run) {
    const json j = {{"exit_code", run.exitCode}, {"out", run.out}, {"err", run.err}, {"seconds", run.seconds}};
    writeWholeFile(resultFile(key), j.dump());
}

std::string lastLines(const std::string& text, size_t count) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    std::string out;
    for (size_t i = lines.size() > count ? lines.size() - count : 0; i < lines.size(); ++i) out += lines[i] + "\n";
    return out;
}

// Reads a finished run into the check; sets status.error where the output is not what a
// compiler that ran to its end prints.
void readRun(const RunOutput& run, const CompileCommand& command, RustcCheck& check) {
    const auto diagnostics =
        parseRustcDiagnostics(check.status.mode == "project" ? run.out : run.err, command.targetSource);
    TypeSizesParse sizes = parseTypeSizes(run.out);
    check.diagnostics = diagnostics.diagnostics;
    check.layouts = std::move(sizes.layouts);
    check.status.compiled = run.exitCode == 0;
    const bool anyError = !check.errors().empty();
    if (diagnostics.internalCompilerError)
        check.status.error = "rustc crashed (internal compiler error):\n" + lastLines(run.err, 12);
    else if (!sizes.unexpected.empty())
        check.status.error = "rustc printed a layout line Awaitscope cannot read: " + sizes.unexpected.front();
    else if (run.exitCode != 0 && !anyError)
        check.status.error = "the compiler stopped (exit code " + std::to_string(run.exitCode) +
                             ") without a diagnostic:\n" + lastLines(run.err, 12);
    check.status.ok = !check.status.error;
    if (!check.status.ok) check.layouts.clear(); // an untrustworthy run changes nothing
}

RustcCheck failed(RustcCheck check, const std::string& error) {
    check.status.ok = false;
    check.status.error = error;
    return check;
}

// Runs the command, or takes its result from the cache when the inputs are the same.
RustcCheck compileAndRead(const CompileCommand& command, const RustcCheckRequest& request, RustcCheck check) {
    check.spanFile = command.spanFile;
    check.status.command = command.shown;
    std::optional<RunOutput> run = request.useCache ? cachedRun(command.cacheKey) : std::nullopt;
    check.status.cached = run.has_value();
    if (!run) {
        if (request.progress) request.progress("Compiling " + command.spanFile + " with rustc...");
        ProcessRequest process = command.process;
        process.timeLimitSeconds = request.timeLimitSeconds;
        process.cancelled = request.cancelled;
        const ProcessResult result = runProcess(process);
        if (!result.exitedNormally())
            return failed(check, "rustc did not finish: " + result.endDescription(request.timeLimitSeconds));
        run = RunOutput{result.exitCode, coroutineLinesAndMessages(result.out), result.err, result.seconds};
    }
    check.status.seconds = run->seconds;
    readRun(*run, command, check);
    if (check.status.ok && !check.status.cached && request.useCache) storeRun(command.cacheKey, *run);
    return check;
}

RustcCheck checkStandalone(const Toolchain& toolchain, const RustcCheckRequest& request, RustcCheck check) {
    check.status.mode = "file";
    const DependencyOutcome deps = ensureDependencies(toolchain, request.cancelled, request.progress);
    if (request.cancelled && request.cancelled->load()) return failed(check, "cancelled");
    for (const std::string& crate : deps.missing)
        check.status.notes.push_back("dependency unavailable offline: " + crate + " is not in " + localRegistry() +
                                     " (apt-get install librust-" + crate + "-dev); compiled without it");
    if (!deps.error.empty())
        check.status.notes.push_back("compiled without tokio, parking_lot and futures: " + deps.error);
    if (deps.dependencies && deps.dependencies->builtNow)
        check.status.notes.push_back("built the dependencies once for this toolchain");
    return compileAndRead(standaloneCommand(toolchain, request, deps.dependencies ? &*deps.dependencies : nullptr),
                          request, check);
}

RustcCheck checkInProject(const Toolchain& toolchain, const std::string& manifest, const RustcCheckRequest& request,
                          RustcCheck check) {
    check.status.mode = "project";
    if (request.progress) request.progress("Reading " + manifest + "...");
    const CheckTargetLookup lookup = findCheckTarget(toolchain, manifest, request.path, request.cancelled);
    if (!lookup.target) return failed(check, lookup.error);
    check.project = lookup.target;
    check.status.notes.push_back("compiled the saved files of " + lookup.target->package + " (" + lookup.target->kind +
                                 " " + lookup.target->name + "); unsaved edits are not part of the check");
    const NewLockFileRemover keepProjectAsItWas(lookup.target->workspaceRoot);
    return compileAndRead(projectCommand(toolchain, *lookup.target, request), request, check);
}

} // namespace

std::vector<const RustcDiagnostic*> RustcCheck::errors() const {
    std::vector<const RustcDiagnostic*> out;
    for (const RustcDiagnostic& d : diagnostics)
        if (d.isError()) out.push_back(&d);
    return out;
}

RustcCheckPlan planRustcCheck(const std::string& path, const std::string& toolchain,
                              const std::atomic<bool>* cancelled) {
    RustcCheckPlan plan;
    ToolchainLookup lookup = findToolchain(toolchain, cancelled);
    plan.toolchain = lookup.toolchain;
    plan.missingTool = lookup.error;
    plan.manifest = fs::exists(path) ? findManifest(path) : "";
    plan.consentKey = plan.manifest.empty() ? "standalone files" : plan.manifest;
    if (!plan.toolchain) return plan;
    const std::string manifest = plan.manifest.empty() ? dependencyManifest(*plan.toolchain) : plan.manifest;
    if (manifest.empty()) return plan;
    // `cargo metadata` with dependencies writes a Cargo.lock where none is: not into the user's project.
    std::optional<NewLockFileRemover> keepProjectAsItWas;
    if (!plan.manifest.empty())
        if (const auto target = findCheckTarget(*plan.toolchain, plan.manifest, path, cancelled).target)
            keepProjectAsItWas.emplace(target->workspaceRoot);
    plan.buildTimeCode = codeRunAtBuildTime(*plan.toolchain, manifest, cancelled);
    return plan;
}

RustcCheck runRustcCheck(const RustcCheckRequest& request) {
    RustcCheck check;
    if (request.progress) request.progress("Looking for cargo and rustc...");
    const ToolchainLookup lookup = findToolchain(request.toolchain, request.cancelled);
    if (request.cancelled && request.cancelled->load()) return failed(check, "cancelled");
    if (!lookup.toolchain) return failed(check, lookup.error);
    check.status.toolchain = lookup.toolchain->description();
    const std::string manifest = fs::exists(request.path) ? findManifest(request.path) : "";
    if (manifest.empty()) return checkStandalone(*lookup.toolchain, request, check);
    return checkInProject(*lookup.toolchain, manifest, request, check);
}

} // namespace awaitscope
