// The two select! macros, each lowered as its crate expands it, and the handlers they share.
//
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
// shape (lowerSelectMacro, below).
#include "lowering/BodyLowerer.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// syn's `Expr::Path`: what select! polls where it stands instead of binding it (a path
/// without a turbofish; a metavariable is none).
bool isPathExpression(const hir::Body& hir, const SyntaxNode& e) {
    const hir::ExprId id = hir.sourceMap().expr(e);
    if (!id) return false;
    const hir::Expr& x = hir.expr(id);
    return x.kind == hir::ExprKind::Path && !x.type && !x.name.starts_with('$');
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
        if (!isPathExpression(*m_hir, b.future)) {
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

// tokio::select! as tokio's macros/select.rs writes it:
//   { let mut disabled: Mask = Default::default();         // the macro's block: to its end
//     if !precondition { disabled |= mask; } ..
//     let mut output = { let mut futures = (f1, ..);      // an inner block: futures end
//                        let mut futures = &mut futures;  // with it, before any handler
//                        poll_fn(|cx| ..&mut *futures.. disabled ..).await };
//     match output { Out::_0(pattern) => handler, .., Out::Disabled => else } }
// The non-move poll_fn closure borrows `futures` and `disabled`, so both stay saved while
// their storage lives (MaybeBorrowedLocals); a handler's bindings are its own locals.
BodyLowerer::Value BodyLowerer::lowerSelectMacro(const SyntaxNode& e) {
    const auto branches = m_env.macros.selectBranches(e);
    pushFrame();
    const int disabled = newLocal(LocalKind::Binding, "disabled", primitiveType("u8"), e.start(), textOf(e));
    emit(Op::StorageLive, disabled, e.start());
    emit(Op::Init, disabled, e.start());
    addToBlockFrame(disabled);
    // Each `if precondition` is evaluated first, every time the macro runs (a read of what
    // it names): `if !precondition { disabled |= mask; }`.
    for (const auto& b : branches)
        if (b.precondition) read(lowerExpr(b.precondition), b.precondition.start());
    pushFrame();
    std::vector<TypePtr> futures, outputs;
    for (const auto& b : branches) {
        if (!b.future) continue;
        Value v = lowerExpr(b.future);
        consume(v, b.future.start());
        futures.push_back(v.type);
        outputs.push_back(m_types.awaitOutput(v.type));
    }
    const TypePtr tuple = tupleType(futures);
    const int owned = newLocal(LocalKind::Binding, "futures", tuple, e.start(), textOf(e));
    const int borrowed = newLocal(LocalKind::Binding, "futures", refType(tuple, true, "'_"), e.start(), textOf(e));
    for (int l : {owned, borrowed}) {
        emit(Op::StorageLive, l, e.start());
        emit(Op::Init, l, e.start());
        addToBlockFrame(l);
    }
    emit(Op::Borrow, owned, e.start());
    emit(Op::Borrow, borrowed, e.start());
    emit(Op::Borrow, disabled, e.start());
    // poll_fn(|cx| ..) (macros/select.rs): the closure borrows `disabled` and the `&mut`
    // to the futures mutably (tokio is edition 2018: whole variables are captured).
    const TypePtr mask = primitiveType("u8");
    suspend(e, pollFnOf({refType(mask, true, "'_"), refType(refType(tuple, true, "'_"), true, "'_")}), textOf(e));
    popFrame(e.start());
    Value joined = lowerSelectHandlers(branches, outputs);
    popFrame(e.end());
    return joined;
}

// The `match output { .. }` after the race: one arm per branch, each binding its pattern
// to that branch's output.
BodyLowerer::Value BodyLowerer::lowerSelectHandlers(const std::vector<MacroArguments::SelectBranch>& branches,
                                                    const std::vector<TypePtr>& outputs) {
    const int dispatch = m_block;
    std::vector<std::pair<int, Value>> ends;
    size_t index = 0;
    for (const auto& b : branches) {
        const TypePtr output = b.future && index < outputs.size() ? outputs[index++] : unknownType();
        if (!b.handler) continue;
        m_block = m_body.cfg.newBlock();
        m_body.cfg.addEdge(dispatch, m_block);
        pushFrame();
        if (b.pattern) bindPattern(m_hir->sourceMap().pat(b.pattern), output, Value{output}, b.pattern.start(), true);
        pushFrame(true); // an arm's body is a temporary scope of its own
        Value v = lowerExpr(b.handler);
        if (!v.diverges) consume(v, b.handler.end());
        popFrame(b.handler.end());
        popFrame(b.handler.end());
        ends.emplace_back(m_block, v);
    }
    return ends.empty() ? Value{unknownType()} : joinBranches(ends);
}

} // namespace awaitscope
