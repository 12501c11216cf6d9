#include "compiler/CheckCache.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <unistd.h>

namespace awaitscope {

namespace fs = std::filesystem;

fs::path checkCacheRoot() {
    if (const char* own = std::getenv("AWAITSCOPE_CACHE"); own && *own) return own;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "awaitscope";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : "/tmp") / ".cache" / "awaitscope";
}

InputHash& InputHash::add(std::string_view part) {
    // The length first, so that ("ab","c") and ("a","bc") differ.
    const std::string framed = std::to_string(part.size()) + ":";
    for (std::string_view piece : {std::string_view(framed), part})
        for (unsigned char c : piece) {
            m_a = (m_a ^ c) * 1099511628211ULL;
            m_b = (m_b * 1099511628211ULL) ^ c;
        }
    return *this;
}

std::string InputHash::hex() const {
    char buffer[33];
    std::snprintf(buffer, sizeof buffer, "%016llx%016llx", m_a, m_b);
    return buffer;
}

std::string readWholeFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool writeWholeFile(const fs::path& path, const std::string& content) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    const fs::path temporary = path.string() + ".tmp" + std::to_string(getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out.good()) return false;
    }
    fs::rename(temporary, path, ec);
    return !ec;
}

CacheLock::CacheLock(const fs::path& lockFile) {
    std::error_code ec;
    fs::create_directories(lockFile.parent_path(), ec);
    m_fd = open(lockFile.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
    if (m_fd >= 0) flock(m_fd, LOCK_EX);
}

CacheLock::~CacheLock() {
    if (m_fd >= 0) close(m_fd); // releases the lock
}

} // namespace awaitscope
