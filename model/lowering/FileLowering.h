#pragma once
// Lowers every body of a file, enclosing bodies before the async blocks inside them (an
// enclosing body decides what a block captures), and keeps the results: the state
// machines' contents for the auto-trait solver and the calls for the diagnostics pass.

#include "hir/AsyncItem.h"
#include "lowering/BodyLowerer.h"
#include "lowering/LoweredBody.h"
#include "traits/AutoTraitSolver.h"

#include <atomic>
#include <memory>
#include <vector>

namespace awaitscope {

class LoweringReuse;

/// Why rustc keeps a local at a suspension point (the first reason that applies).
enum class SaveReason { UsedLater, DroppedLater, Borrowed };

struct SavedLocal {
    int local = -1;
    SaveReason reason = SaveReason::UsedLater;
};

struct LoweredFuture {
    /// The async item with the suspensions a path reaches (see ReachableSuspensions.h):
    /// the collector's item itself, or `reachableItem`, its copy without the others.
    const AsyncItem* item = nullptr;
    LoweredBody body;
    std::vector<std::vector<SavedLocal>> savedLocals; // by suspension: what rustc saves there
    std::vector<int> unreachableSuspensions;          // the collector's numbers, ascending
    std::shared_ptr<const AsyncItem> reachableItem;

    /// Points `item` at `collected`, or at its copy without the unreachable suspensions.
    void bindItem(const AsyncItem& collected);
};

class FileLowering : public FutureContents {
  public:
    /// With `reuse`, the units the previous analysis of the file lowered and this text did
    /// not change are taken from it, and this lowering is kept for the next.
    /// The bodies are those of `items` and the plain fns of the type context's tree.
    /// With `threads` > 1, independent groups of bodies (each outermost fn with what is
    /// inside it) lower on that many threads; the result is the same as on one. The
    /// threads have the usual stack: only for a tree of ordinary depth.
    FileLowering(LoweringEnvironment& env, const std::vector<AsyncItem>& items,
                 const std::atomic<bool>* cancelled = nullptr, LoweringReuse* reuse = nullptr, int threads = 1);

    const std::vector<LoweredFuture>& futures() const { return m_futures; }
    /// Plain (non-async) fn bodies: they hold Send-requiring calls such as tokio::spawn.
    const std::vector<LoweredBody>& plainBodies() const { return m_plain; }
    /// Where the fn of each plain body starts (ascending).
    const std::vector<uint32_t>& plainBodyStarts() const { return m_plainStarts; }

    std::string futureName(int futureIndex) const override;
    std::vector<FutureField> fieldsOf(int futureIndex) const override;
    bool isAsyncFn(int futureIndex) const override;
    TypePtr hiddenType(const Type& opaque) const override;

  private:
    struct Job {
        SyntaxNode node; // the async item's node, or the plain fn
        int future;      // -1: a plain fn
    };
    // The plain bodies in the order of their jobs: the one job `job` lowers here, or the
    // bodies of a unit taken from the previous analysis.
    struct PlainPiece {
        size_t job = 0;
        bool taken = false;
        std::vector<LoweredBody> plain;
        std::vector<uint32_t> starts;
    };
    /// The jobs not taken from `reuse`, in groups lowered apart; `pieces` gets the plain
    /// bodies' order.
    std::vector<std::vector<size_t>> groupJobs(const std::vector<Job>& jobs, const std::vector<AsyncItem>& items,
                                               const std::atomic<bool>* cancelled, LoweringReuse* reuse,
                                               std::vector<PlainPiece>& pieces);
    void lowerFuture(LoweringEnvironment& env, int index, const AsyncItem& item);
    static void dropUnreachableSuspensions(LoweredFuture& f, int count);
    void recordReturn(const SyntaxNode& fn, LoweredBody& body) const;
    static std::vector<std::vector<SavedLocal>> savedAtEachSuspension(const LoweredBody& body, int suspensions,
                                                                      const TypeContext& types);

    LoweringEnvironment& m_env;
    std::vector<LoweredFuture> m_futures;
    std::vector<LoweredBody> m_plain;
    std::vector<uint32_t> m_plainStarts;
    std::string m_filePath; // the file the bodies are of
};

} // namespace awaitscope
