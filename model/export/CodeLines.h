#pragma once
// The lowered code's listing split into lines, shared by its SVG and DOT drawings so both
// number the same lines.

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

} // namespace awaitscope
