#pragma once
// Which names a body mentions, in order of first mention, computed once per body and
// shared by every body of the file that asks (BodyLowerer::freeVariables).
//
// A nested async block or closure asks for the names its body mentions; its enclosing
// body asked the same of a body that holds it, and so on out. The first ask lowers that
// body to the HIR (syntax/HirBodyBuilder) and builds the list of every closure and async
// block body inside it at once, inner first: a body's list is its own nodes plus the lists
// of the bodies nested in it, so every node is visited a bounded number of times and 2,000
// nested async blocks stay linear. Names are interned: the lists hold ids.
//
// What is a mention (rustc resolves these in the value namespace, rustc_resolve/src/late.rs):
// a path of one segment (`x`, `self`), a binding (`let x`, `|x|`: the lists are not scoped,
// so a name bound inside is taken for the outer one, the conservative side), an inline
// format argument (`println!("{x}")`), and an identifier of a macro input nothing parses.
// A path of more segments (`mem::take`, `Self::new`) names an item, never a local, nor does
// a field, a method, a label or a macro's own name.

#include "syntax/HirBody.h"
#include "syntax/MacroArguments.h"

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
    const std::string& name(int id) const { return m_names[id]; }

    /// The names `body` (a closure's body, an async block's block) mentions.
    const std::vector<NameMention>& of(const SyntaxNode& body, MacroArguments& macros);

  private:
    using Key = std::pair<const void*, const void*>; // tree, node id: ts_node_eq's identity
    static Key keyOf(const SyntaxNode& n) { return {n.raw().tree, n.raw().id}; }
    int intern(std::string_view name);
    /// The list of the nested body `e` of `hir` (or of its root), from its own nodes and the
    /// lists already built for the bodies right inside it.
    std::vector<NameMention> oneLevel(const hir::Body& hir, hir::ExprId body, const std::vector<char>& nested);
    void add(std::vector<NameMention>& out, int name, TextPosition at);
    void addFormatNames(std::vector<NameMention>& out, const hir::Body& hir, hir::ExprId macroCall);

    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
    std::map<Key, std::vector<NameMention>> m_lists;
    std::vector<unsigned> m_seenIn; // per name id: the list (by count) that holds it
    unsigned m_list = 0;
};

} // namespace awaitscope
