#pragma once
// Lowers every body of a file, enclosing bodies before the async blocks inside them (an
// enclosing body decides what a block captures), and keeps the results: the state
// machines' contents for the auto-trait solver and the calls for the diagnostics pass.

#include "hir/AsyncItem.h"
#include "lowering/BodyLowerer.h"
#include "lowering/LoweredBody.h"
#include "traits/AutoTraitSolver.h"

#include <atomic>
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
    const AsyncItem* item = nullptr;
    LoweredBody body;
    std::vector<std::vector<SavedLocal>> savedLocals; // by suspension: what rustc saves there
};

class FileLowering : public FutureContents {
  public:
    /// With `reuse`, the units the previous analysis of the file lowered and this text did
    /// not change are taken from it, and this lowering is kept for the next.
    /// The bodies are those of `items` and the plain fns of the type context's tree.
    FileLowering(LoweringEnvironment& env, const std::vector<AsyncItem>& items,
                 const std::atomic<bool>* cancelled = nullptr, LoweringReuse* reuse = nullptr);

    const std::vector<LoweredFuture>& futures() const { return m_futures; }
    /// Plain (non-async) fn bodies: they hold Send-requiring calls such as tokio::spawn.
    const std::vector<LoweredBody>& plainBodies() const { return m_plain; }
    /// Where the fn of each plain body starts (ascending).
    const std::vector<uint32_t>& plainBodyStarts() const { return m_plainStarts; }

    std::string futureName(int futureIndex) const override;
    std::vector<FutureField> fieldsOf(int futureIndex) const override;

  private:
    void lowerFuture(int index, const AsyncItem& item);
    void recordReturn(const SyntaxNode& fn, LoweredBody& body) const;
    static std::vector<std::vector<SavedLocal>> savedAtEachSuspension(const LoweredBody& body, int suspensions,
                                                                      const TypeContext& types);

    LoweringEnvironment& m_env;
    std::vector<LoweredFuture> m_futures;
    std::vector<LoweredBody> m_plain;
    std::vector<uint32_t> m_plainStarts;
};

} // namespace awaitscope
