#include "diagnostics/StaticDiagnostics.h"

#include "diagnostics/FixSyntax.h"
#include "diagnostics/LocalBorrow.h"
#include "diagnostics/OwnedArgumentFix.h"
#include "lowering/FileLowering.h"
#include "syntax/SyntaxTree.h"

namespace awaitscope {

namespace {

bool isStaticBound(const TraitBound& b) {
    return b.path == "'static";
}

/// Which argument has the bound's subject (a type parameter) as its type: `future: F` -> 0.
int argumentFor(const FnSignature& sig, const TypePtr& subject) {
    if (!subject || subject->kind != TypeKind::Param) return -1; // `F::Output: 'static` is not about a value
    for (size_t i = 0; i < sig.params.size(); ++i)
        if (sig.params[i] && sig.params[i]->kind == TypeKind::Param && sig.params[i]->path == subject->path)
            return static_cast<int>(i);
    return -1;
}

Diagnostic notStatic(const CallSite& call, const std::string& local, TextRange range, const FutureInfo& future) {
    Diagnostic d;
    d.code = "not-static";
    d.range = range;
    d.requiredBy = call.callee.displayName;
    d.future = future.name;
    d.futureId = future.id;
    d.message = "`" + local + "` does not live long enough: the future borrows it, but `" + call.callee.displayName +
                "` needs a `'static` future";
    return d;
}

/// An async fn call passed on (`tokio::spawn(show(&config))`): each `&local` argument.
void checkAsyncFnCall(const CallSite& call, const TextRange& argRange, const LoweredBody& body,
                      const FileLowering& lowering, const SyntaxTree& tree, const FutureInfo& future,
                      std::vector<Diagnostic>& out) {
    for (const CallSite& inner : body.calls) {
        if (!(inner.range == argRange)) continue;
        for (size_t i = 0; i < inner.argRanges.size() && i < inner.argTypes.size(); ++i) {
            const auto borrow = localBorrowIn(tree, body, inner.argRanges[i], inner.argTypes[i]);
            if (!borrow) continue;
            Diagnostic d = notStatic(call, borrow->place, borrow->range, future);
            if (auto fix = ownedArgumentFix(tree, lowering, body, inner, i, borrow->local))
                d.fixes.push_back(std::move(*fix));
            out.push_back(std::move(d));
        }
    }
}

/// `async` -> `async move` compiles only if the enclosing body never uses the captured
/// locals again: not after the call, and not on a loop's next iteration.
bool canMoveCaptures(const SyntaxTree& tree, const CallSite& call, const std::vector<Upvar>& upvars) {
    std::vector<std::string> names;
    for (const Upvar& u : upvars) names.push_back(u.name);
    return fixsyntax::unusedAfterCall(tree, call.range, names);
}

/// A non-move async block (`tokio::spawn(async { .. config .. })`): its by-reference captures.
/// An `async move` block that captures a reference to a local of the caller
/// (`let view = &text; spawn(async move { view.len() })`): rustc's E0597 at the borrow.
void checkMovedReferences(const CallSite& call, const LoweredFuture& block, const LoweredBody& caller,
                          const SyntaxTree& tree, const FutureInfo& future, std::vector<Diagnostic>& out) {
    for (const Upvar& u : block.body.upvars)
        if (!u.byReference)
            if (const auto borrow = borrowHeldBy(tree, caller, u.name))
                out.push_back(notStatic(call, borrow->place, borrow->range, future));
}

void checkAsyncBlock(const CallSite& call, const LoweredFuture& block, const LoweredBody& caller,
                     const SyntaxTree& tree, const FutureInfo& future, std::vector<Diagnostic>& out) {
    if (block.item->isMove) return checkMovedReferences(call, block, caller, tree, future, out);
    std::vector<Upvar> borrowed;
    for (const Upvar& u : block.body.upvars)
        if (u.byReference && !(u.type && u.type->kind == TypeKind::Ref && !u.type->lifetimes.empty() &&
                               u.type->lifetimes[0] == "'static"))
            borrowed.push_back(u);
    if (block.item->isMove || borrowed.empty()) return;
    // rustc's E0373 points at the `async` keyword and names the first borrowed capture.
    const TextPosition async = block.item->position;
    const Upvar& first = borrowed.front();
    const std::string& place = first.borrowedPlace.empty() ? first.name : first.borrowedPlace;
    Diagnostic d = notStatic(call, place, {async, {async.line, async.column + 5}}, future);
    if (canMoveCaptures(tree, call, borrowed))
        d.fixes.push_back({"Move `" + borrowed.front().name + "` into the future: `async move`",
                           {{{d.range.end, d.range.end}, " move"}}});
    out.push_back(std::move(d));
}

void checkCall(const CallSite& call, const LoweredBody& body, const FileLowering& lowering, const SyntaxTree& tree,
               const std::vector<FutureInfo>& futures, std::vector<Diagnostic>& out) {
    for (const auto& [subject, bound] : call.callee.bounds) {
        if (!isStaticBound(bound)) continue;
        const int arg = argumentFor(call.callee, subject);
        if (arg < 0 || arg >= static_cast<int>(call.argTypes.size()) || arg >= static_cast<int>(call.argRanges.size()))
            continue;
        const TypePtr& type = call.argTypes[arg];
        if (!type || type->kind != TypeKind::Future || type->futureIndex < 0 ||
            type->futureIndex >= static_cast<int>(lowering.futures().size()) ||
            type->futureIndex >= static_cast<int>(futures.size()))
            continue;
        const LoweredFuture& f = lowering.futures()[type->futureIndex];
        const FutureInfo& name = futures[type->futureIndex];
        if (!f.item) continue;
        if (f.item->kind == FutureKind::AsyncFn)
            checkAsyncFnCall(call, call.argRanges[arg], body, lowering, tree, name, out);
        else if (f.item->kind == FutureKind::AsyncBlock)
            checkAsyncBlock(call, f, body, tree, name, out);
    }
}

} // namespace

std::vector<Diagnostic> findStaticDiagnostics(const FileLowering& lowering, const SyntaxTree& tree,
                                              const std::vector<FutureInfo>& futures) {
    std::vector<Diagnostic> out;
    for (const LoweredFuture& f : lowering.futures())
        for (const CallSite& call : f.body.calls) checkCall(call, f.body, lowering, tree, futures, out);
    for (const LoweredBody& body : lowering.plainBodies())
        for (const CallSite& call : body.calls) checkCall(call, body, lowering, tree, futures, out);
    return out;
}

} // namespace awaitscope
