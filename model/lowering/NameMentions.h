#pragma once
// Which names a closure or async block uses from outside it, in order of first mention,
// computed once per body and shared by every body of the file that asks
// (BodyLowerer::freeVariables).
//
// A nested async block or closure asks for the names its body uses. The first ask of a HIR
// (syntax/HirBodies: the fn's, shared with the lowering) builds the list of every closure
// and async block in it at once, inner first: a body's list is its own mentions plus the
// lists of the bodies nested in it, so every node is visited a bounded number of times and
// 2,000 nested async blocks stay linear. Names are interned: the lists hold ids.
//
// What is a mention (rustc resolves these in the value namespace, rustc_resolve/src/late.rs):
// a path of one segment (`x`, `self`), an inline format argument (`println!("{x}")`), an
// identifier of a macro input nothing parses, and a pattern's constant (`None`, `MAX`).
// A path of more segments (`mem::take`, `Self::new`) names an item, never a local, nor does
// a field, a method, a label or a macro's own name. Mentions are scoped as rustc_resolve's
// ribs are: a name bound inside the body (a closure's parameter, a `let` for the statements
// after it, a match arm's, `if let`'s, `while let`'s or `for`'s pattern for its guard and
// body) is that binding, not a variable of the enclosing body, so `async { let x = 1; x }`
// captures no `x` (rustc_hir_typeck/src/upvar.rs captures only `upvars_mentioned`).
// From edition 2021, `let _ = x;` (or `x.field`) is no use of `x`: a wildcard pattern only
// fake-reads the place, and a fake read captures nothing (upvar.rs, `InferBorrowKind::
// fake_read` records it without a capture kind; RFC 2229), so `async move { let _ = x; }`
// neither holds `x` nor moves it out of the enclosing body; so is the scrutinee of a `match`
// whose arms are all wildcards (`match x { _ => .. }`: expr_use_visitor.rs,
// `maybe_read_scrutinee`).

#include "data/Snapshot.h"
#include "syntax/HirBodies.h"

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

    /// The names the closure or async block `owner` of `hir` uses and does not bind itself
    /// (the file's edition: from 2021 a place a wildcard `let` only names is not a use).
    const std::vector<NameMention>& of(const hir::Body& hir, hir::ExprId owner, Edition edition);

  private:
    using Key = std::pair<const hir::Body*, uint32_t>; // the HIR, the owner's ExprId
    static Key keyOf(const hir::Body& hir, hir::ExprId e) { return {&hir, e.index}; }
    int intern(std::string_view name);
    /// The list of the closure or async block `owner` of `hir`, from its own nodes and the
    /// lists already built for the bodies right inside it (`inner`, by owner id).
    std::vector<NameMention> oneLevel(const hir::Body& hir, hir::ExprId owner,
                                      const std::vector<const std::vector<NameMention>*>& inner);
    void add(std::vector<NameMention>& out, int name, TextPosition at);
    void addFormatNames(std::vector<NameMention>& out, const hir::Body& hir, hir::ExprId macroCall);
    void bindPattern(std::vector<NameMention>& out, const hir::Body& hir, hir::PatId pattern);
    bool onlyFakeRead(const hir::Body& hir, hir::StmtId let) const;
    bool scrutineeOnlyFakeRead(const hir::Body& hir, hir::ExprId match) const;
    static bool onlyWildcards(const hir::Body& hir, hir::PatId pattern);
    static bool isLocalPlace(const hir::Body& hir, hir::ExprId e);
    void bind(int name);
    void popScope(size_t mark);
    bool bound(int name) const { return m_boundCount[name] > 0; }

    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
    std::map<Key, std::vector<NameMention>> m_lists;
    std::vector<unsigned> m_seenIn; // per name id: the list (by count) that holds it
    unsigned m_list = 0;
    std::vector<int> m_bound;      // the names bound in the scopes open now, innermost last
    std::vector<int> m_boundCount; // per name id: how often it is in m_bound
    Edition m_edition = Edition::E2021;
};

} // namespace awaitscope
