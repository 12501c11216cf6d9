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
bool isPathExpression(const hir::Body& hir, hir::ExprId id) {
    if (!id) return false;
    const hir::Expr& x = hir.expr(id);
    return x.kind == hir::ExprKind::Path && !x.type && !x.name.starts_with('$');
}

} // namespace

// The branches of a select! call (MacroForm::Select): each Arm [Pat?, future?, guard?, body].
std::vector<BodyLowerer::SelectBranch> BodyLowerer::selectBranches(hir::ExprId e) const {
    std::vector<SelectBranch> branches;
    if (m_hir->expr(e).macro != hir::MacroForm::Select) return branches; // nothing parsed
    for (const hir::NodeRef& ref : m_hir->children(e)) {
        const hir::ArmId arm = ref.arm();
        if (!arm) continue;
        const hir::Arm& a = m_hir->arm(arm);
        const auto parts = m_hir->children(arm);
        SelectBranch b;
        size_t i = 0;
        if (a.has(hir::ArmFlags::HasPattern)) b.pattern = parts[i++].pat();
        if (a.has(hir::ArmFlags::HasFuture)) b.future = parts[i++].expr();
        if (a.has(hir::ArmFlags::HasGuard)) b.precondition = parts[i++].expr();
        if (i < parts.size() && nodeOf(parts[i].expr())) b.handler = parts[i].expr();
        b.pollsOnce = a.has(hir::ArmFlags::Default);
        branches.push_back(b);
    }
    return branches;
}

bool BodyLowerer::isFuturesCrate(const std::string& crate) {
    return crate == "futures" || crate == "futures_util";
}

BodyLowerer::Value BodyLowerer::lowerFuturesSelect(hir::ExprId id) {
    const auto branches = selectBranches(id);
    const SyntaxNode e = nodeOf(id); // positions and text
    const bool pollsOnce = std::any_of(branches.begin(), branches.end(), [](const auto& b) { return b.pollsOnce; });
    pushFrame();     // the macro's block
    pushFrame(true); // the statement `let __select_result = ..;`: the await's temporaries
    pushFrame();     // its block `{ .. }`
    std::vector<TypePtr> polled, outputs;
    for (const auto& b : branches) {
        if (!b.future) continue;
        const std::string number = "_" + std::to_string(outputs.size());
        const TextPosition at = nodeOf(b.future).start();
        Value future = lowerExpr(b.future);
        if (!isPathExpression(*m_hir, b.future)) {
            consume(future, at);
            const int bound = newLocal(LocalKind::Binding, number, future.type, at);
            emit(Op::StorageLive, bound, at);
            emit(Op::Init, bound, at);
            addToBlockFrame(bound);
            future = Value{future.type, bound, true};
        }
        borrow(future, at); // `&mut future` in the poll closure
        polled.push_back(refType(future.type, true, "'_"));
        outputs.push_back(m_types.awaitOutput(future.type));
    }
    if (pollsOnce)
        mayUnwind(e.start()); // `__poll_fn(&mut Context::from_waker(noop_waker_ref()))`
    else
        suspend(id, pollFnOf(std::move(polled), "futures::future::PollFn"), writtenText(e));
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
BodyLowerer::Value BodyLowerer::lowerSelectMacro(hir::ExprId id) {
    const auto branches = selectBranches(id);
    const SyntaxNode e = nodeOf(id); // positions and text
    pushFrame();
    const int disabled = newLocal(LocalKind::Binding, "disabled", primitiveType("u8"), e.start(), textOf(e));
    emit(Op::StorageLive, disabled, e.start());
    emit(Op::Init, disabled, e.start());
    addToBlockFrame(disabled);
    // Each `if precondition` is evaluated first, every time the macro runs (a read of what
    // it names): `if !precondition { disabled |= mask; }`.
    for (const auto& b : branches)
        if (b.precondition) read(lowerExpr(b.precondition), nodeOf(b.precondition).start());
    pushFrame();
    std::vector<TypePtr> futures, outputs;
    for (const auto& b : branches) {
        if (!b.future) continue;
        Value v = lowerExpr(b.future);
        consume(v, nodeOf(b.future).start());
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
    suspend(id, pollFnOf({refType(mask, true, "'_"), refType(refType(tuple, true, "'_"), true, "'_")}), textOf(e));
    popFrame(e.start());
    Value joined = lowerSelectHandlers(branches, outputs);
    popFrame(e.end());
    return joined;
}

// The `match output { .. }` after the race: one arm per branch, each binding its pattern
// to that branch's output.
BodyLowerer::Value BodyLowerer::lowerSelectHandlers(const std::vector<SelectBranch>& branches,
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
        if (nodeOf(b.pattern)) bindPattern(b.pattern, output, Value{output}, nodeOf(b.pattern).start(), true);
        pushFrame(true); // an arm's body is a temporary scope of its own
        Value v = lowerExpr(b.handler);
        const TextPosition end = nodeOf(b.handler).end();
        if (!v.diverges) consume(v, end);
        popFrame(end);
        popFrame(end);
        ends.emplace_back(m_block, v);
    }
    return ends.empty() ? Value{unknownType()} : joinBranches(ends);
}

} // namespace awaitscope
