#pragma once
// Runs a program (cargo, rustc) and collects what it prints: a small fork/exec wrapper,
// because model/ has no Qt and std has no process API.

#include <string>
#include <vector>

namespace awaitscope {

struct ProcessResult {
    int exitCode = -1; // -1: could not be started
    std::string out;
    std::string err;
};

/// Runs argv[0] (looked up on PATH) in `directory` ("" = the current one), stdin closed.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& directory);

} // namespace awaitscope
