#pragma once
// The control-flow graph of one async body, reduced to what decides which locals a
// suspension point saves. Each instruction mentions one local:
//
//   StorageLive / StorageDead  the local's memory exists (a `let` to the end of its block;
//                              a temporary to the end of its statement, or longer where
//                              the temporary-lifetime rules extend it)
//   Init                       a full assignment (kills liveness: the old value is gone)
//   Use / Move                 a read / a move out (a move ends the value until re-Init)
//   Borrow                     `&x`, `&mut x`, an auto-ref'd method receiver, an overloaded
//                              operator such as `*guard += 1` (DerefMut::deref_mut(&mut guard))
//   Drop                       the scope-end destructor call; a *use* when the local may
//                              still hold a value that has drop glue
//   PartialMove                a field moved out: the rest is still dropped later
//   Suspend                    the N-th suspension point (mentions no local)
//   Unwind                     a terminator that may panic (a call, an overflow- or
//                              bounds-checked operation, a destructor call: its `local`,
//                              or -1): unwinding from it drops every local scheduled for
//                              drop there (`unwindScope`), as the cleanup path rustc_mir_build
//                              builds (builder/scope.rs, diverge_cleanup / DropTree) does;
//                              moves do not unschedule drops on that path, so drop elaboration
//                              decides with a drop flag whether each still runs; a
//                              negative entry is a temporary only the StorageDead of
//                              which is scheduled (it decides which cleanup node is reached)
//
// Mirrors the MIR that rustc_mir_transform/src/coroutine.rs analyses.

#include "syntax/TextPosition.h"

#include <cstddef>
#include <vector>

namespace awaitscope {

enum class Op { StorageLive, StorageDead, Init, Use, Move, Borrow, Drop, PartialMove, Suspend, Unwind };

struct Instr {
    Op op = Op::Use;
    int local = -1;       // -1 for Suspend
    int suspension = -1;  // Suspend: which one
    TextPosition at;      // where in the source (for explanations)
    int unwindScope = -1; // Unwind: index into Cfg::unwindScope
};

struct BasicBlock {
    std::vector<Instr> instrs;
    std::vector<int> successors;
};

class Cfg {
  public:
    Cfg() { m_blocks.emplace_back(); }

    int newBlock() {
        m_blocks.emplace_back();
        return static_cast<int>(m_blocks.size()) - 1;
    }
    void addEdge(int from, int to) { m_blocks[from].successors.push_back(to); }
    void append(int block, Instr instr) { m_blocks[block].instrs.push_back(instr); }
    /// The locals an unwind drops (in drop order); consecutive equal lists share an index.
    int addUnwindScope(std::vector<int> locals);
    const std::vector<int>& unwindScope(int index) const { return m_unwindScopes[index]; }
    int unwindScopeCount() const { return static_cast<int>(m_unwindScopes.size()); }
    void eraseFromUnwindScopes(int first, int local); // from the scopes made since `first`
    /// Suspension N becomes newIndex[N]; one mapped to -1 (unreachable) is removed.
    void renumberSuspensions(const std::vector<int>& newIndex);

    int entry() const { return 0; }
    const std::vector<BasicBlock>& blocks() const { return m_blocks; }
    std::vector<std::vector<int>> predecessors() const;

  private:
    std::vector<BasicBlock> m_blocks;
    std::vector<std::vector<int>> m_unwindScopes;
};

} // namespace awaitscope
