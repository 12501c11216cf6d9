#pragma once
// Where checks keep their files: $XDG_CACHE_HOME/awaitscope (or ~/.cache/awaitscope),
// AWAITSCOPE_CACHE overriding both. Keys are hashes of everything that decides a result.

#include <filesystem>
#include <string>
#include <string_view>

namespace awaitscope {

std::filesystem::path checkCacheRoot();

/// A 128-bit hash of the parts, in hex (two FNV-1a variants; a cache key, not security).
class InputHash {
  public:
    InputHash& add(std::string_view part);
    std::string hex() const;

  private:
    unsigned long long m_a = 1469598103934665603ULL;
    unsigned long long m_b = 0x84222325cbf29ce4ULL;
};

/// Whole-file read; empty on failure.
std::string readWholeFile(const std::filesystem::path& path);
/// Writes atomically (temporary name, then rename); false on failure.
bool writeWholeFile(const std::filesystem::path& path, const std::string& content);

/// Holds an exclusive lock file (flock) for the scope: concurrent checks share one cache.
class CacheLock {
  public:
    explicit CacheLock(const std::filesystem::path& lockFile);
    ~CacheLock();
    CacheLock(const CacheLock&) = delete;
    CacheLock& operator=(const CacheLock&) = delete;

  private:
    int m_fd = -1;
};

} // namespace awaitscope
