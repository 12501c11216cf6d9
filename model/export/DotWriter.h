#pragma once
// GraphDescription -> DOT text that `dot` accepts and lays out like the window: the
// attributes come from the same DotSpec the in-process layout uses.

#include "graph/GraphDescription.h"
#include "layout/DiagramStyle.h"

#include <string>

namespace awaitscope {

class DotWriter {
  public:
    static std::string write(const GraphDescription& graph, const DiagramStyle& style = {});

    /// A DOT quoted string: `"` and `\` escaped.
    static std::string quote(const std::string& text);
};

} // namespace awaitscope
