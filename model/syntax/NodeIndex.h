#pragma once
// Every visible node of one tree-sitter tree, in tree order, each with its parent, so that
// going up or finding the node at a position does not start from the root.
//
// tree-sitter 0.20's ts_node_parent searches down from the root on every call, and
// ts_node_descendant_for_byte_range descends from the node it is given: both cost the
// node's depth (times the siblings passed on the way). Asked once per future or per
// await, that was quadratic in the nesting (2,000 nested async blocks: half the analysis).
// The index answers both with the results tree-sitter's own functions give (the index
// test compares them on every node of real files):
// - parent: the nearest visible ancestor, what ts_node_parent returns for a node with
//   width (a zero-width MISSING node is left to tree-sitter);
// - descendant for a byte range: tree-sitter's descent from the root, started instead at
//   a visible node that contains the range the way the descent requires. Siblings never
//   overlap, so the descent from the root passes through every such node and continues
//   from it exactly as it would from there.

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace awaitscope {

class NodeIndex {
  public:
    explicit NodeIndex(const TSTree* tree);

    /// ts_node_parent(node), or nullopt when the index cannot answer (a node of another
    /// tree, a zero-width node, the root): ask tree-sitter then.
    std::optional<TSNode> parentOf(TSNode node) const;
    /// ts_node_descendant_for_byte_range(root, start, end), from the deepest indexed node
    /// the descent is known to pass.
    TSNode descendantForByteRange(uint32_t start, uint32_t end) const;

    const TSTree* tree() const { return m_tree; }
    size_t size() const { return m_entries.size(); }

  private:
    struct Entry {
        TSNode node;
        uint32_t start = 0;
        uint32_t end = 0;
        int32_t parent = -1; // index of the nearest visible ancestor; -1 for the root
    };
    /// The entry of `node`, or -1.
    int32_t find(TSNode node) const;

    const TSTree* m_tree = nullptr;
    std::vector<Entry> m_entries; // pre-order, so sorted by start byte
};

} // namespace awaitscope
