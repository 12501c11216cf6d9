#include "diagnostics/LockSwapFix.h"

#include "diagnostics/FixSyntax.h"
#include "diagnostics/TypeMatch.h"
#include "lowering/FileLowering.h"

#include <algorithm>

namespace awaitscope {

using namespace fixsyntax;

namespace {

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

/// `call.unwrap()` / `call.expect(..)` around a call, or null.
SyntaxNode unwrapAround(const SyntaxNode& call) {
    const SyntaxNode field = call.parent();
    if (!field.is(SyntaxKind::FieldExpression) || !(field.field(SyntaxField::Value) == call)) return {};
    const std::string_view name = field.field(SyntaxField::Field).text();
    const SyntaxNode outer = field.parent();
    if ((name != "unwrap" && name != "expect") || !outer.is(SyntaxKind::CallExpression)) return {};
    return outer;
}

/// Two borrows of one RefCell alive together are fine for a RefCell (shared borrows) but
/// would deadlock a Mutex: two in one statement (temporaries live to its end), or one kept
/// in a `let` while a later statement of the same block borrows again.
bool borrowsOverlap(const std::vector<SyntaxNode>& calls) {
    const auto receiver = [](const SyntaxNode& call) {
        return call.field(SyntaxField::Function).field(SyntaxField::Value).text();
    };
    for (size_t i = 0; i < calls.size(); ++i)
        for (size_t j = 0; j < calls.size(); ++j) {
            if (i == j || receiver(calls[i]) != receiver(calls[j])) continue;
            const SyntaxNode first = enclosingStatement(calls[i]), second = enclosingStatement(calls[j]);
            if (first == second) return true;
            const bool kept = first.is(SyntaxKind::LetDeclaration) && first.parent() == second.parent() &&
                              first.startByte() < second.startByte();
            if (kept) return true;
        }
    return false;
}

bool isRefCellGuard(const Cause& c) {
    return c.kind == "held_across_await" && (isAdt(c.ty, "std::cell::Ref") || isAdt(c.ty, "std::cell::RefMut"));
}

/// What a borrow guard's leaves are: its pointer to the value and its borrow counter
/// (`Cell<BorrowFlag>`, BorrowFlag = isize: library/core/src/cell.rs).
bool isGuardLeaf(const Leaf& l) {
    return isAdt(l.ty, "std::ptr::NonNull") || isAdtOf(l.ty, "std::cell::Cell", "isize");
}

bool isRc(const TypePtr& type) {
    return isAdt(type, "std::rc::Rc");
}

bool isRefCell(const TypePtr& type) {
    return isAdt(type, "std::cell::RefCell");
}

std::string joinItems(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
    return items.size() == 1 ? out : "{" + out + "}";
}

} // namespace

LockSwapFix::LockSwapFix(const SyntaxTree& tree, const FileLowering& lowering) : m_tree(tree) {
    for (const LoweredFuture& f : lowering.futures())
        for (const CallSite& c : f.body.calls) m_calleeByRange[c.range] = c.callee.path;
    for (const LoweredBody& b : lowering.plainBodies())
        for (const CallSite& c : b.calls) m_calleeByRange[c.range] = c.callee.path;
}

LockSwapFix::Uses LockSwapFix::usesOf(const std::string& owner, const std::set<std::string>& methods) const {
    Uses uses;
    forEachNode(m_tree.root(), [&](const SyntaxNode& n) {
        if (!n.is(SyntaxKind::CallExpression)) return;
        const SyntaxNode fn = n.field(SyntaxField::Function);
        const bool isMethod = fn.is(SyntaxKind::FieldExpression);
        const std::string name = isMethod ? std::string(fn.field(SyntaxField::Field).text()) : "";
        const auto it = m_calleeByRange.find(n.range());
        if (it == m_calleeByRange.end()) {
            // A call the lowering did not see (inside a plain closure...): it may be one of ours.
            if (isMethod && methods.count(name)) uses.rewritable = false;
            return;
        }
        if (!startsWith(it->second, owner + "::")) return;
        const std::string called = it->second.substr(owner.size() + 2);
        if (isMethod && methods.count(called))
            uses.calls.push_back(n);
        else if (isMethod || called != "new")
            uses.rewritable = false;
    });
    return uses;
}

std::optional<TextEdit> LockSwapFix::rewriteUse(const SyntaxNode& use, const std::string& fromModule,
                                                const std::map<std::string, std::string>& names,
                                                const std::string& toModule, bool& ok) const {
    const SyntaxNode arg = use.field(SyntaxField::Argument);
    if (arg.is(SyntaxKind::UseWildcard) && arg.text().find(fromModule) == 0) ok = false;
    if (!arg.is(SyntaxKind::ScopedUseList) || arg.field(SyntaxField::Path).text() != fromModule) return std::nullopt;
    std::vector<std::string> kept, moved;
    for (const SyntaxNode& item : arg.field(SyntaxField::List).namedChildren()) {
        const std::string text(item.text());
        if (item.is(SyntaxKind::Identifier) && names.count(text))
            moved.push_back(names.at(text));
        else if (item.is(SyntaxKind::UseAsClause) && names.count(std::string(item.field(SyntaxField::Path).text())))
            ok = false;
        else if (!item.is(SyntaxKind::LineComment) && !item.is(SyntaxKind::BlockComment))
            kept.push_back(text);
    }
    if (moved.empty()) return std::nullopt;
    const SourceFile& file = m_tree.file();
    const std::string lead(file.slice(use.startByte(), arg.startByte())); // "use " or "pub use "
    std::string text;
    if (!kept.empty()) text = lead + fromModule + "::" + joinItems(kept) + ";\n" + indentationOf(file, use);
    text += lead + toModule + "::" + joinItems(moved) + ";";
    return TextEdit{use.range(), text};
}

bool LockSwapFix::swapPaths(const std::string& fromModule, const std::map<std::string, std::string>& names,
                            const std::string& toModule, std::vector<TextEdit>& edits) const {
    bool ok = true;
    const std::string lastSegment = fromModule.substr(fromModule.rfind("::") + 2);
    std::vector<SyntaxNode> stack{m_tree.root()};
    while (!stack.empty() && ok) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        if (n.is(SyntaxKind::UseDeclaration)) {
            if (auto edit = rewriteUse(n, fromModule, names, toModule, ok)) {
                edits.push_back(*edit);
                continue;
            }
        }
        if (n.is(SyntaxKind::ScopedIdentifier) || n.is(SyntaxKind::ScopedTypeIdentifier)) {
            const std::string name(n.field(SyntaxField::Name).text());
            const std::string path(n.field(SyntaxField::Path).text());
            if (names.count(name) && path == fromModule) {
                edits.push_back({n.range(), toModule + "::" + names.at(name)});
                continue;
            }
            if (names.count(name) && path == lastSegment) ok = false; // `use std::sync; sync::Mutex`
        }
        if ((n.is(SyntaxKind::TypeIdentifier) || n.is(SyntaxKind::Identifier)) && names.count(std::string(n.text())) &&
            names.at(std::string(n.text())) != n.text())
            edits.push_back({n.range(), names.at(std::string(n.text()))});
        for (const SyntaxNode& c : n.namedChildren()) stack.push_back(c);
    }
    return ok;
}

bool LockSwapFix::derivesWithRefCell() const {
    // RefCell implements Clone, PartialEq, Eq, PartialOrd and Ord; std's and tokio's Mutex
    // implement only Debug and Default of the derivable traits, so a derive of any other
    // trait on a type holding the RefCell would break once the RefCell is swapped.
    bool found = false;
    forEachNode(m_tree.root(), [&](const SyntaxNode& n) {
        if (found || !n.is(SyntaxKind::AttributeItem)) return;
        const SyntaxNode attribute = n.childOfKind(SyntaxKind::Attribute);
        const SyntaxNode arguments = attribute ? attribute.field(SyntaxField::Arguments) : SyntaxNode();
        const std::vector<SyntaxNode> parts = attribute ? attribute.namedChildren() : std::vector<SyntaxNode>{};
        if (!arguments || parts.empty() || parts.front().text() != "derive") return;
        bool breaksOnMutex = false;
        forEachNode(arguments, [&](const SyntaxNode& t) {
            breaksOnMutex |= t.is(SyntaxKind::Identifier) && t.text() != "Debug" && t.text() != "Default";
        });
        const SyntaxNode item = nextNamedSibling(n);
        found = breaksOnMutex && item && countNames(item, {"RefCell"}, true) > 0;
    });
    return found;
}

std::vector<Fix> LockSwapFix::stdLocksToTokio(const Diagnostic& d) const {
    static const std::vector<StdLock> locks = {
        {"Mutex", {"MutexGuard"}, {"lock"}},
        {"RwLock", {"RwLockReadGuard", "RwLockWriteGuard"}, {"read", "write"}},
    };
    std::vector<Fix> out;
    for (const StdLock& lock : locks)
        if (auto fix = stdLockToTokio(d, lock)) out.push_back(std::move(*fix));
    return out;
}

std::optional<Fix> LockSwapFix::stdLockToTokio(const Diagnostic& d, const StdLock& lock) const {
    const auto isGuardOf = [&](const TypePtr& type) {
        return std::any_of(lock.guards.begin(), lock.guards.end(),
                           [&](const std::string& g) { return isAdt(type, "std::sync::" + g); });
    };
    const bool heldGuard = std::any_of(d.causes.begin(), d.causes.end(), [&](const Cause& c) {
        return c.kind == "held_across_await" && isGuardOf(c.ty);
    });
    const auto leaves = d.allLeaves();
    const bool onlyGuards = std::all_of(leaves.begin(), leaves.end(), [&](const Leaf* l) { return isGuardOf(l->ty); });
    // A Condvar waits on std's guard: tokio's would not fit it.
    if (!heldGuard || !onlyGuards || countNames(m_tree.root(), {"Condvar"}, true) > 0) return std::nullopt;
    const Uses uses = usesOf("std::sync::" + lock.name, lock.lockMethods);
    if (!uses.rewritable || uses.calls.empty()) return std::nullopt;
    std::string awaited;
    for (const std::string& m : lock.lockMethods) awaited += (awaited.empty() ? "`" : " / `") + m + "().await`";
    // The title says the cost too: the lock stays taken while the task waits.
    Fix fix{"Use `tokio::sync::" + lock.name + "`, whose guard may be held across an await (" + awaited +
                "; other tasks wait for the lock meanwhile)",
            {}};
    for (const SyntaxNode& call : uses.calls) {
        const SyntaxNode unwrap = unwrapAround(call);
        if (!unwrap || !inAsyncCode(call)) return std::nullopt;
        fix.edits.push_back({{call.end(), unwrap.end()}, ".await"});
    }
    std::map<std::string, std::string> names{{lock.name, lock.name}};
    for (const std::string& g : lock.guards) names[g] = g;
    if (!swapPaths("std::sync", names, "tokio::sync", fix.edits)) return std::nullopt;
    return fix;
}

std::optional<Fix> LockSwapFix::refCellToMutex(const Diagnostic& d) const {
    const bool guardHeld = std::any_of(d.causes.begin(), d.causes.end(), isRefCellGuard);
    bool sawRefCell = guardHeld, sawRc = false;
    // Every leaf must go away with the RefCell (and an Rc around it), or the fix does not help.
    for (const Cause& c : d.causes)
        for (const Leaf& l : c.leaves) {
            const bool rc = isRc(l.ty);
            const bool refCell = isRefCell(l.ty) || (rc && containsAdt(l.ty, "std::cell::RefCell"));
            if (!refCell && !rc && !(isRefCellGuard(c) && isGuardLeaf(l))) return std::nullopt;
            sawRefCell = sawRefCell || refCell;
            sawRc = sawRc || rc;
        }
    for (const Leaf& l : d.leaves) {
        if (!isRefCell(l.ty) && !isRc(l.ty)) return std::nullopt;
        sawRefCell = sawRefCell || containsAdt(l.ty, "std::cell::RefCell");
        sawRc = sawRc || isRc(l.ty);
    }
    // `Ref` / `RefMut` written as types, or a `Mutex` already in the file, would clash.
    if (!sawRefCell || countNames(m_tree.root(), {"Mutex", "Ref", "RefMut"}, true) > 0 || derivesWithRefCell())
        return std::nullopt;
    const Uses uses = usesOf("std::cell::RefCell", {"borrow", "borrow_mut"});
    if (!uses.rewritable || uses.calls.empty() || borrowsOverlap(uses.calls)) return std::nullopt;
    const std::string module = guardHeld ? "tokio::sync" : "std::sync";
    Fix fix{"Use `" + module + "::Mutex` instead of `RefCell`" +
                (guardHeld ? ", whose guard may be held across an await (`lock().await`; other tasks wait for the lock "
                             "meanwhile)"
                           : " (a `RefCell` is never `Sync`)"),
            {}};
    for (const SyntaxNode& borrow : uses.calls) {
        if (guardHeld && !inAsyncCode(borrow)) return std::nullopt;
        const SyntaxNode method = borrow.field(SyntaxField::Function).field(SyntaxField::Field);
        fix.edits.push_back({{method.start(), borrow.end()}, guardHeld ? "lock().await" : "lock().unwrap()"});
    }
    if (!swapPaths("std::cell", {{"RefCell", "Mutex"}}, module, fix.edits)) return std::nullopt;
    if (sawRc) {
        for (TextEdit& e : rcToArcEdits(m_tree)) fix.edits.push_back(std::move(e));
        fix.title += ", shared with `Arc` instead of `Rc`";
    }
    return fix;
}

} // namespace awaitscope
