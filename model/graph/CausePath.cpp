#include "graph/CausePath.h"

namespace awaitscope {

namespace {

constexpr const char* kLeafMarker = "<- leaf";

struct Line {
    size_t depth = 0;
    std::string text;
    bool leaf = false;
};

Line readLine(const std::string& raw) {
    Line line;
    const size_t indent = raw.find_first_not_of(' ');
    line.depth = indent == std::string::npos ? 0 : indent / 2;
    line.text = indent == std::string::npos ? "" : raw.substr(indent);
    const size_t marker = line.text.rfind(kLeafMarker);
    if (marker != std::string::npos && marker + std::string(kLeafMarker).size() == line.text.size()) {
        line.leaf = true;
        line.text.erase(marker);
        while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
    }
    return line;
}

// "never Send" / "never Sync" in a leaf's words give its badge.
PathStep stepFor(const Line& line) {
    PathStep step{line.text, "", line.leaf, {}, line.leaf ? NodeStyle::Leaf : NodeStyle::Type, Badge::No, {}, ""};
    if (line.leaf) {
        const bool sync = line.text.find("Sync") != std::string::npos && line.text.find("Send") == std::string::npos;
        step.rows.push_back({sync ? "leaf: not Sync" : "leaf: not Send", sync ? Badge::None : Badge::No,
                             sync ? Badge::No : Badge::None, "rustc names this type in its help", ""});
    }
    return step;
}

// Builds the forest by indentation: a step is the child of the nearest shallower one.
std::vector<PathStep> forest(const std::vector<Line>& lines) {
    std::vector<PathStep> roots;
    std::vector<PathStep*> open; // open[d]: the last step at depth d
    for (const Line& line : lines) {
        const size_t depth = std::min(line.depth, open.size());
        std::vector<PathStep>& siblings = depth == 0 ? roots : open[depth - 1]->children;
        siblings.push_back(stepFor(line));
        open.resize(depth);
        open.push_back(&siblings.back());
        // Pointers into `siblings` stay valid: only the deepest open vector grows next,
        // or a shallower one after the deeper pointers were dropped by resize().
    }
    return roots;
}

} // namespace

CausePath CausePath::parse(const std::vector<std::string>& path) {
    CausePath result;
    std::vector<Line> lines;
    for (const std::string& raw : path) {
        lines.push_back(readLine(raw));
        result.hasLeafMarkers = result.hasLeafMarkers || lines.back().leaf;
    }
    std::vector<PathStep> roots = forest(lines);
    size_t first = 0;
    while (first + 1 < roots.size() && roots[first].children.empty() && !roots[first].isLeaf)
        result.context.push_back(roots[first++].text);
    result.typeTrees.assign(roots.begin() + static_cast<long>(first), roots.end());
    return result;
}

} // namespace awaitscope
