#include "layout/CGraph.h"

#include <graphviz/gvc.h>

namespace awaitscope {

namespace {

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

char* cstr(const std::string& s) {
    return const_cast<char*>(s.c_str());
}

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

} // namespace

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

bool CGraph::render(const std::string& format, std::string& out) const {
    if (!m_laidOut) return false;
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(m_gvc, m_root, format.c_str(), &data, &length) != 0) return false;
    out.assign(data, length);
    gvFreeRenderData(data);
    return true;
}

} // namespace awaitscope
