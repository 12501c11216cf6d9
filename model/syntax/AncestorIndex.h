#pragma once
// The ancestors of a few kinds (items: modules, impls, fns, traits) of any node, without
// a walk over the node's own ancestors. tree-sitter 0.20's parent() searches down from the
// root, and even one root-down descent (AncestorPath.h) costs the node's depth: asked once
// per future of 2,000 nested async blocks, that was quadratic. The index records the
// nodes of the kinds in one walk of the tree; a node's ancestors among them are the ones
// whose byte range holds it (siblings never overlap), found from the last one starting
// before it through their own chain of enclosing entries.

#include "syntax/SyntaxNode.h"

#include <optional>
#include <vector>

namespace awaitscope {

class AncestorIndex {
  public:
    /// Walks the tree under `root` for nodes of `kinds`.
    AncestorIndex(const SyntaxNode& root, std::vector<SyntaxKind> kinds);
    /// An empty index that a walk of the caller's fills (add), so one walk over a large
    /// tree serves more than one purpose (measureNesting builds SyntaxTree::itemScopes).
    struct Unfilled {};
    AncestorIndex(const SyntaxNode& root, std::vector<SyntaxKind> kinds, Unfilled);
    /// The next node of a pre-order walk from the root (depth 0), with its depth.
    void add(TSNode node, int depth);
    /// Appends what an index filled by a walk of the subtrees after this one's (later
    /// children of the same root) found: one index, as one walk of both would fill it.
    void append(AncestorIndex&& later);

    /// The kinds of SyntaxTree::itemScopes: modules, impls, fns and traits, the items that
    /// make the scope a name is looked up in (TypeContext::scopeAt).
    static std::vector<SyntaxKind> itemScopeKinds();

    /// The indexed nodes that are `node` or hold it, root first. nullopt for a node of
    /// another tree or without width (a missing node's range proves nothing): ask
    /// pathFromRoot then.
    std::optional<std::vector<SyntaxNode>> ancestorsOf(const SyntaxNode& node) const;
    /// The indexed nodes of `kind` (one of the index's kinds), in tree order: what a walk of
    /// the whole tree for them would find, without walking it again.
    std::vector<SyntaxNode> nodesOfKind(SyntaxKind kind) const;

  private:
    struct Entry {
        uint32_t start = 0;
        uint32_t end = 0;
        SyntaxNode node;
        int enclosing = -1; // the nearest indexed node holding this one
    };
    bool isIndexedKind(SyntaxKind kind) const;

    struct Open {
        int depth;
        int entry;
    };

    std::vector<SyntaxKind> m_kinds;
    std::vector<Entry> m_entries; // in tree order (pre-order), so sorted by start byte
    const TSTree* m_tree = nullptr;
    const SourceFile* m_file = nullptr;
    std::vector<Open> m_open; // while filling: the indexed nodes holding the walk's node, innermost last
};

} // namespace awaitscope
