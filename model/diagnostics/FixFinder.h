#pragma once
// Fixes with concrete text edits, offered only where their precondition holds:
//   - end the value's scope in a block that closes before the await
//     (the value is not used from the await's statement on);
//   - drop() it before the await (only when nothing ever borrowed it: a borrowed local
//     stays saved after drop(), as rustc 1.95 shows);
//   - take the value after the await instead (move its `let` below the await's statement,
//     when nothing from the `let` to the await uses it or is used by its initializer);
//   - Rc -> Arc (when every leaf is an `std::rc::Rc` whose contents hold no std::cell type,
//     decided on the leaf types, diagnostics/TypeMatch.h);
//   - std Mutex -> tokio Mutex and RefCell -> Mutex (see LockSwapFix);
//   - run the future with tokio::task::spawn_local on a LocalSet instead of tokio::spawn;
//   - restrict a type parameter with the trait (`T: 'static` -> `T: 'static + Send`), rustc's
//     own suggestion, when every leaf is a parameter of the generics in scope.
// The fixes that take one value out of a state (a block, drop(), moving the `let`) are not
// offered when the future captures something that fails too: captures stay in every state.

#include "data/Snapshot.h"
#include "diagnostics/LockSwapFix.h"

#include <vector>

namespace awaitscope {

class SyntaxTree;
class FileLowering;
struct CallSite;

class FixFinder {
  public:
    FixFinder(const SyntaxTree& tree, const FileLowering& lowering, const std::vector<FutureInfo>& futures)
        : m_tree(tree), m_lowering(lowering), m_futures(futures), m_locks(tree, lowering) {}
    void addFixes(Diagnostic& diagnostic) const;

  private:
    void addScopeFixes(const Cause& cause, std::vector<Fix>& out) const;
    void addBindAfterAwait(const Cause& cause, std::vector<Fix>& out) const;
    void addRcToArc(const Diagnostic& d, std::vector<Fix>& out) const;
    void addSpawnLocal(const Diagnostic& d, std::vector<Fix>& out) const;
    void addParameterBound(const Diagnostic& d, std::vector<Fix>& out) const;
    /// Whether the diagnosed future captures a value that is not Send itself.
    bool capturesFailingValue(const Diagnostic& d) const;
    /// The call to tokio's spawn whose argument (or the call itself) is `site`, if any.
    const CallSite* tokioSpawnAt(const TextRange& site) const;
    bool onlyDroppedLater(const Cause& cause) const;

    const SyntaxTree& m_tree;
    const FileLowering& m_lowering;
    const std::vector<FutureInfo>& m_futures;
    LockSwapFix m_locks;
};

} // namespace awaitscope
