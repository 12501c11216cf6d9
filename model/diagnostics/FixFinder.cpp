#include "diagnostics/FixFinder.h"

#include "diagnostics/FixSyntax.h"
#include "diagnostics/TypeMatch.h"
#include "lowering/FileLowering.h"
#include "syntax/SyntaxTree.h"
#include "types/Type.h"

#include <algorithm>
#include <set>

namespace awaitscope {

using namespace fixsyntax;

namespace {

std::string indentBlock(const std::string& text, const std::string& indent) {
    std::string out = indent + "    ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return "{\n" + out + "\n" + indent + "}";
}

} // namespace

bool FixFinder::onlyDroppedLater(const Cause& cause) const {
    for (const LoweredFuture& f : m_lowering.futures())
        for (const auto& state : f.savedLocals)
            for (const SavedLocal& s : state)
                if (f.body.locals[s.local].position == cause.position) return s.reason == SaveReason::DroppedLater;
    return false;
}

void FixFinder::addScopeFixes(const Cause& cause, std::vector<Fix>& out) const {
    if (cause.kind != "held_across_await" || !cause.awaitKeyword) return;
    const SyntaxNode let = enclosingStatement(nodeAt(m_tree, cause.position));
    const SyntaxNode awaitStmt = enclosingStatement(nodeAt(m_tree, *cause.awaitKeyword));
    if (!let.is(SyntaxKind::LetDeclaration) || !awaitStmt || !(let.parent() == awaitStmt.parent())) return;
    if (let.startByte() >= awaitStmt.startByte()) return;
    // Everything declared from the `let` up to the await must be unused from there on.
    std::vector<std::string> declared;
    SyntaxNode last = let;
    for (SyntaxNode s = let; s && !(s == awaitStmt); s = nextNamedSibling(s)) {
        if (s.is(SyntaxKind::LetDeclaration)) bindingsOf(s.field(SyntaxField::Pattern), declared);
        if (!s.is(SyntaxKind::LineComment) && !s.is(SyntaxKind::BlockComment)) last = s;
    }
    for (SyntaxNode s = awaitStmt; s; s = nextNamedSibling(s))
        for (const std::string& name : declared)
            if (mentions(s, name)) return; // still needed after the await: a block would not compile
    const SourceFile& file = m_tree.file();
    const std::string indent = indentationOf(file, let);
    const std::string body(file.slice(let.startByte(), last.endByte()));
    out.push_back({"End `" + cause.variable + "`'s scope in a block that closes before the await",
                   {{{let.start(), last.end()}, indentBlock(body, indent)}}});
    if (onlyDroppedLater(cause))
        out.push_back({"Call `drop(" + cause.variable + ")` before the await",
                       {{{awaitStmt.start(), awaitStmt.start()},
                         "drop(" + cause.variable + ");\n" + indentationOf(file, awaitStmt)}}});
}

void FixFinder::addRcToArc(const Diagnostic& d, std::vector<Fix>& out) const {
    bool sawRc = false;
    for (const Leaf* l : d.allLeaves()) {         // a generic instance's leaves included: no cause names them
        if (!isAdt(l->ty, "std::rc::Rc")) return; // Arc only helps when Rc is the problem
        // ... and when what it shares is Sync (`impl<T: Send + Sync> Send for Arc<T>`,
        // library/alloc/src/sync.rs): a std::cell type inside is not, so `Arc<RefCell<T>>`
        // is still not Send.
        if (containsAdtIn(l->ty->args.empty() ? nullptr : l->ty->args[0], "std::cell")) return;
        sawRc = true;
    }
    if (!sawRc) return;
    Fix fix{"Share it with `Arc` (thread-safe) instead of `Rc`", rcToArcEdits(m_tree)};
    if (!fix.edits.empty()) out.push_back(std::move(fix));
}

void FixFinder::addSpawnLocal(const Diagnostic& d, std::vector<Fix>& out) const {
    const CallSite* spawn = tokioSpawnAt(d.range);
    if (!spawn) return;
    SyntaxNode call = nodeAt(m_tree, spawn->range.start);
    while (call && !(call.is(SyntaxKind::CallExpression) && call.range() == spawn->range)) call = call.parent();
    if (!call || !call.field(SyntaxField::Function)) return;
    out.push_back({"Keep the task on this thread: `tokio::task::spawn_local` (run it inside a `LocalSet`)",
                   {{call.field(SyntaxField::Function).range(), "tokio::task::spawn_local"}}});
}

namespace {

/// The declaration of type parameter `name` the code at `at` sees: its fn's generics, then
/// those of the impl or trait around that fn (rustc_resolve late.rs, the generic-parameter
/// ribs: a nested fn or impl starts afresh, it does not see the outer fn's parameters).
SyntaxNode parameterDeclaration(SyntaxNode at, const std::string& name) {
    for (SyntaxNode n = at; n; n = n.parent()) {
        const bool fn = n.is(SyntaxKind::FunctionItem);
        if (!fn && !n.is(SyntaxKind::ImplItem) && !n.is(SyntaxKind::TraitItem)) continue;
        for (const SyntaxNode& p : n.field(SyntaxField::TypeParameters).namedChildren())
            if (p.is(SyntaxKind::TypeParameter) && p.field(SyntaxField::Name).text() == name) return p;
        if (!fn) return {};
        // Only a fn that is an item of an impl or trait sees more generics.
        const SyntaxNode list = n.parent();
        if (!list || !list.parent() ||
            !(list.parent().is(SyntaxKind::ImplItem) || list.parent().is(SyntaxKind::TraitItem)))
            return {};
        n = list; // the loop's step reaches the impl or trait
    }
    return {};
}

} // namespace

void FixFinder::addParameterBound(const Diagnostic& d, std::vector<Fix>& out) const {
    // rustc's suggestion for a parameter of the generics in scope that fails the trait
    // (error_reporting/traits/suggestions.rs, suggest_restricting_param_bound): the bound
    // where the parameter is declared. It clears the site only when every leaf is one.
    std::vector<std::pair<std::string, std::string>> wanted; // parameter, trait
    for (const Leaf* l : d.allLeaves()) {
        if (l->namedAsLeafByRustc() || !l->ty || l->ty->kind != TypeKind::Param) return;
        if (std::find(wanted.begin(), wanted.end(), std::make_pair(l->ty->path, l->trait)) == wanted.end())
            wanted.emplace_back(l->ty->path, l->trait);
    }
    if (wanted.empty()) return;
    Fix fix;
    for (const auto& [name, trait] : wanted) {
        const SyntaxNode param = parameterDeclaration(nodeAt(m_tree, d.range.start), name);
        if (!param) return;
        const SyntaxNode bounds = param.field(SyntaxField::Bounds);
        const TextPosition at = bounds ? bounds.end() : param.field(SyntaxField::Name).end();
        const std::string added = (bounds ? " + " : ": ") + trait;
        fix.edits.push_back({{at, at}, added});
        fix.title += std::string(fix.title.empty() ? "Restrict" : ", and") + " type parameter `" + name +
                     "` with trait `" + trait + "`: `" + std::string(param.text()) + added + "`";
    }
    out.push_back(std::move(fix));
}

const CallSite* FixFinder::tokioSpawnAt(const TextRange& site) const {
    // Decided by the resolved callee, however the call is written (`tokio::spawn`, `spawn`
    // after `use tokio::spawn`, `tokio::task::spawn`): tokio's multi-threaded spawn, whose
    // `Send + 'static` bound spawn_local drops. The site is the call itself (an async
    // block) or its argument (an async fn's future), as SendDiagnostics reports it.
    const auto isSite = [&](const CallSite& c) {
        if (c.callee.path != "tokio::task::spawn") return false;
        return c.range == site || std::find(c.argRanges.begin(), c.argRanges.end(), site) != c.argRanges.end();
    };
    for (const LoweredFuture& f : m_lowering.futures())
        for (const CallSite& c : f.body.calls)
            if (isSite(c)) return &c;
    for (const LoweredBody& body : m_lowering.plainBodies())
        for (const CallSite& c : body.calls)
            if (isSite(c)) return &c;
    return nullptr;
}

void FixFinder::addBindAfterAwait(const Cause& cause, std::vector<Fix>& out) const {
    if (cause.kind != "held_across_await" || !cause.awaitKeyword) return;
    const SyntaxNode let = enclosingStatement(nodeAt(m_tree, cause.position));
    const SyntaxNode awaitStmt = enclosingStatement(nodeAt(m_tree, *cause.awaitKeyword));
    if (!let.is(SyntaxKind::LetDeclaration) || !awaitStmt || !(let.parent() == awaitStmt.parent())) return;
    if (let.startByte() >= awaitStmt.startByte() || let.start().line == awaitStmt.start().line) return;
    std::vector<std::string> bound, between;
    bindingsOf(let.field(SyntaxField::Pattern), bound);
    // Everything after the `let` up to and including the await's statement must neither use
    // what the `let` binds nor declare anything its initializer reads.
    for (SyntaxNode s = nextNamedSibling(let); s; s = nextNamedSibling(s)) {
        for (const std::string& name : bound)
            if (mentions(s, name)) return;
        if (s.is(SyntaxKind::LetDeclaration)) bindingsOf(s.field(SyntaxField::Pattern), between);
        if (s == awaitStmt) break;
    }
    for (const std::string& name : between)
        if (let.field(SyntaxField::Value) && mentions(let.field(SyntaxField::Value), name)) return;
    // A later await would hold the value again: then moving the `let` does not help.
    for (SyntaxNode s = nextNamedSibling(awaitStmt); s; s = nextNamedSibling(s))
        if (containsAwait(s)) return;
    const SourceFile& file = m_tree.file();
    const std::string letText(file.slice(let.startByte(), let.endByte()));
    const TextPosition afterAwait{awaitStmt.end().line + 1, 1};
    out.push_back(
        {"Take `" + cause.variable + "` after the await: move its `let` below it",
         {{statementRemoval(file, let), ""}, {{afterAwait, afterAwait}, indentationOf(file, let) + letText + "\n"}}});
}

bool FixFinder::capturesFailingValue(const Diagnostic& d) const {
    // A future's captures are stored in every state, Unresumed's prefix included
    // (rustc_mir_transform coroutine.rs, compute_layout puts the upvars in the prefix;
    // traits/select/mod.rs, constituent_types_for_ty lists a coroutine's upvar types), so
    // taking a local out of one state leaves the future !Send when a capture is: a `let`
    // moving out of a captured `T` moves nothing out of the future.
    for (const FutureInfo& f : m_futures)
        if (f.id == d.futureId)
            return std::any_of(f.upvars.begin(), f.upvars.end(),
                               [](const SavedField& u) { return u.send == Verdict::No; });
    return false;
}

void FixFinder::addFixes(Diagnostic& d) const {
    if (d.code != "future-not-send") return;
    if (!capturesFailingValue(d)) {
        // Moving one value's `let` only clears a diagnostic that blames that value alone.
        if (d.causes.size() == 1) addBindAfterAwait(d.causes.front(), d.fixes);
        for (const Cause& c : d.causes) addScopeFixes(c, d.fixes);
    }
    for (Fix& fix : m_locks.stdLocksToTokio(d)) d.fixes.push_back(std::move(fix));
    if (auto fix = m_locks.refCellToMutex(d)) d.fixes.push_back(std::move(*fix));
    addRcToArc(d, d.fixes);
    addParameterBound(d, d.fixes);
    addSpawnLocal(d, d.fixes);
}

} // namespace awaitscope
