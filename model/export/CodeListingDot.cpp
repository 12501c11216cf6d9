#include "export/CodeListingDot.h"
#include "export/CodeLines.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace awaitscope {

namespace {

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

// The band colour of a 1-based line, as the SVG listing tints it, or nullptr.
const char* bandColour(const std::vector<CodeListingSvg::Band>& bands, int line) {
    for (const CodeListingSvg::Band& b : bands)
        if (line >= b.firstLine && line <= b.lastLine) return b.tint % 2 ? "#eef4fb" : "#fdf6e3";
    return nullptr;
}

std::string lineRow(int lineNumber, const std::string& text, const char* band, double height) {
    const std::string bg = band ? std::string(" BGCOLOR=\"") + band + "\"" : std::string();
    // An empty cell would collapse the line; Graphviz keeps spaces as they are.
    const std::string shown = text.empty() ? " " : DotSpecBuilder::escapeHtml(text);
    return "<TR><TD ALIGN=\"RIGHT\" HEIGHT=\"" + number(height) + "\"" + bg + "><FONT COLOR=\"#999999\">" +
           std::to_string(lineNumber) + "  </FONT></TD><TD ALIGN=\"LEFT\"" + bg + ">" + shown + "</TD></TR>";
}

} // namespace

DotSpec CodeListingDot::build(const std::string& title, const std::string& code,
                              const std::vector<CodeListingSvg::Band>& bands, const std::string& fontFamily,
                              double fontSize) {
    const double lineHeight = std::round(fontSize * 1.4);
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
    label += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\" HEIGHT=\"" + number(2 * lineHeight) + "\" VALIGN=\"TOP\"><B>" +
             DotSpecBuilder::escapeHtml(title) + "</B></TD></TR>";
    const std::vector<std::string> lines = splitLines(code);
    for (size_t i = 0; i < lines.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        label += lineRow(line, lines[i], bandColour(bands, line), lineHeight);
    }
    label += "</TABLE>";
    DotSpec spec;
    spec.graph = {{"pad", "0.1667", false}, {"bgcolor", "#ffffff", false}};
    spec.nodeDefaults = {{"shape", "none", false},
                         {"margin", "0", false},
                         {"fontname", fontFamily, false},
                         {"fontsize", number(fontSize), false},
                         {"fontcolor", "#1a1a1a", false}};
    spec.nodes.push_back({"code", {{"label", label, true}}});
    spec.clusterOfNode.push_back(-1);
    return spec;
}

} // namespace awaitscope
