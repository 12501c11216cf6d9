#pragma once
// Runs one external program (cargo, rustc) to completion with a time limit and a way to
// cancel it, capturing stdout and stderr. std + POSIX only: the model has no Qt.

#include <atomic>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

struct ProcessRequest {
    std::vector<std::string> argv; // argv[0] is looked up on PATH
    std::string workingDirectory;  // empty: the caller's
    std::vector<std::pair<std::string, std::string>> setEnvironment;
    std::vector<std::string> unsetEnvironment;
    double timeLimitSeconds = 120;
    const std::atomic<bool>* cancelled = nullptr; // polled about ten times a second
};

struct ProcessResult {
    bool started = false;
    std::string startError; // why it could not start (e.g. "cargo: not found")
    int exitCode = -1;
    int signal = 0; // the signal that ended it, 0 if it exited
    bool timedOut = false;
    bool cancelled = false;
    std::string out;
    std::string err;
    double seconds = 0;

    bool exitedNormally() const { return started && !timedOut && !cancelled && signal == 0; }
    /// In words, for a status line: "exit code 1", "killed by signal 11", "timed out after 120 s".
    std::string endDescription(double limit) const;
};

/// Runs the program; the whole process group is killed on time-out or cancellation, so
/// cargo's rustc children do not outlive it.
ProcessResult runProcess(const ProcessRequest& request);

/// The full path of `program` on PATH, if it is there and executable.
std::optional<std::string> findOnPath(const std::string& program);

} // namespace awaitscope
