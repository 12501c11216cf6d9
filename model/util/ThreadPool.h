#pragma once
// A small pool of worker threads for independent pieces of work (the files of a crate in
// `analyze-crate --jobs N`). Qt-free, as all of model/ is. The caller's thread works too,
// so a pool of one thread runs everything in order on the caller's thread.

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace awaitscope {

class ThreadPool {
  public:
    /// `threads` threads in all, the caller's included (at least one).
    explicit ThreadPool(int threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int threads() const { return static_cast<int>(m_workers.size()) + 1; }

    /// Calls `task(i)` once for every i in [0, count), each on whichever thread is free
    /// next, in ascending order of i as they are taken; returns when every call returned.
    /// The first exception a call throws is rethrown here (the other calls still run).
    void forEach(size_t count, const std::function<void(size_t)>& task);

  private:
    void workerLoop();
    void runTasks(); // takes indexes of the current batch until none is left

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(size_t)>* m_task = nullptr;
    size_t m_count = 0, m_next = 0, m_running = 0;
    unsigned long m_batch = 0;
    bool m_stopping = false;
    std::exception_ptr m_error;
};

} // namespace awaitscope
