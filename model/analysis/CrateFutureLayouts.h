#pragma once
// The futures of async fns declared in other files of the analysed crate, laid out from
// their bodies: an awaited `crate::fs::asyncify(..)` is that fn's own coroutine, stored
// inline in its caller (rustc_ty_utils/src/layout.rs, coroutine_layout, recursively).
// Each file is lowered once, on first need, the way the analysed file is (its module,
// cfg and item macros), and a generic fn is laid out with the call's generic arguments.

#include "data/Snapshot.h"
#include "lowering/FutureLayouts.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

class CrateModel;

class CrateFutureLayouts : public OtherFileFutures {
  public:
    CrateFutureLayouts(const CrateModel& crate, Edition edition);
    ~CrateFutureLayouts() override;
    CrateFutureLayouts(const CrateFutureLayouts&) = delete;
    CrateFutureLayouts& operator=(const CrateFutureLayouts&) = delete;

    std::optional<Layout> layoutOf(const Type& libraryFuture) const override;
    std::vector<Substitution> instancesOf(const AsyncItem& item) const override;

  private:
    struct LoweredFile;
    LoweredFile* lowered(const std::string& path) const;
    static void addInstance(const TypePtr& future, const std::string& path, uint32_t byte,
                            std::vector<Substitution>& out);

    const CrateModel& m_crate;
    Edition m_edition;
    mutable std::map<std::string, std::unique_ptr<LoweredFile>> m_files; // null: not a file of the crate
    mutable std::set<std::pair<std::string, uint32_t>> m_inProgress;
};

} // namespace awaitscope
