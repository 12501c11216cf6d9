#include "BackgroundWork.h"

#include <QMetaObject>

namespace awaitscope {

BackgroundWork::BackgroundWork(QObject* parent) : QObject(parent) {}

BackgroundWork::~BackgroundWork() {
    std::list<std::thread> threads;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        threads.swap(m_threads);
    }
    // The owners set their cancel flags first, so these return soon. A thread may still post
    // meanwhile: this object is alive until the joins end, and ~QObject drops the queued call.
    for (std::thread& thread : threads) thread.join();
}

void BackgroundWork::post(std::function<void()> call) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.push_back(std::move(call));
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

size_t BackgroundWork::running() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_threads.size();
}

void BackgroundWork::startThread(std::function<void()> body) {
    std::lock_guard<std::mutex> lock(m_mutex); // the thread's first post waits for its entry
    m_threads.emplace_back([this, body = std::move(body)] {
        body();
        std::lock_guard<std::mutex> finishing(m_mutex);
        m_finished.push_back(std::this_thread::get_id());
        QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection); // to be joined
    });
}

void BackgroundWork::deliver() {
    std::vector<std::function<void()>> calls;
    std::list<std::thread> ended;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        calls.swap(m_pending);
        for (const std::thread::id id : m_finished) {
            for (auto it = m_threads.begin(); it != m_threads.end(); ++it) {
                if (it->get_id() != id) continue;
                ended.splice(ended.end(), m_threads, it);
                break;
            }
        }
        m_finished.clear();
    }
    for (std::thread& thread : ended) thread.join(); // each has only its own clean-up left
    for (auto& call : calls) call();
}

} // namespace awaitscope
