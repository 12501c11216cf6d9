#pragma once
// The façade of the Qt-free core: source text and options in, an immutable Snapshot out.
// The GUI and the command line both call this and nothing deeper.

#include "data/Snapshot.h"
#include "project/FileInProject.h"

#include <atomic>
#include <memory>
#include <string>

namespace awaitscope {

struct AnalysisInput {
    std::string path;
    std::string text;
    Edition edition = Edition::E2021;
    /// Checked between passes: a superseded analysis stops early (result discarded).
    const std::atomic<bool>* cancelled = nullptr;
    /// The file's crate (project/ProjectSession); null: the file alone (single-file mode).
    std::shared_ptr<const FileInProject> project = nullptr;
    /// A future larger than this many bytes gets a `large-future` warning.
    long largeFutureBytes = 16384;
    /// The window's analysis after an edit: start from what the previous analysis of the
    /// same path kept (its syntax tree). Off for one-off analyses (the command line, other
    /// files of a crate), which would only fill the memory, and for benchmarks of a whole
    /// analysis, which an identical earlier text would make meaningless.
    bool reusePrevious = false;
    /// The editor's syntax-highlight spans (Snapshot::highlights): only the window shows
    /// them; the command line and a crate's survey leave them out (a walk of the whole tree).
    bool highlights = true;
    /// Threads the file's bodies are lowered on (FileLowering); 0: one per core. A crate's
    /// survey that already runs its files on several threads gives 1.
    int loweringThreads = 0;
    /// From this text size on, the walks before the lowering (nesting, async items) and the
    /// passes after it (state machines beside Send/Sync marks) also use a second core; below
    /// it, starting the threads costs more than they save. Tests give 0 to run them always.
    size_t twoCoreBytes = 256 * 1024;
};

std::shared_ptr<const Snapshot> analyze(const AnalysisInput& input);

} // namespace awaitscope
