#pragma once
// The `#[macro_export]` macros of the crates a crate depends on, read from their sources
// the first time a crate's macro is looked for (an invocation of `pin_project!` in tokio
// reads pin-project-lite's files, nothing before). Shared by the crate's and its
// dependencies' expansions, and guarded: the files of one crate are expanded on several
// threads (analyze-crate --jobs).

#include "macros/MacroRules.h"

#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace awaitscope {

class ExportedMacroCache {
  public:
    /// Every macro the crate whose root file is `rootFile` exports, as macros of
    /// `crateName` (the name the depending crate gives it: `$crate` in them becomes it).
    const std::map<std::string, MacroRules>& macrosOf(const std::string& crateName, const std::string& rootFile);

  private:
    std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::map<std::string, MacroRules>> m_crates;
};

} // namespace awaitscope
