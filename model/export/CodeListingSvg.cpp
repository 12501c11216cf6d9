#include "export/CodeListingSvg.h"
#include "export/CodeLines.h"

#include "export/SvgWriter.h"

#include <cmath>
#include <sstream>

namespace awaitscope {

std::string CodeListingSvg::write(const std::string& title, const std::string& code, const std::vector<Band>& bands,
                                  double scale, const std::string& fontFamily, double fontSize) {
    const std::vector<std::string> lines = splitLines(code);
    size_t columns = characterCount(title);
    for (const std::string& l : lines) columns = std::max(columns, characterCount(l) + 6); // + line numbers
    const double margin = SvgWriter::kMargin, lineHeight = std::round(fontSize * 1.4);
    const double charWidth = fontSize * kAdvance;
    const double width = std::ceil(2 * margin + static_cast<double>(columns) * charWidth);
    const double height = std::ceil(2 * margin + static_cast<double>(lines.size() + 2) * lineHeight);
    const auto n = SvgWriter::number;
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
           "width=\""
        << n(std::ceil(width * scale)) << "\" height=\"" << n(std::ceil(height * scale)) << "\" viewBox=\"0 0 "
        << n(width) << " " << n(height) << "\">\n"
        << "<title>" << SvgWriter::escape(title) << "</title>\n<rect x=\"0\" y=\"0\" width=\"" << n(width)
        << "\" height=\"" << n(height) << "\" fill=\"#ffffff\"/>\n";
    const double top = margin + 2 * lineHeight; // below the title line and a blank one
    for (size_t b = 0; b < bands.size(); ++b)
        out << "<rect x=\"" << n(margin / 2) << "\" y=\"" << n(top + (bands[b].firstLine - 1) * lineHeight)
            << "\" width=\"" << n(width - margin) << "\" height=\""
            << n((bands[b].lastLine - bands[b].firstLine + 1) * lineHeight) << "\" fill=\""
            << (bands[b].tint % 2 ? "#eef4fb" : "#fdf6e3") << "\"/>\n";
    out << "<g font-family=\"" << SvgWriter::escape(fontFamily) << "\" font-size=\"" << n(fontSize)
        << "\" fill=\"#1a1a1a\">\n<text x=\"" << n(margin) << "\" y=\"" << n(margin + lineHeight * 0.75)
        << "\" font-weight=\"bold\" xml:space=\"preserve\">" << SvgWriter::escape(title) << "</text>\n";
    for (size_t i = 0; i < lines.size(); ++i) {
        const double y = top + static_cast<double>(i) * lineHeight + lineHeight * 0.75;
        std::string number = std::to_string(i + 1);
        number.insert(0, number.size() < 4 ? 4 - number.size() : 0, ' ');
        out << "<text x=\"" << n(margin) << "\" y=\"" << n(y) << "\" xml:space=\"preserve\"><tspan fill=\"#999999\">"
            << number << "  </tspan>" << SvgWriter::escape(lines[i]) << "</text>\n";
    }
    out << "</g>\n</svg>\n";
    return out.str();
}

} // namespace awaitscope
