#include "lowering/NameMentions.h"

#include "lowering/BodyLowerer.h"

namespace awaitscope {

using hir::ExprId;
using hir::ExprKind;
using hir::NodeRef;
using hir::PatKind;

int NameMentions::intern(std::string_view name) {
    const auto [it, added] = m_ids.emplace(std::string(name), static_cast<int>(m_names.size()));
    if (added) {
        m_names.push_back(it->first);
        m_seenIn.push_back(0);
        m_boundCount.push_back(0);
    }
    return it->second;
}

void NameMentions::add(std::vector<NameMention>& out, int name, TextPosition at) {
    if (m_seenIn[name] == m_list || bound(name)) return;
    m_seenIn[name] = m_list;
    out.push_back({name, at});
}

void NameMentions::bind(int name) {
    m_bound.push_back(name);
    ++m_boundCount[name];
}

void NameMentions::popScope(size_t mark) {
    while (m_bound.size() > mark) {
        --m_boundCount[m_bound.back()];
        m_bound.pop_back();
    }
}

const std::vector<NameMention>& NameMentions::of(const hir::Body& hir, ExprId owner, Edition edition) {
    if (const auto it = m_lists.find(keyOf(hir, owner)); it != m_lists.end()) return it->second;
    m_edition = edition;
    // The closures and async blocks in it; children come before parents in the arenas, so
    // ascending ids build every inner list before the list of a body around it.
    std::vector<const std::vector<NameMention>*> inner(hir.exprCount(), nullptr);
    for (uint32_t i = 0; i < hir.exprCount(); ++i) {
        if (!hir.nestedBody(ExprId(i))) continue;
        const Key key = keyOf(hir, ExprId(i));
        auto it = m_lists.find(key);
        if (it == m_lists.end()) it = m_lists.emplace(key, oneLevel(hir, ExprId(i), inner)).first;
        inner[i] = &it->second;
    }
    return m_lists[keyOf(hir, owner)];
}

// Pre-order from `owner`, children in evaluation order, with rustc_resolve's scopes: a
// pattern binds for what runs after it in its scope (late.rs, `resolve_local`: the
// initializer of a `let` is resolved before its pattern, an arm's guard and body after its
// pattern, a `for` loop's iterable before its pattern). A nested body's list stands for it.
std::vector<NameMention> NameMentions::oneLevel(const hir::Body& hir, ExprId owner,
                                                const std::vector<const std::vector<NameMention>*>& inner) {
    std::vector<NameMention> out;
    ++m_list;
    enum class Do : uint8_t { Visit, Bind, Pop };
    struct Work {
        Do what;
        NodeRef node;
        size_t mark = 0;
    };
    std::vector<Work> stack{{Do::Visit, NodeRef::of(owner)}};
    auto visit = [&](NodeRef n) { stack.push_back({Do::Visit, n}); };
    auto bindLater = [&](NodeRef n) { stack.push_back({Do::Bind, n}); };
    auto popLater = [&] { stack.push_back({Do::Pop, {}, m_bound.size()}); };
    while (!stack.empty()) {
        const Work w = stack.back();
        stack.pop_back();
        if (w.what == Do::Pop) {
            popScope(w.mark);
            continue;
        }
        if (w.what == Do::Bind) {
            if (w.node.pat()) bindPattern(out, hir, w.node.pat());
            continue;
        }
        const NodeRef n = w.node;
        const auto kids = hir.children(n);
        auto visitKids = [&] {
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) visit(*it);
        };
        if (const hir::StmtId s = n.stmt(); s && hir.stmt(s).kind == hir::StmtKind::Let && !kids.empty()) {
            bindLater(kids[0]); // [Pat, init?, else?]: the pattern binds after both
            const size_t first = onlyFakeRead(hir, n.stmt()) ? 2 : 1;
            for (size_t i = kids.size(); i-- > first;) visit(kids[i]);
            continue;
        }
        if (const hir::ArmId a = n.arm()) { // [Pat?, future?, guard?, body]
            const hir::Arm& arm = hir.arm(a);
            const size_t first = arm.has(hir::ArmFlags::HasPattern) ? 1 : 0;
            const size_t afterFuture = first + (arm.has(hir::ArmFlags::HasFuture) ? 1 : 0);
            popLater();
            for (size_t i = kids.size(); i-- > afterFuture;) visit(kids[i]);
            if (first) bindLater(kids[0]);
            for (size_t i = afterFuture; i-- > first;) visit(kids[i]); // select!'s future
            continue;
        }
        if (n.pat()) { // a pattern reached any other way binds where it stands
            bindPattern(out, hir, n.pat());
            continue;
        }
        const ExprId e = n.expr();
        if (!e) {
            visitKids();
            continue;
        }
        if (e != owner && inner[e.index]) {
            for (const NameMention& m : *inner[e.index]) add(out, m.name, m.at);
            continue;
        }
        const hir::Expr& x = hir.expr(e);
        switch (x.kind) {
        case ExprKind::Path:
            if (x.segments == 1) add(out, intern(x.name), hir.sourceMap().node(e).start());
            break;
        case ExprKind::Missing: // broken text's parts are walked by the lowering only: no capture
            break;
        case ExprKind::MacroCall:
            addFormatNames(out, hir, e);
            for (const hir::MacroToken& t : hir.tokens(e)) add(out, intern(t.text), t.at);
            visitKids(); // a statement macro's `let`s bind in the enclosing block
            break;
        case ExprKind::Block:
        case ExprKind::If:    // [condition, then, else?]: `if let` binds for the then-branch
        case ExprKind::While: // [condition, body]
            if (x.kind == ExprKind::If && kids.size() > 2) visit(kids[2]);
            popLater();
            for (size_t i = std::min<size_t>(kids.size(), x.kind == ExprKind::If ? 2 : kids.size()); i-- > 0;)
                visit(kids[i]);
            break;
        case ExprKind::Match: // [scrutinee, Arm...]
            for (size_t i = kids.size(); i-- > (scrutineeOnlyFakeRead(hir, e) ? 1 : 0);) visit(kids[i]);
            break;
        case ExprKind::For: // [Pat, iterable, body]
            popLater();
            if (kids.size() > 2) visit(kids[2]);
            bindLater(kids[0]);
            if (kids.size() > 1) visit(kids[1]);
            break;
        case ExprKind::Let: // [Pat, scrutinee]: binds in the scope of its `if` / `while`
            bindLater(kids[0]);
            if (kids.size() > 1) visit(kids[1]);
            break;
        case ExprKind::Closure: // [param Pat..., body]
            popLater();
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
                if (it->pat())
                    bindLater(*it);
                else
                    visit(*it);
            }
            break;
        default: visitKids();
        }
    }
    popScope(0);
    return out;
}

// `let _ = x;`, `let _ = x.a.b;`, `let _ = (x);` from edition 2021: the initializer is a
// place the wildcard only fake-reads (rustc_hir_typeck/src/expr_use_visitor.rs, `walk_local`
// then `walk_irrefutable_pat`: a `_` pattern binds nothing, so no consume or borrow reaches
// the delegate), which captures nothing (see the header).
bool NameMentions::onlyFakeRead(const hir::Body& hir, hir::StmtId let) const {
    if (m_edition < Edition::E2021) return false;
    const auto parts = hir.children(let);
    if (parts.size() != 2 || !parts[0].pat() || hir.pat(parts[0].pat()).kind != PatKind::Wild) return false;
    return isLocalPlace(hir, parts[1].expr());
}

// `match x { _ => .. }` from edition 2021: when no arm's pattern needs the scrutinee's value
// (expr_use_visitor.rs, `maybe_read_scrutinee`: a binding, a constant, a literal or a range
// does; `_` does not, nor an or-pattern of wildcards), the scrutinee place is only
// fake-read (FakeReadCause::ForMatchedPlace), and the walk of the place itself uses
// nothing: no capture. A tuple or struct pattern needs the read only on a multi-variant
// type; it is taken to need it here (a capture kept, as before).
bool NameMentions::scrutineeOnlyFakeRead(const hir::Body& hir, ExprId match) const {
    if (m_edition < Edition::E2021 || !isLocalPlace(hir, hir.childExpr(match, 0))) return false;
    bool anyArm = false;
    for (const NodeRef& ref : hir.children(match)) {
        const hir::ArmId a = ref.arm();
        if (!a) continue;
        anyArm = true;
        const auto parts = hir.children(a);
        if (!hir.arm(a).has(hir::ArmFlags::HasPattern) || parts.empty() || !onlyWildcards(hir, parts[0].pat()))
            return false;
    }
    return anyArm;
}

bool NameMentions::onlyWildcards(const hir::Body& hir, hir::PatId pattern) {
    if (!pattern) return false;
    const hir::Pat& p = hir.pat(pattern);
    if (p.kind == PatKind::Wild) return true;
    if (p.kind != PatKind::Or) return false;
    for (const NodeRef& c : hir.children(pattern))
        if (!onlyWildcards(hir, c.pat())) return false;
    return true;
}

// `x`, `x.a.b`, `(x)`: a place rooted at a local (or a variable of the enclosing body).
bool NameMentions::isLocalPlace(const hir::Body& hir, ExprId e) {
    while (e) {
        const hir::Expr& x = hir.expr(e);
        if (x.kind == ExprKind::Path) return x.segments == 1;
        if (x.kind != ExprKind::Field && x.kind != ExprKind::Paren) return false;
        e = hir.childExpr(e, 0);
    }
    return false;
}

// The names a pattern binds, and the constants it names (`None`, `MAX`: a one-segment path,
// or a capitalised identifier, which the lowering takes for a unit variant or constant).
void NameMentions::bindPattern(std::vector<NameMention>& out, const hir::Body& hir, hir::PatId pattern) {
    std::vector<hir::PatId> stack{pattern};
    while (!stack.empty()) {
        const hir::PatId p = stack.back();
        stack.pop_back();
        const hir::Pat& x = hir.pat(p);
        const bool constant = x.kind == PatKind::Bind && !x.has(hir::PatFlags::Shorthand) && !x.name.empty() &&
                              x.name.front() >= 'A' && x.name.front() <= 'Z' && x.children.count == 0;
        if (constant || (x.kind == PatKind::Path && x.segments == 1))
            add(out, intern(x.name), hir.sourceMap().node(p).start());
        else if (x.kind == PatKind::Bind && !x.name.empty())
            bind(intern(x.name));
        const auto kids = hir.children(p);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            if (it->pat()) stack.push_back(it->pat());
    }
}

// `println!("{name}")` uses `name`: the string literals among a format macro's arguments.
void NameMentions::addFormatNames(std::vector<NameMention>& out, const hir::Body& hir, ExprId macroCall) {
    const hir::Expr& call = hir.expr(macroCall);
    if (call.macro != hir::MacroForm::Arguments || !BodyLowerer::isFormatMacroName(call.name)) return;
    std::set<std::string_view> named; // `{x}` with an argument `x = value` means that argument
    for (const NodeRef& arg : hir.children(macroCall))
        if (arg.expr() && hir.expr(arg.expr()).kind == hir::ExprKind::Assign && !hir.children(arg.expr()).empty())
            if (const ExprId lhs = hir.children(arg.expr()).front().expr();
                lhs && hir.expr(lhs).kind == hir::ExprKind::Path)
                named.insert(hir.expr(lhs).name);
    for (const NodeRef& arg : hir.children(macroCall)) {
        if (!arg.expr() || hir.expr(arg.expr()).literal != hir::LiteralKind::Str) continue;
        const SyntaxNode literal = hir.sourceMap().node(arg.expr()); // its text and position
        for (const auto& [name, at] : BodyLowerer::inlineFormatNames(literal.text(), literal.start()))
            if (!named.count(name)) add(out, intern(name), at);
    }
}

} // namespace awaitscope
