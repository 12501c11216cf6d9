#pragma once
// A diagram drawn by Graphviz itself: the DotSpec is laid out with `dot` and handed to
// Graphviz's cairo plugin, which writes PNG or PDF. In a PDF, text stays text (fonts
// embedded, selectable, searchable), unlike a drawing that turns glyphs into outlines.
// Qt-free, so the command line and the window export through this one path.

#include "layout/DotSpec.h"
#include "layout/GraphLayouter.h"

#include <string>

namespace awaitscope {

struct RenderResult {
    std::string data;  // the file's bytes
    std::string error; // "" on success; a sentence for the user
    bool ok() const { return error.empty(); }
};

class GraphRenderer {
  public:
    explicit GraphRenderer(LayoutOptions options = {});

    /// `format`: "png" or "pdf". `scale`: a PNG's pixels per point (1 = 72 dpi); a PDF
    /// page is always the drawing's size in points.
    RenderResult render(DotSpec spec, const std::string& format, double scale) const;

  private:
    LayoutOptions m_options;
};

} // namespace awaitscope
