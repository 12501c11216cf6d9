#pragma once
// The one Graphviz context of the process. Graphviz 2.42 is not safe to use from two
// threads at once, and creating a GVC_t per call reads freed memory in the pango plugin:
// so there is one, created on first use, never freed, and used only by the holder of
// its lock.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

typedef struct GVC_s GVC_t;

namespace awaitscope {

class GraphvizContext {
  public:
    /// Exclusive use of the context while it lives.
    class Lease {
      public:
        GVC_t* gvc() const { return m_gvc; }
        /// Graphviz's error messages since the lease began ("" when none).
        std::string errors() const;

      private:
        friend class GraphvizContext;
        Lease(GVC_t* gvc, std::unique_lock<std::mutex> lock);
        GVC_t* m_gvc;
        std::unique_lock<std::mutex> m_lock;
    };

    static GraphvizContext& instance();

    /// Waits for the context until `deadline`; nothing when another layout holds it longer.
    std::optional<Lease> acquire(std::chrono::steady_clock::time_point deadline);

  private:
    GraphvizContext();
    GVC_t* m_gvc;
    // A plain mutex polled with try_lock, not a std::timed_mutex: libstdc++ waits on that
    // with pthread_mutex_clocklock, which clang 14's ThreadSanitizer does not intercept, so
    // it saw every unlock as the unlock of a mutex nobody held.
    std::mutex m_mutex;
};

} // namespace awaitscope
