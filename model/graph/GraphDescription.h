#pragma once
// A plain description of a diagram: nodes with rows of text (a state and its fields, a
// type in a propagation path), and labelled edges. Both the window's graph view and the
// exporters draw from the same description and the same layout, so they cannot drift.

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

enum class Badge { None, Yes, No, Unknown };

struct GraphRow {
    std::string text; // "guard: RefMut<'_, i64>"
    Badge send = Badge::None;
    Badge sync = Badge::None;
    std::string detail; // "at 22:42" / why it is saved: in its tooltip, and drawn after
                        // the text, small and grey, when the graph's inlineDetails is set
    std::string id;     // semantic identity for selection: "future:tally/state:1/field:2"
};

enum class NodeStyle { State, InitialState, FinalState, Site, Future, Field, Type, Leaf, Code };

struct GraphNode {
    std::string id;    // unique within the graph; also the semantic identity
    std::string title; // "Suspend0 — await at 22:42"
    std::vector<GraphRow> rows;
    NodeStyle style = NodeStyle::State;
    Badge verdict = Badge::None; // colours the node (red when it holds a non-Send value)
    std::string cluster;         // id of the GraphCluster it is drawn in; "" = top level
};

/// A box around a group of nodes: an expanded awaitee's own state machine.
struct GraphCluster {
    std::string id;    // unique within the graph; also the semantic identity
    std::string title; // "fetch_score: state machine"
};

struct GraphEdge {
    std::string from, to;
    std::string label;   // "first poll", "resume after await at 22:42", "&T: Send needs T: Sync"
    bool dashed = false; // e.g. panic edges
    int fromRow = -1;    // >= 0: the edge leaves this row of `from` (an awaitee row)
};

struct GraphDescription {
    std::string name; // "tally: state machine"
    bool leftToRight = false;
    bool inlineDetails = true; // false: a row's detail is only in its tooltip (SVG: <title>)
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<GraphCluster> clusters;
};

} // namespace awaitscope
