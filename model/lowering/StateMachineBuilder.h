#pragma once
// Turns one lowered async body into the state machine rustc generates for it:
//   Unresumed  - created, not yet polled: holds only the upvars (captures / arguments)
//   SuspendN   - parked at the N-th suspension point, holding the awaitee and every local
//                that rustc saves there (FileLowering::savedAtEachSuspension has the rule)
//   Returned   - finished; Panicked - poisoned by a panic during a poll.
// The upvars are stored in every state (rustc's "prefix"), so they are listed once.

#include "data/Snapshot.h"
#include "lowering/FileLowering.h"
#include "lowering/FutureLayouts.h"

namespace awaitscope {

class TypeContext;

class StateMachineBuilder {
  public:
    StateMachineBuilder(const TypeContext& types, const FutureLayouts& layouts) : m_types(types), m_layouts(layouts) {}
    FutureInfo build(const LoweredFuture& future, int futureIndex) const;

  private:
    SavedField localField(const LoweredBody& body, const SavedLocal& saved) const;
    SavedField awaiteeField(const Awaitee& awaitee) const;
    SavedField upvarField(const Upvar& upvar, FutureKind kind, bool isMove) const;
    std::optional<std::string> printed(const TypePtr& type) const;
    std::optional<long> sizeOf(const TypePtr& type) const;
    void addLayout(FutureInfo& future, const LoweredFuture& lowered, int futureIndex) const;
    void addInstanceSizes(FutureInfo& future, const LoweredFuture& lowered, const FutureLayout& layout) const;

    const TypeContext& m_types;
    const FutureLayouts& m_layouts;
};

} // namespace awaitscope
