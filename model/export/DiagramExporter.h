#pragma once
// One call from an analysis to an exported document: pick the future or diagnostic,
// build its diagram (or lowered code), lay it out and write SVG, DOT, PNG or PDF. The
// command line and the window both use it. PNG and PDF are drawn by Graphviz's cairo
// plugin (layout/GraphRenderer), so a PDF holds real, selectable text.

#include "data/Snapshot.h"
#include "graph/GraphDescription.h"
#include "layout/GraphLayouter.h"

#include <optional>
#include <string>

namespace awaitscope {

struct ExportRequest {
    std::string future;            // "" = the future the first diagnostic names, else the first
    std::string view = "states";   // states | path | code
    std::optional<int> diagnostic; // 1-based, for view "path"; none = the first (of `future`)
    std::string format = "svg";    // svg | dot | png | pdf
    double scale = 1;              // SVG: size multiplier; PNG: pixels per point
    bool expandAwaitees = true;    // nested futures of the file drawn as clusters
    LayoutOptions layout;
};

struct ExportDocument {
    std::string data;
    std::string error;             // "" on success; a sentence for the user
    double layoutMilliseconds = 0; // for the curious (--verbose, benchmarks)
    bool ok() const { return error.empty(); }
};

class DiagramExporter {
  public:
    static ExportDocument run(const Snapshot& snapshot, const ExportRequest& request);

    /// The diagram a request asks for, or an error in `error`.
    static std::optional<GraphDescription> diagram(const Snapshot& snapshot, const ExportRequest& request,
                                                   std::string& error);

    /// The future a request names (or the default one), or an error in `error`.
    static const FutureInfo* chooseFuture(const Snapshot& snapshot, const std::string& name, std::string& error);

    /// The diagnostic a request names (or the default one), or an error in `error`.
    static const Diagnostic* chooseDiagnostic(const Snapshot& snapshot, const ExportRequest& request,
                                              std::string& error);

  private:
    static ExportDocument code(const Snapshot& snapshot, const ExportRequest& request);
};

} // namespace awaitscope
