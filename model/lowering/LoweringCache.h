#pragma once
// What the last analysis of each file lowered, unit by unit (LoweringUnits), for the next
// analysis of the same file to take what did not change. Thread-safe: the window's stale
// analysis may still run while the next one starts; kept units are immutable and shared.

#include "lowering/FileLowering.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

/// One unit's lowering as it was kept.
struct KeptUnit {
    std::string text; // the unit's text: a unit is taken only where its text is equal
    TextPosition start;
    int firstFuture = 0;
    std::vector<LoweredFuture> futures; // the unit's futures in order (item pointers unset)
    std::vector<LoweredBody> plain;     // the plain fns' bodies: the unit's own, nested ones
    std::vector<uint32_t> plainOffsets; // where each of those fns starts, from the unit's start
    // The file's fn starts when it was lowered: the calls' callees are positioned in these.
    std::shared_ptr<const std::vector<uint32_t>> fnStarts;
};

/// All units kept from one analysis of a file, valid for a text with the same skeleton.
struct KeptLowering {
    std::string skeleton;
    std::map<TextPosition, std::shared_ptr<const KeptUnit>> units; // by where the unit starts
};

class LoweringCache {
  public:
    /// The one the window's analyses share.
    static LoweringCache& shared();

    /// What the last analysis of `path` kept, if its skeleton is `skeleton`; else null.
    std::shared_ptr<const KeptLowering> previous(const std::string& path, const std::string& skeleton) const;
    /// Replaces what is kept for `path`; `reused` of `total` units came from the previous analysis.
    void keep(const std::string& path, std::shared_ptr<const KeptLowering> kept, int reused, int total);

    struct Counts {
        int reused = 0; // units taken from the analysis before
        int total = 0;  // units in the file
    };
    /// How the last analysis of `path` that kept its units went (for tests and benchmarks).
    Counts lastCounts(const std::string& path) const;

  private:
    struct File {
        std::string path;
        std::shared_ptr<const KeptLowering> kept;
        Counts counts;
    };
    static constexpr size_t kFilesKept = 4;
    mutable std::mutex m_mutex;
    std::vector<File> m_files; // most recently kept last
};

} // namespace awaitscope
