#pragma once
// The lowered code as a Graphviz drawing: one node whose label is the listing (line
// numbers, a light band behind each state's lines), so that PNG and PDF of the code view
// come from Graphviz's cairo plugin like the diagrams, with real text in the PDF.

#include "export/CodeListingSvg.h"
#include "layout/DotSpec.h"

#include <string>
#include <vector>

namespace awaitscope {

class CodeListingDot {
  public:
    static DotSpec build(const std::string& title, const std::string& code,
                         const std::vector<CodeListingSvg::Band>& bands, const std::string& fontFamily,
                         double fontSize = 10);
};

} // namespace awaitscope
