#pragma once
// Owns a tree-sitter parse of one SourceFile. Parsing never fails: syntax errors are data
// (ERROR and MISSING nodes), collected as ParseErrors with positions.

#include "NodeIndex.h"
#include "SourceFile.h"
#include "SyntaxNode.h"

#include <memory>
#include <string>
#include <vector>

namespace awaitscope {

class IncrementalParser;
class AncestorIndex;

struct SyntaxError {
    TextPosition position;
    std::string message;
};

class SyntaxTree {
  public:
    explicit SyntaxTree(std::shared_ptr<const SourceFile> file);
    /// Parses with the tree `reuse` kept from the file's previous text (same path), if any;
    /// a fresh parse when `reuse` is null.
    SyntaxTree(std::shared_ptr<const SourceFile> file, IncrementalParser* reuse);
    ~SyntaxTree();
    SyntaxTree(const SyntaxTree&) = delete;
    SyntaxTree& operator=(const SyntaxTree&) = delete;

    SyntaxNode root() const;
    const SourceFile& file() const { return *m_file; }
    std::shared_ptr<const SourceFile> sharedFile() const { return m_file; }
    std::vector<SyntaxError> errors() const;
    /// Indexes every node (NodeIndex) so that parent() and nodeAt() on a deep tree do not
    /// descend from the root each time. Worth it only for deep trees: on ordinary code a
    /// descent costs less than indexing (the analysis asks for it by the tree's depth).
    void indexNodes();
    /// The index, or null when indexNodes() was not called.
    const NodeIndex* nodeIndex() const { return m_index.get(); }
    /// The tree's modules, impls, fns and traits with their nesting (AncestorIndex::
    /// itemScopeKinds) when measureNesting indexed them in its walk of the whole tree (a
    /// second walk of a large file cost 4% of its analysis); null otherwise, and the type
    /// context walks for them itself. Set once, by the thread that owns the new tree.
    std::shared_ptr<const AncestorIndex> itemScopes() const { return m_itemScopes; }
    void setItemScopes(std::shared_ptr<const AncestorIndex> scopes) const { m_itemScopes = std::move(scopes); }

  private:
    std::shared_ptr<const SourceFile> m_file;
    TSTree* m_tree = nullptr;
    std::unique_ptr<NodeIndex> m_index;
    mutable std::shared_ptr<const AncestorIndex> m_itemScopes;
};

} // namespace awaitscope
