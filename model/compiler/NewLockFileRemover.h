#pragma once
// cargo writes a Cargo.lock into a workspace that has none (`cargo rustc`, and `cargo
// metadata` without --no-deps); a check leaves the user's project as it found it, so a lock
// file that was not there before is removed again when this object goes.

#include <filesystem>
#include <string>
#include <system_error>

namespace awaitscope {

class NewLockFileRemover {
  public:
    explicit NewLockFileRemover(const std::string& workspaceRoot)
        : m_lock(std::filesystem::path(workspaceRoot) / "Cargo.lock"), m_existed(std::filesystem::exists(m_lock)) {}
    ~NewLockFileRemover() {
        std::error_code ec;
        if (!m_existed) std::filesystem::remove(m_lock, ec);
    }
    NewLockFileRemover(const NewLockFileRemover&) = delete;
    NewLockFileRemover& operator=(const NewLockFileRemover&) = delete;

  private:
    std::filesystem::path m_lock;
    bool m_existed;
};

} // namespace awaitscope
