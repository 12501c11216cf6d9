#include "layout/GraphvizContext.h"

#include <graphviz/gvc.h>

#include <thread>

namespace awaitscope {

namespace {

// Graphviz reports through a process-wide callback; only the lease holder runs Graphviz,
// so a plain buffer guarded by the same mutex is enough.
std::string g_errors;

int collectError(char* message) {
    g_errors += message;
    return 0;
}

} // namespace

GraphvizContext::Lease::Lease(GVC_t* gvc, std::unique_lock<std::mutex> lock) : m_gvc(gvc), m_lock(std::move(lock)) {
    g_errors.clear();
}

std::string GraphvizContext::Lease::errors() const {
    return g_errors;
}

GraphvizContext::GraphvizContext() : m_gvc(gvContext()) {
    // Warnings (a missing font, say) must not reach a CLI user's terminal as noise;
    // errors are collected and reported with the failure they cause.
    agseterr(AGERR);
    agseterrf(collectError);
}

GraphvizContext& GraphvizContext::instance() {
    // Never destroyed: plugins keep static state that must outlive every caller.
    static GraphvizContext* context = new GraphvizContext();
    return *context;
}

std::optional<GraphvizContext::Lease> GraphvizContext::acquire(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock<std::mutex> lock(m_mutex, std::defer_lock);
    // Layouts are seldom contended (one per view at a time), so polling costs nothing.
    while (!lock.try_lock()) {
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return Lease(m_gvc, std::move(lock));
}

} // namespace awaitscope
