#include "diagnostics/BorrowDiagnostics.h"

#include "diagnostics/FixSyntax.h"
#include "diagnostics/FutureLoans.h"
#include "diagnostics/OwnedArgumentFix.h"
#include "lowering/FileLowering.h"
#include "syntax/SyntaxTree.h"
#include "types/TraitQuery.h"
#include "types/TypeContext.h"

namespace awaitscope {

using namespace fixsyntax;

namespace {

std::string rustcMessage(const LoanConflict& c) {
    if (c.rustcCode == "E0505") return "cannot move out of `" + c.place + "` because it is borrowed";
    if (c.rustcCode == "E0506") return "cannot assign to `" + c.place + "` because it is borrowed";
    if (c.rustcCode == "E0499") return "cannot borrow `" + c.place + "` as mutable more than once at a time";
    return "cannot borrow `" + c.place + "` as mutable because it is also borrowed as immutable";
}

// `let result = fut.await;` moved above the statement that moves the borrowed local,
// when both are statements of one block and nothing in between binds what it reads.
std::optional<Fix> awaitFirst(const SyntaxTree& tree, const LoanConflict& c) {
    const SyntaxNode use = nodeAt(tree, c.laterUse);
    if (!use.parent().is(SyntaxKind::AwaitExpression)) return std::nullopt;
    const SyntaxNode later = enclosingStatement(use), conflict = enclosingStatement(nodeAt(tree, c.conflict.start));
    if (!later || !conflict || !(later.parent() == conflict.parent()) || !(conflict.start() < later.start()) ||
        !later.text().ends_with(";"))
        return std::nullopt;
    for (SyntaxNode s = conflict; s && !(s == later); s = nextNamedSibling(s)) {
        if (!s.is(SyntaxKind::LetDeclaration)) continue;
        std::vector<std::string> names;
        bindingsOf(s.field(SyntaxField::Pattern), names);
        for (const auto& n : names)
            if (mentions(later, n)) return std::nullopt;
    }
    const std::string indent = indentationOf(tree.file(), conflict);
    Fix fix;
    fix.title = "Await `" + c.futureLocal + "` before `" + c.place + "` is " +
                (c.rustcCode == "E0505"   ? "moved"
                 : c.rustcCode == "E0506" ? "assigned"
                                          : "borrowed again") +
                ": move `" + std::string(later.text()) + "` up";
    fix.edits.push_back(
        {{{conflict.start().line, 1}, {conflict.start().line, 1}}, indent + std::string(later.text()) + "\n"});
    fix.edits.push_back({{{later.start().line, 1}, {later.end().line + 1, 1}}, ""});
    return fix;
}

// `drop(bytes)` -> `drop(bytes.clone())`: the future keeps borrowing the original.
std::optional<Fix> cloneAtMove(const LoanConflict& c, const LoweredBody& body, const TypeContext& types) {
    if (c.rustcCode != "E0505" || !c.call) return std::nullopt;
    // Cloning reads the local: impossible while the future borrows it mutably.
    const bool mutableLoan = c.argument >= 0 ? c.call->argTexts.size() > static_cast<size_t>(c.argument) &&
                                                   c.call->argTexts[c.argument].rfind("&mut", 0) == 0
                                             : c.call->callee.selfKind == SelfKind::RefMut;
    if (mutableLoan) return std::nullopt;
    const Local* local = body.binding(c.place);
    if (!local || types.traitQuery().implements(local->type, "std::clone::Clone") != Verdict::Yes) return std::nullopt;
    return Fix{"Move a clone of `" + c.place + "` instead: `" + c.place + ".clone()` (the future keeps borrowing `" +
                   c.place + "`)",
               {{{c.conflict.end, c.conflict.end}, ".clone()"}}};
}

Diagnostic toDiagnostic(const LoanConflict& c, const std::optional<std::string>& future) {
    Diagnostic d;
    d.code = "moved-while-borrowed";
    d.rustcCode = c.rustcCode;
    d.range = c.conflict;
    d.future = future;
    d.borrow = c.borrow;
    d.laterUse = c.laterUse;
    d.message = rustcMessage(c) + ": the future in `" + c.futureLocal + "` borrows it (" + toString(c.borrow) +
                ") until it is used at " + toString(c.laterUse);
    d.path = {"`" + c.place + "`: the local " + (c.rustcCode == "E0505" ? "moved" : "changed") + " at " +
                  toString(c.conflict.start),
              "borrowed at " + toString(c.borrow) + " by the call that makes the future",
              "future `" + c.futureLocal + "`: holds the borrow until it is awaited or dropped",
              "used later at " + toString(c.laterUse)};
    return d;
}

void checkBody(const LoweredBody& body, const std::optional<std::string>& future, const FileLowering& lowering,
               const SyntaxTree& tree, const TypeContext& types, std::vector<Diagnostic>& out) {
    for (const LoanConflict& c : FutureLoans(tree, body).conflicts()) {
        Diagnostic d = toDiagnostic(c, future);
        if (auto fix = awaitFirst(tree, c)) d.fixes.push_back(std::move(*fix));
        if (auto fix = cloneAtMove(c, body, types)) d.fixes.push_back(std::move(*fix));
        if (c.call && c.argument >= 0)
            if (auto fix = ownedArgumentFix(tree, lowering, body, *c.call, c.argument, c.place))
                d.fixes.push_back(std::move(*fix));
        out.push_back(std::move(d));
    }
}

} // namespace

std::vector<Diagnostic> findBorrowDiagnostics(const FileLowering& lowering, const SyntaxTree& tree,
                                              const TypeContext& types) {
    std::vector<Diagnostic> out;
    for (const LoweredFuture& f : lowering.futures())
        checkBody(f.body, f.item ? std::optional<std::string>(f.item->name) : std::nullopt, lowering, tree, types, out);
    for (const LoweredBody& body : lowering.plainBodies()) checkBody(body, std::nullopt, lowering, tree, types, out);
    return out;
}

} // namespace awaitscope
