#pragma once
// GraphDescription -> LaidOutGraph with Graphviz `dot`, in process. Call it off the GUI
// thread: a large graph takes seconds. Cancellation is checked before and after the
// Graphviz call (which cannot be interrupted); the time limit turns a slow layout into
// an error instead of a result nobody waits for.

#include "graph/GraphDescription.h"
#include "layout/DiagramStyle.h"
#include "layout/LaidOutGraph.h"

#include <atomic>
#include <chrono>
#include <string>

namespace awaitscope {

struct LayoutOptions {
    const std::atomic<bool>* cancelled = nullptr;
    std::chrono::milliseconds timeLimit{30000};
    /// Graphs above this are refused before Graphviz sees them: nobody reads them and
    /// dot's crossing minimisation grows much faster than linearly.
    size_t maxNodes = 2000;
    DiagramStyle style;
};

struct LayoutResult {
    LaidOutGraph graph;
    std::string error;      // "" on success
    bool cancelled = false; // the caller gave up; error says so too
    bool ok() const { return error.empty(); }
};

class GraphLayouter {
  public:
    explicit GraphLayouter(LayoutOptions options = {});

    LayoutResult layout(const GraphDescription& description) const;

  private:
    bool isCancelled() const;
    LayoutResult failure(const std::string& error, bool cancelled = false) const;

    LayoutOptions m_options;
};

} // namespace awaitscope
