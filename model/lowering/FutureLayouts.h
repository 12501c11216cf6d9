#pragma once
// The layout of every future of the analysed file, as rustc computes it: the saved
// locals and awaitees of each state (FileLowering), their types' layouts (TypeLayout),
// which of them need storage at the same time (StorageConflicts), then rustc's coroutine
// layout (CoroutineLayout). An awaited future of the file is laid out first, recursively,
// because it is a field of its caller's future. Unknown where any saved value's layout is.

#include "lowering/CoroutineLayout.h"
#include "lowering/Dataflow.h"
#include "lowering/FileLowering.h"
#include "types/TypeLayout.h"

#include <map>
#include <optional>
#include <set>

namespace awaitscope {

struct FutureLayout {
    CoroutineResult result;
    std::map<int, int> slotOfLocal; // CFG local id -> index into result.localOffsets
    std::vector<int> slotOfAwaitee; // by suspension
    std::vector<int> dropFlags;     // per suspension: how many drop flags it saves
};

class FutureLayouts {
  public:
    FutureLayouts(const TypeContext& types, const std::vector<LoweredFuture>& futures);
    FutureLayouts(const FutureLayouts&) = delete;
    FutureLayouts& operator=(const FutureLayouts&) = delete;

    /// Null where some saved value has no known layout.
    const FutureLayout* of(int futureIndex) const;
    /// Type layouts that know the file's futures.
    const TypeLayout& types() const { return m_types; }

  private:
    std::optional<FutureLayout> compute(const LoweredFuture& future) const;
    void addDropFlags(const LoweredFuture& future, CoroutineInput& in, FutureLayout& out) const;

    const TypeContext& m_context;
    const std::vector<LoweredFuture>& m_futures;
    TypeLayout m_types;
    mutable std::map<int, std::optional<FutureLayout>> m_done;
    mutable std::set<int> m_inProgress;
};

} // namespace awaitscope
