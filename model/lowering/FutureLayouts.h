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
#include "types/TypeOps.h"

#include <map>
#include <optional>
#include <set>

namespace awaitscope {

struct FutureLayout {
    CoroutineResult result;
    std::map<int, int> slotOfLocal; // CFG local id -> index into result.localOffsets
    std::vector<int> slotOfAwaitee; // by suspension
    std::vector<int> dropFlags;     // per suspension: how many drop flags it saves
    std::vector<long> upvarSizes;   // as laid out: an instance's, where the body's types are generic
    std::vector<long> slotSizes;    // by slot (slotOfLocal, slotOfAwaitee)
};

/// The layouts of futures of async fns declared in other files of the crate, lowered
/// from their bodies (analysis/CrateFutureLayouts); null where that cannot be known.
class OtherFileFutures {
  public:
    virtual ~OtherFileFutures() = default;
    virtual std::optional<Layout> layoutOf(const Type& libraryFuture) const = 0;
    /// The generic arguments of every instance of a generic async fn that the crate's other
    /// files make (its awaited and called futures with concrete arguments).
    virtual std::vector<Substitution> instancesOf(const AsyncItem&) const { return {}; }
};

class FutureLayouts {
  public:
    /// `plainBodies`: the file's non-async fns, whose calls make instances of its generic
    /// async fns as its futures' calls do.
    FutureLayouts(const TypeContext& types, const std::vector<LoweredFuture>& futures,
                  const OtherFileFutures* others = nullptr, const std::vector<LoweredBody>* plainBodies = nullptr);
    FutureLayouts(const FutureLayouts&) = delete;
    FutureLayouts& operator=(const FutureLayouts&) = delete;

    /// Null where some saved value has no known layout. A generic async fn whose layout
    /// depends on its parameters has the layout of the instances of it that the file and the
    /// crate make, where they all agree (rustc lays out only instances: rustc_monomorphize,
    /// then layout_of each).
    const FutureLayout* of(int futureIndex) const;
    /// A generic future's instance: its generic parameters replaced by `generics` (rustc
    /// decides what is saved on the generic body; only the sizes are the instance's).
    const FutureLayout* of(int futureIndex, const Substitution& generics) const;
    /// Type layouts that know the file's futures.
    const TypeLayout& types() const { return m_types; }

  private:
    std::optional<FutureLayout> compute(const LoweredFuture& future, const Substitution& generics) const;
    std::optional<Layout> layoutOfType(const Type& future) const;
    const FutureLayout* ofInstances(int futureIndex) const;
    std::vector<Substitution> instancesInFile(int futureIndex) const;
    void addDropFlags(const LoweredFuture& future, CoroutineInput& in, FutureLayout& out) const;

    const TypeContext& m_context;
    const std::vector<LoweredFuture>& m_futures;
    TypeLayout m_types;
    const OtherFileFutures* m_others;
    const std::vector<LoweredBody>* m_plainBodies;
    mutable std::map<std::pair<int, std::string>, std::optional<FutureLayout>> m_done; // (future, generics)
    mutable std::set<std::pair<int, std::string>> m_inProgress;
};

} // namespace awaitscope
