#pragma once
// Text measured and split the same way by every export: the lowered code's listing split
// into lines (its SVG and DOT drawings number the same lines), and a line's width in
// characters (the SVG listing's columns, the rustc-style carets).

#include <sstream>
#include <string>
#include <vector>

namespace awaitscope {

inline std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// UTF-8 characters in `s`: bytes that are not continuation bytes.
inline size_t characterCount(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

} // namespace awaitscope
