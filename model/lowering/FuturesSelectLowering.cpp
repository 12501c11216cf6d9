// futures' select! / select_biased! (a procedural macro: futures-macro 0.3 src/select.rs,
// `select_inner`). Its expansion, for `x = a => .., y = f() => .., complete => ..`:
//   { enum __PrivResult<_0, _1> { _0(_0), _1(_1), Complete }
//     let __select_result = {
//         assert_unpin(&a);                    // a future written as a path is used in place
//         let mut _1 = f();                    // any other is bound by its branch's number
//         let mut __poll_fn = |cx| { ..Pin::new_unchecked(&mut a).. &mut _1 .. };
//         poll_fn(__poll_fn).await             // `default =>`: one call, no await
//     };
//     match __select_result { __PrivResult::_0(x) => .., __PrivResult::_1(y) => .., .. } }
// The non-move closure borrows each future mutably, so a path's local and each `_N` stay
// saved while their storage lives (MaybeBorrowedLocals); the closure itself is moved into
// the PollFn, the awaitee, which holds one `&mut` per future. tokio's select! is another
// shape (MacroLowering.cpp, lowerSelectMacro).
#include "lowering/BodyLowerer.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// syn's `Expr::Path`: what select! polls where it stands instead of binding it.
bool isPathExpression(const SyntaxNode& e) {
    return e.is(SyntaxKind::Identifier) || e.is(SyntaxKind::ScopedIdentifier) || e.is(SyntaxKind::Self);
}

} // namespace

bool BodyLowerer::isFuturesCrate(const std::string& crate) {
    return crate == "futures" || crate == "futures_util";
}

BodyLowerer::Value BodyLowerer::lowerFuturesSelect(const SyntaxNode& e) {
    const auto branches = m_env.macros.selectBranches(e);
    const bool pollsOnce =
        std::any_of(branches.begin(), branches.end(), [](const auto& b) { return b.keyword == "default"; });
    pushFrame();     // the macro's block
    pushFrame(true); // the statement `let __select_result = ..;`: the await's temporaries
    pushFrame();     // its block `{ .. }`
    std::vector<TypePtr> polled, outputs;
    for (const auto& b : branches) {
        if (!b.future) continue;
        const std::string number = "_" + std::to_string(outputs.size());
        Value future = lowerExpr(b.future);
        if (!isPathExpression(b.future)) {
            consume(future, b.future.start());
            const int bound = newLocal(LocalKind::Binding, number, future.type, b.future.start());
            emit(Op::StorageLive, bound, b.future.start());
            emit(Op::Init, bound, b.future.start());
            addToBlockFrame(bound);
            future = Value{future.type, bound, true};
        }
        borrow(future, b.future.start()); // `&mut future` in the poll closure
        polled.push_back(refType(future.type, true, "'_"));
        outputs.push_back(m_types.awaitOutput(future.type));
    }
    if (pollsOnce)
        mayUnwind(e.start()); // `__poll_fn(&mut Context::from_waker(noop_waker_ref()))`
    else
        suspend(e, pollFnOf(std::move(polled), "futures::future::PollFn"), writtenText(e));
    popFrame(e.start());
    popFrame(e.start());
    Value chosen = lowerSelectHandlers(branches, outputs);
    popFrame(e.end());
    return chosen;
}

} // namespace awaitscope
