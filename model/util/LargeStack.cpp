#include "util/LargeStack.h"

#include <exception>
#include <pthread.h>
#include <utility>

namespace awaitscope {

namespace {

struct Job {
    const std::function<void()>* work;
    std::exception_ptr error;
};

void* runJob(void* raw) {
    auto* job = static_cast<Job*>(raw);
    try {
        (*job->work)();
    } catch (...) {
        job->error = std::current_exception();
    }
    return nullptr;
}

bool startOnLargeStack(pthread_t& thread, Job& job) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, kLargeStackBytes);
    const bool started = pthread_create(&thread, &attributes, &runJob, &job) == 0;
    pthread_attr_destroy(&attributes);
    return started;
}

} // namespace

void runOnLargeStack(const std::function<void()>& work) {
    Job job{&work, nullptr};
    pthread_t thread;
    if (!startOnLargeStack(thread, job)) {
        work(); // no address space for the stack: the depth bound still holds on the usual one
        return;
    }
    pthread_join(thread, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}

struct LargeStackThread::State {
    std::function<void()> work;
    Job job{nullptr, nullptr};
    pthread_t thread{};
    bool running = false;
};

LargeStackThread::LargeStackThread(std::function<void()> work) : m_state(std::make_unique<State>()) {
    m_state->work = std::move(work);
    m_state->job.work = &m_state->work;
    m_state->running = startOnLargeStack(m_state->thread, m_state->job);
}

LargeStackThread::~LargeStackThread() {
    try {
        join();
    } catch (...) { // join() was not called: the error has no one to go to
    }
}

void LargeStackThread::join() {
    if (!m_state->job.work) return; // joined already
    if (m_state->running)
        pthread_join(m_state->thread, nullptr);
    else
        runJob(&m_state->job); // no thread to be had: the work runs here
    m_state->job.work = nullptr;
    if (std::exception_ptr error = std::exchange(m_state->job.error, nullptr)) std::rethrow_exception(error);
}

} // namespace awaitscope
