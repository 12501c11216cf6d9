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
    double fontSize = 10;          // points = scene units
    double detailFontSize = 8;     // a row's grey "why" (whole points: Graphviz rounds)
    double edgeLabelFontSize = 9;
    double titleHeight = 24;
    double rowHeight = 20;
    double padding = 8;            // left and right of the text inside a node
    double badgeWidth = 34;        // one badge: "!Send"
    double badgeGap = 4;
    double badgeColumnWidth() const { return 2 * badgeWidth + 3 * badgeGap; }
};

} // namespace awaitscope
