#pragma once
// Every file of one target of a package analysed inside its crate, on several threads:
// per file the count of futures, of futures that are not Send and of saved values whose
// type is unknown. `analyze-crate` prints it; the window's Project dock shows it. A
// survey of unchanged sources is read back from the on-disk SurveyCache.

#include "data/ProjectInfo.h"
#include "data/Snapshot.h"
#include "project/ProjectLocator.h"
#include "project/ProjectSession.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct FileSurvey {
    std::string path;
    std::string module; // "crate", "crate::net::tcp"
    std::string error;  // why the file could not be read; empty if it was
    int futures = 0, notSend = 0, unknownTypes = 0, savedValues = 0;
    double seconds = 0;
};

struct CrateSurvey {
    ProjectInfo info;
    std::vector<FileSurvey> files; // in module-tree order
    double seconds = 0;
    bool fromCache = false;
    bool cancelled = false; // stopped early: the counts are incomplete

    FileSurvey totals() const;
};

struct SurveyOptions {
    std::optional<Edition> edition; // nullopt: the package's edition
    long largeFutureBytes = 16384;
    int jobs = 1;
    const std::atomic<bool>* cancelled = nullptr;
    /// Called from the worker threads after each file (done, total, path).
    std::function<void(size_t, size_t, const std::string&)> progress;
    /// Where the on-disk cache lives; "" = no cache.
    std::string cacheDirectory;
};

/// One target of the located package, surveyed (or read from the cache).
CrateSurvey surveyCrate(const ProjectLocation& location, const CargoTarget& target, const ProjectOptions& options,
                        const SurveyOptions& survey);

} // namespace awaitscope
