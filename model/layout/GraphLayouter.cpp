#include "layout/GraphLayouter.h"

#include "layout/DotSpec.h"
#include "layout/GraphvizContext.h"

#include <graphviz/gvc.h>

namespace awaitscope {

namespace {

using Clock = std::chrono::steady_clock;

// The one place where Graphviz coordinates (points, y up, origin at the bounding box's
// lower left) become scene coordinates (points, y down, origin at the top left).
struct SceneTransform {
    boxf bb;
    Point point(pointf p) const { return {p.x - bb.LL.x, bb.UR.y - p.y}; }
    Rect rect(boxf box) const {
        const Point topLeft = point({box.LL.x, box.UR.y});
        return {topLeft.x, topLeft.y, box.UR.x - box.LL.x, box.UR.y - box.LL.y};
    }
};

char* cstr(const std::string& s) { return const_cast<char*>(s.c_str()); }

// cgraph needs an attribute declared on the root before any object can carry it.
Agsym_t* declare(Agraph_t* root, int kind, const std::string& name) {
    Agsym_t* sym = agattr(root, kind, cstr(name), nullptr);
    return sym ? sym : agattr(root, kind, cstr(name), cstr(std::string()));
}

void set(Agraph_t* root, void* object, int kind, const DotAttribute& a) {
    Agsym_t* sym = declare(root, kind, a.name);
    if (!a.html) {
        agxset(object, sym, cstr(a.value));
        return;
    }
    // agxset shares the string we hold, keeping its HTML mark (cgraph's documented idiom).
    char* html = agstrdup_html(root, cstr(a.value));
    agxset(object, sym, html);
    agstrfree(root, html);
}

// A cgraph graph built from a DotSpec, closed (and its layout freed) when it goes.
class CGraph {
public:
    CGraph(GVC_t* gvc, const DotSpec& spec);
    ~CGraph();
    CGraph(const CGraph&) = delete;
    CGraph& operator=(const CGraph&) = delete;

    bool layout();
    LaidOutGraph read(const GraphDescription& description) const;

private:
    void addClusters(const DotSpec& spec);
    void addNodes(const DotSpec& spec);
    void addEdges(const DotSpec& spec);

    GVC_t* m_gvc;
    Agraph_t* m_root;
    bool m_laidOut = false;
    std::vector<Agraph_t*> m_clusters;
    std::vector<Agnode_t*> m_nodes;
    std::vector<Agedge_t*> m_edges;
};

CGraph::CGraph(GVC_t* gvc, const DotSpec& spec) : m_gvc(gvc) {
    m_root = agopen(cstr("G"), Agdirected, nullptr);
    for (const DotAttribute& a : spec.graph) agattr(m_root, AGRAPH, cstr(a.name), cstr(a.value));
    for (const DotAttribute& a : spec.nodeDefaults) agattr(m_root, AGNODE, cstr(a.name), cstr(a.value));
    for (const DotAttribute& a : spec.edgeDefaults) agattr(m_root, AGEDGE, cstr(a.name), cstr(a.value));
    addClusters(spec);
    addNodes(spec);
    addEdges(spec);
}

CGraph::~CGraph() {
    if (m_laidOut) gvFreeLayout(m_gvc, m_root);
    agclose(m_root);
}

void CGraph::addClusters(const DotSpec& spec) {
    for (const DotObject& c : spec.clusters) {
        Agraph_t* sub = agsubg(m_root, cstr(c.name), 1);
        for (const DotAttribute& a : c.attributes) set(m_root, sub, AGRAPH, a);
        m_clusters.push_back(sub);
    }
}

void CGraph::addNodes(const DotSpec& spec) {
    for (size_t i = 0; i < spec.nodes.size(); ++i) {
        Agnode_t* node = agnode(m_root, cstr(spec.nodes[i].name), 1);
        for (const DotAttribute& a : spec.nodes[i].attributes) set(m_root, node, AGNODE, a);
        if (spec.clusterOfNode[i] >= 0) agsubnode(m_clusters[spec.clusterOfNode[i]], node, 1);
        m_nodes.push_back(node);
    }
}

void CGraph::addEdges(const DotSpec& spec) {
    for (const DotEdgeSpec& e : spec.edges) {
        // An edge to a node the description lacks would create it: refuse instead.
        Agnode_t* tail = agnode(m_root, cstr(e.tail), 0);
        Agnode_t* head = agnode(m_root, cstr(e.head), 0);
        Agedge_t* edge = tail && head ? agedge(m_root, tail, head, nullptr, 1) : nullptr;
        if (edge)
            for (const DotAttribute& a : e.attributes) set(m_root, edge, AGEDGE, a);
        m_edges.push_back(edge);
    }
}

bool CGraph::layout() {
    m_laidOut = gvLayout(m_gvc, m_root, "dot") == 0;
    return m_laidOut;
}

LaidOutEdge readEdge(Agedge_t* edge, int index, const SceneTransform& t) {
    LaidOutEdge out;
    out.edge = index;
    if (!edge || !ED_spl(edge) || ED_spl(edge)->size == 0) return out;
    const bezier& bz = ED_spl(edge)->list[0];
    for (int i = 0; i < bz.size; ++i) out.spline.push_back(t.point(bz.list[i]));
    if (bz.eflag) out.arrowHead = t.point(bz.ep);
    if (const textlabel_t* label = ED_label(edge); label && label->set) {
        out.labelPosition = t.point(label->pos);
        out.labelWidth = label->dimen.x;
        out.labelHeight = label->dimen.y;
    }
    return out;
}

LaidOutGraph CGraph::read(const GraphDescription& description) const {
    LaidOutGraph out;
    out.description = description;
    const SceneTransform t{GD_bb(m_root)};
    out.bounds = {0, 0, t.bb.UR.x - t.bb.LL.x, t.bb.UR.y - t.bb.LL.y};
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Point centre = t.point(ND_coord(m_nodes[i]));
        const double w = ND_width(m_nodes[i]) * 72, h = ND_height(m_nodes[i]) * 72;
        out.nodes.push_back({static_cast<int>(i), {centre.x - w / 2, centre.y - h / 2, w, h}, 0, 0});
    }
    for (size_t i = 0; i < m_edges.size(); ++i) out.edges.push_back(readEdge(m_edges[i], static_cast<int>(i), t));
    for (size_t i = 0; i < m_clusters.size(); ++i)
        out.clusters.push_back({static_cast<int>(i), t.rect(GD_bb(m_clusters[i]))});
    return out;
}

void applyStyle(LaidOutGraph& graph, const DiagramStyle& style) {
    graph.fontFamily = style.fontFamily;
    graph.monospaceFamily = style.monospaceFamily;
    graph.fontSize = style.fontSize;
    graph.detailFontSize = style.detailFontSize;
    graph.edgeLabelFontSize = style.edgeLabelFontSize;
    graph.padding = style.padding;
    graph.badgeWidth = style.badgeWidth;
    graph.badgeGap = style.badgeGap;
    graph.badgeColumnWidth = style.badgeColumnWidth();
    for (LaidOutNode& node : graph.nodes) {
        node.titleHeight = style.titleHeight;
        node.rowHeight = style.rowHeight;
    }
}

std::string seconds(std::chrono::milliseconds ms) {
    return std::to_string(ms.count() / 1000) + "." + std::to_string(ms.count() % 1000 / 100) + " s";
}

} // namespace

GraphLayouter::GraphLayouter(LayoutOptions options) : m_options(std::move(options)) {}

bool GraphLayouter::isCancelled() const { return m_options.cancelled && m_options.cancelled->load(); }

LayoutResult GraphLayouter::failure(const std::string& error, bool cancelled) const {
    LayoutResult result;
    result.error = error;
    result.cancelled = cancelled;
    return result;
}

LayoutResult GraphLayouter::layout(const GraphDescription& description) const {
    const auto deadline = Clock::now() + m_options.timeLimit;
    if (description.nodes.size() > m_options.maxNodes)
        return failure("the diagram has " + std::to_string(description.nodes.size()) +
                       " nodes; layout is limited to " + std::to_string(m_options.maxNodes));
    if (isCancelled()) return failure("layout cancelled", true);
    auto lease = GraphvizContext::instance().acquire(deadline);
    if (!lease) return failure("layout did not start within " + seconds(m_options.timeLimit) + ": Graphviz is busy");
    if (isCancelled()) return failure("layout cancelled", true);
    CGraph graph(lease->gvc(), DotSpecBuilder::build(description, m_options.style));
    if (!graph.layout()) return failure("Graphviz could not lay out the diagram: " + lease->errors());
    if (isCancelled()) return failure("layout cancelled", true);
    if (Clock::now() > deadline)
        return failure("layout took longer than the limit of " + seconds(m_options.timeLimit));
    LayoutResult result;
    result.graph = graph.read(description);
    applyStyle(result.graph, m_options.style);
    return result;
}

} // namespace awaitscope
