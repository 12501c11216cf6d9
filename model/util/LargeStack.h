#pragma once
// Runs work on a thread whose stack is large enough for the analysis's recursive walks
// over deeply nested (but valid) code. rustc does the same (its `ensure_sufficient_stack`
// grows the stack on demand); here the nesting depth is bounded beforehand
// (kMaxNestingDepth in syntax/NestingDepth.h) and the stack is sized for that bound, so
// no input can overflow it.

#include <cstddef>
#include <functional>
#include <memory>

namespace awaitscope {

/// Address space reserved for the stack; pages are only committed as they are touched.
constexpr size_t kLargeStackBytes = size_t{1} << 30;

/// Runs `work` to completion on a thread with a kLargeStackBytes stack and returns after
/// it; an exception thrown by `work` is rethrown here. Falls back to the calling thread
/// if no such thread can be created.
void runOnLargeStack(const std::function<void()>& work);

/// Starts `work` on a thread of its own with a kLargeStackBytes stack, for a pass that runs
/// beside the analysis's thread; join() waits for it and rethrows what it threw. Without a
/// thread to be had, join() runs the work on the calling thread. The destructor joins.
class LargeStackThread {
  public:
    explicit LargeStackThread(std::function<void()> work);
    ~LargeStackThread();
    LargeStackThread(const LargeStackThread&) = delete;
    LargeStackThread& operator=(const LargeStackThread&) = delete;

    void join();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace awaitscope
