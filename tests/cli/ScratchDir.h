#pragma once
// A folder of this test process's own under the system's temp folder, removed when the
// process ends: tests of the command line write real files, and two test runs on one machine
// (CI beside a developer's build) must neither share them nor leave them behind.

#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>

namespace cli {

class ScratchDir {
  public:
    explicit ScratchDir(const std::string& tag)
        : m_path(std::filesystem::temp_directory_path() / ("awaitscope-" + tag + "-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored; // a test that failed half-way may have left it read-only
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ignored);
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

  private:
    std::filesystem::path m_path;
};

/// The process's one scratch folder for a test binary.
inline const ScratchDir& scratch() {
    static const ScratchDir dir("cli-test");
    return dir;
}

} // namespace cli
