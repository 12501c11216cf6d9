#pragma once
// The colours of a diagram, shared by every drawing of it: the SVG writer, and the
// Graphviz-drawn PNG and PDF (DotSpec's render labels). Words go with colours on badges,
// for colour-blind readers.

#include "graph/GraphDescription.h"

#include <string>

namespace awaitscope {

struct NodeColours {
    const char* fill;
    const char* title;
};

inline NodeColours nodeColours(NodeStyle style) {
    switch (style) {
    case NodeStyle::InitialState: return {"#ffffff", "#e4eefb"};
    case NodeStyle::FinalState: return {"#ffffff", "#eeeeee"};
    case NodeStyle::Site: return {"#ffffff", "#fdf0d5"};
    case NodeStyle::Future: return {"#ffffff", "#e4eefb"};
    case NodeStyle::Leaf: return {"#ffffff", "#fbe0dd"};
    case NodeStyle::Field:
    case NodeStyle::Type:
    case NodeStyle::State:
    case NodeStyle::Code: break;
    }
    return {"#ffffff", "#f3f3f3"};
}

/// A node that holds a non-Send value gets a red border.
inline const char* nodeBorder(Badge verdict) {
    return verdict == Badge::No ? "#c62828" : "#5f6b7a";
}

constexpr const char* kEdgeColour = "#4a5563";
constexpr const char* kEdgeLabelColour = "#333333";
constexpr const char* kClusterFill = "#fafafa";
constexpr const char* kClusterBorder = "#9a9a9a";
constexpr const char* kTextColour = "#1a1a1a";
constexpr const char* kDetailColour = "#666666";

// Text, fill and border of a badge.
struct BadgeLook {
    std::string word;
    const char* fill;
    const char* ink;
};

inline BadgeLook badgeLook(Badge badge, const std::string& trait) {
    if (badge == Badge::Yes) return {trait, "#dff3e4", "#1b6e2e"};
    if (badge == Badge::No) return {"!" + trait, "#fbdcd9", "#a61b14"};
    return {trait + "?", "#ececec", "#555555"};
}

} // namespace awaitscope
