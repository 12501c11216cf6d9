#pragma once
// Turns one async body into the state machine rustc generates for it:
//   Unresumed  - created, not yet polled: holds only the upvars (captures / arguments)
//   SuspendN   - parked at the N-th suspension point, holding the awaitee and every local
//                that rustc saves there (see SavedLocals for the rule)
//   Returned   - finished; Panicked - poisoned by a panic during a poll.

#include "analysis/Snapshot.h"
#include "hir/AsyncItem.h"

namespace awaitscope {

class MacroArguments;
class SyntaxTree;

class StateMachineBuilder {
public:
    StateMachineBuilder(const SyntaxTree& tree, MacroArguments& macros, Edition edition)
        : m_tree(tree), m_macros(macros), m_edition(edition) {}

    FutureInfo build(const AsyncItem& item);

private:
    const SyntaxTree& m_tree;
    MacroArguments& m_macros;
    Edition m_edition;
};

} // namespace awaitscope
