#pragma once
// Runs commands the way a user or a script does: a real process, its exit code and output.

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace cli {

struct Outcome {
    int exitCode = -1;
    std::string out; // stdout, and stderr where the command folds it in
};

/// Runs a shell command line.
inline Outcome shell(const std::string& command) {
    Outcome r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

/// Runs the awaitscope binary from the source folder (so sample paths are relative), with
/// no display: the command line must not need one. stderr is kept or dropped as asked.
inline Outcome awaitscope(const std::string& args, bool withStderr = true) {
    return shell("cd " AWAITSCOPE_SOURCE_DIR " && env -u DISPLAY -u WAYLAND_DISPLAY " + std::string(AWAITSCOPE_BINARY) +
                 " " + args + (withStderr ? " 2>&1" : " 2>/dev/null"));
}

inline std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace cli
