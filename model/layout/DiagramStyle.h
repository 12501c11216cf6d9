#pragma once
// The measures a diagram is laid out with. Graphviz sizes every node from an HTML-like
// label built with these numbers, and the drawing code (SVG here, the GUI's scene in
// views/) places text with the same numbers, read back from LaidOutGraph: one source,
// so text always fits its box.

#include <string>

namespace awaitscope {

struct DiagramStyle {
    // DejaVu is in fonts-dejavu-core on every Debian desktop; Graphviz measures with it
    // through pango and Qt draws with it through fontconfig, so widths agree.
    std::string fontFamily = "DejaVu Sans";
    std::string monospaceFamily = "DejaVu Sans Mono";
    // No text under 10 points: at the window's default zoom (1:1, see views/GraphView)
    // and in an exported SVG every letter is at least 10 px high.
    double fontSize = 12;       // points = scene units
    double detailFontSize = 10; // a row's grey detail (whole points: Graphviz rounds)
    double edgeLabelFontSize = 10;
    double badgeFontSize = 10; // "!Send" inside a badge
    double titleHeight = 26;
    double rowHeight = 22;
    double padding = 8;     // left and right of the text inside a node
    double badgeWidth = 42; // one badge: "!Send"
    double badgeGap = 4;
    double badgeColumnWidth() const { return 2 * badgeWidth + 3 * badgeGap; }
};

} // namespace awaitscope
