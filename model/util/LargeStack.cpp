#include "util/LargeStack.h"

#include <exception>
#include <pthread.h>

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

} // namespace

void runOnLargeStack(const std::function<void()>& work) {
    Job job{&work, nullptr};
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, kLargeStackBytes);
    pthread_t thread;
    const bool started = pthread_create(&thread, &attributes, &runJob, &job) == 0;
    pthread_attr_destroy(&attributes);
    if (!started) {
        work(); // no address space for the stack: the depth bound still holds on the usual one
        return;
    }
    pthread_join(thread, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}

} // namespace awaitscope
