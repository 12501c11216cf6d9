#pragma once
// A GraphDescription placed by Graphviz `dot`, in scene coordinates (y grows downwards,
// units are points = pixels at scale 1), ready to draw with QGraphicsView or to write
// as SVG/PDF/PNG.

#include "graph/GraphDescription.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct Point {
    double x = 0, y = 0;
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
};

struct LaidOutNode {
    int node = -1; // index into description.nodes
    Rect box;
    double titleHeight = 0; // rows start below the title
    double rowHeight = 0;
};

struct LaidOutEdge {
    int edge = -1;                  // index into description.edges
    std::vector<Point> spline;      // cubic Bézier: p0, then 3 points per segment
    std::optional<Point> arrowHead; // the arrow's tip, where Graphviz gives one
    Point labelPosition;            // centre of the label
    double labelWidth = 0;          // the label's size as Graphviz measured it; 0 = none
    double labelHeight = 0;
};

struct LaidOutCluster {
    int cluster = -1; // index into description.clusters
    Rect box;         // its title sits inside, at the top
};

struct LaidOutGraph {
    GraphDescription description; // owned copy; nodes/edges above index into it
    Rect bounds;
    std::vector<LaidOutNode> nodes;
    std::vector<LaidOutEdge> edges;
    std::vector<LaidOutCluster> clusters;
    std::string fontFamily; // the font the sizes were computed for
    double fontSize = 12;   // in points = scene units
    // Geometry of a node's inside, as the layout sized it (see GraphLayouter):
    // text starts `padding` in from the left; a row's `detail` follows its text in
    // `detailFontSize`, grey; rows with badges end with a column `badgeColumnWidth` wide
    // holding the Send and Sync badges; the title is bold.
    double padding = 8;
    double detailFontSize = 10;
    double edgeLabelFontSize = 10;
    double badgeFontSize = 10;
    double badgeWidth = 42;       // one badge ("!Send")
    double badgeGap = 4;          // before, between and after the two badges
    double badgeColumnWidth = 80; // present in a node when any of its rows has a badge
    std::string monospaceFamily;  // the code listing's font
};

} // namespace awaitscope
