#pragma once
// Work off the GUI thread, with its result handed back to the GUI thread.
//
// Each piece of work runs on a std::thread of its own; its result reaches the GUI thread
// through a queue guarded by a std::mutex, drained by a queued call. Why not QtConcurrent:
// Qt 6 as Debian ships it is not built with ThreadSanitizer, so the thread pool's and the
// event queue's own locking is invisible to TSan, and every handoff through them looks like
// a race. A thread start, a std::mutex and a join are all seen by TSan, so the one race
// detector that checks the window's background analysis and cancellation can do its job.
//
// The owner cancels its work (its own flags) before this object is destroyed; the
// destructor then waits for the threads, so no thread outlives what it reports to.

#include <QObject>

#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace awaitscope {

class BackgroundWork : public QObject {
    Q_OBJECT
  public:
    explicit BackgroundWork(QObject* parent);
    ~BackgroundWork() override;

    /// Runs `work()` on a thread of its own, then `done(result)` on this object's thread.
    template <class Work, class Done> void run(Work work, Done done) {
        startThread([this, work = std::move(work), done = std::move(done)]() mutable {
            // A shared_ptr keeps the hand-back copyable for std::function, whatever the result.
            auto result = std::make_shared<decltype(work())>(work());
            post([result, done = std::move(done)]() mutable { done(std::move(*result)); });
        });
    }

    /// Queues `call` to run on this object's thread; safe from any thread.
    void post(std::function<void()> call);

    /// Threads started and not yet joined.
    size_t running() const;

  private:
    void startThread(std::function<void()> body);
    Q_INVOKABLE void deliver();

    mutable std::mutex m_mutex;
    std::vector<std::function<void()>> m_pending;
    std::list<std::thread> m_threads;
    std::vector<std::thread::id> m_finished;
};

} // namespace awaitscope
