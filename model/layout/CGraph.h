#pragma once
// A cgraph graph built from a DotSpec, closed (and its layout freed) when it goes. The
// in-process layout reads positions back from it; the renderer hands it to a Graphviz
// output plugin. Only the holder of a GraphvizContext lease may build one.

#include "graph/GraphDescription.h"
#include "layout/DotSpec.h"
#include "layout/LaidOutGraph.h"

#include <string>
#include <vector>

typedef struct GVC_s GVC_t;
typedef struct Agraph_s Agraph_t;
typedef struct Agnode_s Agnode_t;
typedef struct Agedge_s Agedge_t;

namespace awaitscope {

class CGraph {
  public:
    CGraph(GVC_t* gvc, const DotSpec& spec);
    ~CGraph();
    CGraph(const CGraph&) = delete;
    CGraph& operator=(const CGraph&) = delete;

    /// Runs `dot`; false when Graphviz refused (its message is on the lease).
    bool layout();
    /// Positions in scene coordinates (y down, origin top left), after layout().
    LaidOutGraph read(const GraphDescription& description) const;
    /// The laid-out graph through a Graphviz output plugin ("png:cairo", "pdf:cairo", ...);
    /// false when the plugin is missing or failed.
    bool render(const std::string& format, std::string& out) const;

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

} // namespace awaitscope
