#pragma once
// Text -> SVG: the lowered code as a monospace listing, with line numbers and a light
// band behind each highlighted range (a state's variant and its arm in `poll`).

#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

class CodeListingSvg {
  public:
    struct Band {
        int firstLine = 0, lastLine = 0; // 1-based, inclusive
        int tint = 0;                    // alternates between neighbouring states
    };

    /// `scale` multiplies the document's width and height (the drawing keeps its viewBox).
    static std::string write(const std::string& title, const std::string& code, const std::vector<Band>& bands,
                             double scale = 1, const std::string& fontFamily = "DejaVu Sans Mono",
                             double fontSize = 10);

    /// DejaVu Sans Mono advances 0.602 em per character.
    static constexpr double kAdvance = 0.602;
};

} // namespace awaitscope
