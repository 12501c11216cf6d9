#pragma once
// Small helpers for the export tests: files, goldens, external checkers.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace awaitscope::testing {

inline std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::filesystem::path& p, const std::string& data) {
    std::ofstream(p, std::ios::binary) << data;
}

/// Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff!).
inline void expectGolden(const std::string& actual, const std::filesystem::path& golden) {
    if (std::getenv("UPDATE_GOLDEN")) {
        writeFile(golden, actual);
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing: run with UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, readFile(golden)) << "differs from " << golden << " (UPDATE_GOLDEN=1 rewrites it)";
}

struct Outcome {
    int exitCode = -1;
    std::string output;
};

/// Runs a shell command, stdout and stderr together.
inline Outcome run(const std::string& command) {
    Outcome r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.output.append(buffer, n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline bool haveProgram(const std::string& name) {
    return run("command -v " + name + " >/dev/null").exitCode == 0;
}

inline std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("awaitscope_test_" + std::to_string(::getpid()) + "_" + name);
}

} // namespace awaitscope::testing
