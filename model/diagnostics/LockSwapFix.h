#pragma once
// Fixes that change the lock instead of the code's shape.
//
//   - std::sync::Mutex / RwLock -> tokio::sync's, when a std guard is held across an await.
//     std's guards are never Send (the thread that locked must unlock); tokio's guards
//     are Send, and `lock().await` / `read().await` wait without blocking the worker thread.
//   - RefCell -> Mutex, when a RefCell or one of its borrows is what makes the future !Send.
//     A `RefCell` is never Sync, so sharing one (`Arc<RefCell<T>>`, `&RefCell<T>`) or holding
//     its `RefMut` across an await cannot be sent. std's Mutex when no borrow crosses an
//     await; tokio's (`lock().await`) when one does. An `Rc` around it becomes an `Arc`.
//
// Both rewrite every use of the old lock in the file, so they are offered only when every
// use is one they know how to rewrite (`new`, `lock().unwrap()` / `lock().expect(..)`,
// `borrow()`, `borrow_mut()`, the type's paths and imports), every call that may be one the
// lowering resolved, and every lock that becomes `.await` sits in async code.

#include "data/Snapshot.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

class SyntaxTree;
class SyntaxNode;
class FileLowering;

class LockSwapFix {
  public:
    LockSwapFix(const SyntaxTree& tree, const FileLowering& lowering);

    /// One fix for each std lock (Mutex, RwLock) whose guard is what the diagnostic blames.
    std::vector<Fix> stdLocksToTokio(const Diagnostic& d) const;
    std::optional<Fix> refCellToMutex(const Diagnostic& d) const;

  private:
    struct Uses {
        std::vector<SyntaxNode> calls; // the method calls to rewrite
        bool rewritable = true;
    };

    /// The calls of `owner`'s methods in `methods` (and `owner::new`); not rewritable when
    /// another method of `owner` is called or a call of that name was not resolved.
    Uses usesOf(const std::string& owner, const std::set<std::string>& methods) const;
    /// Rewrites the paths and imports of `fromModule::Name` to `toModule::NewName`; false
    /// when some spelling is one it cannot rewrite (a glob import, an alias, `sync::Mutex`).
    bool swapPaths(const std::string& fromModule, const std::map<std::string, std::string>& names,
                   const std::string& toModule, std::vector<TextEdit>& edits) const;
    std::optional<TextEdit> rewriteUse(const SyntaxNode& use, const std::string& fromModule,
                                       const std::map<std::string, std::string>& names, const std::string& toModule,
                                       bool& ok) const;
    /// A std lock and its tokio twin: the same names, async `lock` / `read` / `write`.
    struct StdLock {
        std::string name;                  // "Mutex"
        std::vector<std::string> guards;   // "MutexGuard"
        std::set<std::string> lockMethods; // "lock"
    };
    std::optional<Fix> stdLockToTokio(const Diagnostic& d, const StdLock& lock) const;
    bool derivesWithRefCell() const;

    const SyntaxTree& m_tree;
    std::map<TextRange, std::string> m_calleeByRange; // every resolved call: its callee's path
};

} // namespace awaitscope
