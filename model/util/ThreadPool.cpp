#include "ThreadPool.h"

#include <algorithm>
#include <utility>

namespace awaitscope {

ThreadPool::ThreadPool(int threads) {
    for (int t = 1; t < std::max(1, threads); ++t) m_workers.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_workers) t.join();
}

void ThreadPool::forEach(size_t count, const std::function<void(size_t)>& task) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_task = &task;
        m_count = count, m_next = 0, m_error = nullptr;
        ++m_batch;
    }
    m_wake.notify_all();
    runTasks();
    std::unique_lock<std::mutex> lock(m_mutex);
    // Done when every index was taken and no thread is still inside a call.
    m_done.wait(lock, [this] { return m_next >= m_count && m_running == 0; });
    m_task = nullptr;
    if (m_error) std::rethrow_exception(std::exchange(m_error, nullptr));
}

void ThreadPool::runTasks() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (m_task && m_next < m_count) {
        const size_t i = m_next++;
        const auto* task = m_task;
        ++m_running;
        lock.unlock();
        std::exception_ptr error;
        try {
            (*task)(i);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        --m_running;
        if (error && !m_error) m_error = error;
    }
    if (m_running == 0) m_done.notify_all();
}

void ThreadPool::workerLoop() {
    unsigned long seen = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || (m_batch != seen && m_task); });
            if (m_stopping) return;
            seen = m_batch;
        }
        runTasks();
    }
}

} // namespace awaitscope
