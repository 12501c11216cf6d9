#pragma once
// Turns one lowered async body into the state machine rustc generates for it:
//   Unresumed  - created, not yet polled: holds only the upvars (captures / arguments)
//   SuspendN   - parked at the N-th suspension point, holding the awaitee and every local
//                that rustc saves there (FileLowering::savedAtEachSuspension has the rule)
//   Returned   - finished; Panicked - poisoned by a panic during a poll.
// The upvars are stored in every state (rustc's "prefix"), so they are listed once.

#include "data/Snapshot.h"
#include "lowering/FileLowering.h"
#include "types/TypeLayout.h"

namespace awaitscope {

class TypeContext;

class StateMachineBuilder {
public:
    explicit StateMachineBuilder(const TypeContext& types) : m_types(types), m_layout(types) {}
    FutureInfo build(const LoweredFuture& future) const;

private:
    SavedField localField(const LoweredBody& body, const SavedLocal& saved) const;
    SavedField awaiteeField(const Awaitee& awaitee) const;
    SavedField upvarField(const Upvar& upvar, FutureKind kind) const;
    std::optional<std::string> printed(const TypePtr& type) const;
    std::optional<long> sizeOf(const TypePtr& type) const;

    const TypeContext& m_types;
    TypeLayout m_layout;
};

} // namespace awaitscope
