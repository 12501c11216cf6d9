#pragma once
// One check of a file with the real compiler, on request (never on open): rustc's
// coroutine layouts (-Zprint-type-sizes) and its own diagnostics (JSON), for a standalone
// file compiled against the local registry's tokio/parking_lot/futures, or for a file of
// a Cargo project through `cargo rustc` on its target, in a target directory of its own.

#include "compiler/CheckTarget.h"
#include "compiler/DependencyCache.h"
#include "compiler/RustcDiagnostic.h"
#include "compiler/RustcLayout.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct RustcCheckRequest {
    std::string path;             // the file as given
    std::string text;             // standalone: compiled as it is, unsaved edits included
    std::string edition = "2021"; // standalone only: a Cargo target has its own
    std::string toolchain;        // "" (nightly if installed), "nightly", "stable"
    double timeLimitSeconds = 180;
    const std::atomic<bool>* cancelled = nullptr;
    ProgressCallback progress;
    bool useCache = true; // results are kept by a hash of every input
};

struct RustcStatus {
    bool ok = false;       // the compiler ran and its output was understood (errors in the code are not failures)
    bool compiled = false; // the code compiled
    bool cached = false;   // the result came from the cache (same inputs as an earlier run)
    std::string toolchain; // version, and whether RUSTC_BOOTSTRAP=1 was needed
    std::vector<std::string> command;
    double seconds = 0;
    std::optional<std::string> error; // why there is no trustworthy result
    std::vector<std::string> notes;   // missing dependencies, the dependency build, ...
    std::string mode;                 // "file" | "project"
};

struct RustcCheck {
    RustcStatus status;
    std::vector<RustcLayout> layouts;         // every coroutine rustc printed
    std::vector<RustcDiagnostic> diagnostics; // rustc's errors and warnings about the checked crate
    std::string spanFile;                     // how rustc names the checked file (spans, async block types)
    std::optional<CheckTarget> project;

    std::vector<const RustcDiagnostic*> errors() const;
};

/// What a check would run, for the window's question before the first check of a project.
struct RustcCheckPlan {
    std::optional<Toolchain> toolchain;
    std::string missingTool;                // set when cargo/rustc are missing: what to install
    std::string manifest;                   // the project's Cargo.toml; empty for a standalone file
    std::string consentKey;                 // the project (manifest path) or "standalone files"
    std::vector<std::string> buildTimeCode; // build scripts and procedural macros that will run
};

RustcCheckPlan planRustcCheck(const std::string& path, const std::string& toolchain = "",
                              const std::atomic<bool>* cancelled = nullptr);

RustcCheck runRustcCheck(const RustcCheckRequest& request);

} // namespace awaitscope
