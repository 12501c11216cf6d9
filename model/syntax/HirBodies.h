#pragma once
// The HIRs of a file's bodies, each built once and kept while the file is lowered
// (rust-analyzer's `body_with_source_map` query, without the database): the body a fn
// item, a closure or an async block belongs to is the one built around it, so a closure
// lowered apart, its capture probe and the fn around it all read the same arenas, and the
// ids a reader keeps stay valid.
//
// A fn item's HIR holds its parameters (Body::params), its return type and its block; a closure or
// async block met first (one in a `static`'s initializer) is a HIR of its own. Every
// closure and async block inside a built HIR answers with it.

#include "HirBody.h"
#include "MacroArguments.h"
#include "SyntaxNodeKey.h"

#include <deque>
#include <unordered_map>

namespace awaitscope::hir {

class Bodies {
  public:
    /// The HIR holding `owner` (a fn item, a closure expression or an async block).
    const Body& of(const SyntaxNode& owner, MacroArguments& macros);

  private:
    using Key = SyntaxNodeKey;
    using KeyHash = SyntaxNodeKeyHash;
    static Key keyOf(const SyntaxNode& n) { return syntaxNodeKey(n); }

    std::deque<Body> m_bodies; // stable addresses: readers keep references
    std::unordered_map<Key, const Body*, KeyHash> m_byOwner;
};

} // namespace awaitscope::hir
