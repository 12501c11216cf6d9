#include "export/DotWriter.h"

#include "layout/DotSpec.h"

#include <sstream>

namespace awaitscope {

namespace {

std::string value(const DotAttribute& a) {
    return a.html ? "<" + a.value + ">" : DotWriter::quote(a.value);
}

std::string list(const std::vector<DotAttribute>& attributes) {
    std::string out;
    for (const DotAttribute& a : attributes) out += (out.empty() ? "" : ", ") + a.name + "=" + value(a);
    return "[" + out + "]";
}

void writeNode(std::ostringstream& out, const DotObject& node, const std::string& indent) {
    out << indent << DotWriter::quote(node.name) << " " << list(node.attributes) << ";\n";
}

void writeCluster(std::ostringstream& out, const DotSpec& spec, size_t cluster) {
    out << "  subgraph " << DotWriter::quote(spec.clusters[cluster].name) << " {\n";
    for (const DotAttribute& a : spec.clusters[cluster].attributes) out << "    " << a.name << "=" << value(a) << ";\n";
    for (size_t i = 0; i < spec.nodes.size(); ++i)
        if (spec.clusterOfNode[i] == static_cast<int>(cluster)) writeNode(out, spec.nodes[i], "    ");
    out << "  }\n";
}

} // namespace

std::string DotWriter::quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out + "\"";
}

std::string DotWriter::write(const GraphDescription& graph, const DiagramStyle& style) {
    const DotSpec spec = DotSpecBuilder::build(graph, style);
    std::ostringstream out;
    out << "// " << graph.name << " (written by Awaitscope; lay out with `dot -Tsvg`)\n";
    out << "digraph " << quote(graph.name) << " {\n";
    out << "  graph " << list(spec.graph) << ";\n";
    out << "  node " << list(spec.nodeDefaults) << ";\n";
    out << "  edge " << list(spec.edgeDefaults) << ";\n";
    for (size_t c = 0; c < spec.clusters.size(); ++c) writeCluster(out, spec, c);
    for (size_t i = 0; i < spec.nodes.size(); ++i)
        if (spec.clusterOfNode[i] < 0) writeNode(out, spec.nodes[i], "  ");
    for (const DotEdgeSpec& e : spec.edges) {
        out << "  " << quote(e.tail) << " -> " << quote(e.head);
        if (!e.attributes.empty()) out << " " << list(e.attributes);
        out << ";\n";
    }
    out << "}\n";
    return out.str();
}

} // namespace awaitscope
