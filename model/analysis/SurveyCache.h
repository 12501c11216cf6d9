#pragma once
// The on-disk cache of crate surveys (CrateSurvey), one JSON file per key under the
// user's cache directory ($XDG_CACHE_HOME/awaitscope/index, else ~/.cache/awaitscope/index).
// The key names the crate, its version, target, features, edition and the program itself
// (its file's time and size: a rebuilt Awaitscope never reads an older one's results).
// Each entry lists the files and folders the survey read with their modification time
// and size; an entry is used only when every one of them is unchanged. An entry is not
// written when one of them changed while the survey ran (git's "racy" rule).

#include "analysis/CrateSurvey.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

class SurveyCache {
  public:
    explicit SurveyCache(std::string directory) : m_directory(std::move(directory)) {}
    /// $XDG_CACHE_HOME/awaitscope/index, or ~/.cache/awaitscope/index; "" without either.
    static std::string defaultDirectory();
    /// The identity of the running program (its executable's time and size).
    static std::string programIdentity();

    /// The stored survey for this key, if every input it lists is unchanged.
    std::optional<CrateSurvey> load(const std::string& key) const;
    /// Stores the survey with the stamps of `inputs`, unless one changed after `started`.
    bool store(const std::string& key, const CrateSurvey& survey, const std::vector<std::string>& inputs,
               std::filesystem::file_time_type started) const;

  private:
    std::string fileFor(const std::string& key) const;
    std::string m_directory;
};

} // namespace awaitscope
