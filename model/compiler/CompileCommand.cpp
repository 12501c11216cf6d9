#include "compiler/CompileCommand.h"

#include "compiler/CheckCache.h"
#include "syntax/SyntaxTree.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> shownCommand(const ProcessRequest& process) {
    std::vector<std::string> shown;
    for (const auto& [name, value] : process.setEnvironment)
        if (name == "RUSTC_BOOTSTRAP" || name == "RUSTFLAGS") shown.push_back(name + "=" + value);
    shown.insert(shown.end(), process.argv.begin(), process.argv.end());
    return shown;
}

// A digest of the project's sources and manifests (paths, sizes, modification times):
// any saved change to the crate or its path dependencies gives a new key.
std::string projectDigest(const std::string& root) {
    InputHash hash;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (it->is_directory(ec) && (name == "target" || name.rfind('.', 0) == 0)) {
            it.disable_recursion_pending();
            continue;
        }
        const std::string ext = it->path().extension().string();
        if (!it->is_regular_file(ec) || (ext != ".rs" && ext != ".toml" && ext != ".lock")) continue;
        const auto time = it->last_write_time(ec).time_since_epoch().count();
        hash.add(it->path().string()).add(std::to_string(it->file_size(ec))).add(std::to_string(time));
    }
    return hash.hex();
}

// Unique to this run of this process.
std::string runNonce() {
    static std::atomic<unsigned> runs{0};
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return std::to_string(getpid()) + "-" + std::to_string(now) + "-" + std::to_string(runs++);
}

} // namespace

bool hasTopLevelMain(const std::string& text) {
    SyntaxTree tree(std::make_shared<const SourceFile>("check.rs", text));
    for (const SyntaxNode& item : tree.root().namedChildren())
        if (item.is(SyntaxKind::FunctionItem) && item.field(SyntaxField::Name).text() == "main") return true;
    return false;
}

CompileCommand standaloneCommand(const Toolchain& toolchain, const RustcCheckRequest& request,
                                 const DependencySet* dependencies) {
    CompileCommand command;
    const fs::path original = fs::absolute(request.path);
    command.spanFile = original.filename().string();
    // The text is compiled from a folder of its own in the cache, under the file's name, so
    // spans and `async block@NAME` types read as they would beside the file.
    const fs::path folder = checkCacheRoot() / "files" / InputHash().add(original.string()).hex().substr(0, 16);
    fs::create_directories(folder);
    writeWholeFile(folder / command.spanFile, request.text);
    const bool binary = hasTopLevelMain(request.text);
    std::vector<std::string>& argv = command.process.argv;
    argv = toolchain.rustc;
    argv.insert(argv.end(), {"--edition", request.edition});
    argv.insert(argv.end(), {"--crate-type", binary ? "bin" : "lib", "--crate-name", "awaitscope_check",
                             "--error-format=json", "-Zprint-type-sizes", "-Clink-dead-code"});
    if (binary) argv.push_back("--emit=obj"); // codegen (which prints the layouts) without linking
    if (dependencies) {
        for (const auto& [name, rlib] : dependencies->externs) argv.insert(argv.end(), {"--extern", name + "=" + rlib});
        argv.insert(argv.end(), {"-L", "dependency=" + dependencies->libraryDir});
    }
    argv.insert(argv.end(), {command.spanFile, "-o", (folder / (binary ? "check.o" : "libcheck.rlib")).string()});
    command.process.workingDirectory = folder.string();
    command.process.setEnvironment = toolchain.environment();
    command.process.unsetEnvironment = {"RUSTFLAGS"};
    command.shown = shownCommand(command.process);
    InputHash key;
    key.add("file-1").add(toolchain.versionText).add(request.text);
    for (const std::string& a : argv) key.add(a);
    command.cacheKey = key.hex();
    return command;
}

CompileCommand projectCommand(const Toolchain& toolchain, const CheckTarget& target, const RustcCheckRequest& request) {
    CompileCommand command;
    command.spanFile = fs::absolute(request.path).lexically_relative(target.workspaceRoot).string();
    command.targetSource = target.sourceRoot;
    const fs::path targetDir = checkCacheRoot() / "targets" / InputHash().add(target.workspaceRoot).hex().substr(0, 16);
    std::vector<std::string>& argv = command.process.argv;
    argv = toolchain.cargo;
    argv.insert(argv.end(), {"rustc", "--offline", "--manifest-path", target.manifest, "--message-format=json",
                             "--target-dir", targetDir.string()});
    for (const std::string& s : target.selection()) argv.push_back(s);
    argv.insert(argv.end(), {"--", "-Zprint-type-sizes", "-Clink-dead-code"});
    command.process.workingDirectory = target.workspaceRoot;
    // Only the checked crate needs the -Z flag: RUSTC_BOOTSTRAP=NAME unlocks that crate alone.
    if (toolchain.bootstrap) command.process.setEnvironment = {{"RUSTC_BOOTSTRAP", target.crateName}};
    if (toolchain.nightly)
        command.process.setEnvironment.push_back({"RUSTFLAGS", "-Zallow-features=proc_macro_span_shrink"});
    InputHash key;
    key.add("project-1").add(toolchain.versionText).add(projectDigest(target.workspaceRoot));
    for (const std::string& a : argv) key.add(a);
    command.cacheKey = key.hex();
    // cargo does not run rustc again on a crate it holds fresh, and then nothing is printed:
    // a cfg of this run's own (declared, so rustc has nothing to warn about) changes the
    // crate's fingerprint (cargo's fingerprint/mod.rs hashes `cargo rustc`'s extra
    // arguments), so the checked crate alone is compiled again; its dependencies stay built.
    argv.insert(argv.end(), {"--check-cfg", "cfg(awaitscope_check, values(any()))", "--cfg",
                             "awaitscope_check=\"" + runNonce() + "\""});
    command.shown = shownCommand(command.process);
    return command;
}

} // namespace awaitscope
