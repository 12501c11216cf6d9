#pragma once
// Which names a body mentions, in order of first mention, computed once per body and
// shared by every body of the file that asks (BodyLowerer::freeVariables).
//
// A nested async block or closure asks for the names its body mentions; its enclosing
// body asked the same of a body that holds it, and so on out. Walking each body's whole
// subtree made 2,000 nested async blocks quadratic in tree nodes; here a body's list is
// built from its own nodes plus the (already built) lists of the bodies nested in it, so
// every node is visited a bounded number of times. Names are interned: the lists hold ids.

#include "syntax/SyntaxNode.h"

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace awaitscope {

struct NameMention {
    int name = -1; // NameMentions::name(id)
    TextPosition at;
};

class NameMentions {
  public:
    int intern(const std::string& name);
    const std::string& name(int id) const { return m_names[id]; }

    /// The list of a body, or null when it was not built yet.
    const std::vector<NameMention>* find(const SyntaxNode& body) const;
    const std::vector<NameMention>& store(const SyntaxNode& body, std::vector<NameMention> mentions);

    /// Appends `mention` to `out` unless its name is in `out` already (`out` is the list
    /// being built, opened with begin()).
    void begin();
    void add(std::vector<NameMention>& out, const NameMention& mention);

  private:
    using Key = std::pair<const void*, const void*>; // tree, node id: ts_node_eq's identity
    static Key keyOf(const SyntaxNode& n) { return {n.raw().tree, n.raw().id}; }

    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
    std::map<Key, std::vector<NameMention>> m_lists;
    std::vector<unsigned> m_seenIn; // per name id: the list (by begin() count) that holds it
    unsigned m_list = 0;
};

} // namespace awaitscope
