// Branches and loops: the CFG's shape, and the scopes that branches and loops open.
#include "lowering/BodyLowerer.h"

namespace awaitscope {

using hir::ExprId;

BodyLowerer::Value BodyLowerer::joinBranches(const std::vector<std::pair<int, Value>>& ends) {
    const int join = m_body.cfg.newBlock();
    Value result{unknownType()};
    bool allDiverge = true;
    for (const auto& [block, value] : ends) {
        m_body.cfg.addEdge(block, join);
        if (!value.diverges) {
            allDiverge = false;
            if (isUnknown(result.type) && value.type) result.type = value.type;
        }
    }
    m_block = join;
    result.diverges = allDiverge && !ends.empty();
    return result;
}

// A condition of the HIR: a `let` [Pat, scrutinee], a let chain [condition...], or a
// plain expression.
void BodyLowerer::lowerCondition(ExprId condition, int elseBlock, bool& hasLet) {
    const hir::ExprKind kind = condition ? m_hir->expr(condition).kind : hir::ExprKind::Missing;
    const SyntaxNode at = nodeOf(condition);
    if (kind == hir::ExprKind::Let) {
        hasLet = true;
        const auto parts = m_hir->children(condition);
        const ExprId scrutineeId = m_hir->childExpr(condition, 1);
        Value scrutinee = lowerExpr(scrutineeId);
        if (!scrutinee.isPlace) scrutinee = materialize(scrutinee, scrutineeId);
        m_body.cfg.addEdge(m_block, elseBlock); // the pattern may not match
        jumpTo(m_body.cfg.newBlock());
        bindPattern(parts.empty() ? hir::PatId() : parts[0].pat(), scrutinee.type, scrutinee, at.start(), true);
        return;
    }
    if (kind == hir::ExprKind::LetChain) {
        for (const hir::NodeRef& c : m_hir->children(condition)) lowerCondition(c.expr(), elseBlock, hasLet);
        return;
    }
    // A plain condition is a temporary scope of its own: its temporaries die before
    // either branch runs.
    pushFrame(true);
    read(lowerExpr(condition), at.start());
    popFrame(at.end());
    m_body.cfg.addEdge(m_block, elseBlock);
    jumpTo(m_body.cfg.newBlock()); // the then-branch starts its own block
}

// `a && b`, `a || b`: rustc_hir_analysis/src/check/region.rs (`resolve_expr`) makes both
// operands terminating scopes, so each drops its temporaries before anything else runs
// (`c.borrow().is_empty() && f().await` holds no `Ref` across the await), and the right
// operand runs only on one outcome of the left.
BodyLowerer::Value BodyLowerer::lowerLazyBoolean(ExprId e) {
    const TextPosition at = nodeOf(e).start();
    const ExprId left = m_hir->childExpr(e, 0), right = m_hir->childExpr(e, 1);
    pushFrame(true);
    read(lowerExpr(left), at);
    popFrame(nodeOf(left).end());
    const int shortCircuit = m_block;
    jumpTo(m_body.cfg.newBlock());
    pushFrame(true);
    read(lowerExpr(right), at);
    popFrame(nodeOf(right).end());
    const int join = m_body.cfg.newBlock();
    m_body.cfg.addEdge(shortCircuit, join);
    jumpTo(join);
    return Value{primitiveType("bool")};
}

// If [condition, then, else?]: the else is a Block or another If.
BodyLowerer::Value BodyLowerer::lowerIf(ExprId e) {
    const SyntaxNode n = nodeOf(e);
    const ExprId consequence = m_hir->childExpr(e, 1), alternative = m_hir->childExpr(e, 2);
    const TextPosition thenEnd = nodeOf(consequence).end();
    // An `if let` scrutinee's temporaries: edition 2021 keeps them until the end of the
    // whole `if`/`else`; 2024 drops them when the then-branch ends, before `else` runs.
    pushFrame(true); // the scrutinee's temporaries
    pushFrame();     // the pattern's bindings
    const int elseEntry = m_body.cfg.newBlock();
    bool hasLet = false;
    lowerCondition(m_hir->childExpr(e, 0), elseEntry, hasLet);
    Value thenValue = lowerBlockExpr(consequence);
    if (!thenValue.diverges) consume(thenValue, n.end());
    popFrame(thenEnd);
    const bool tempsEndWithThen = !hasLet || m_env.edition == Edition::E2024;
    std::vector<int> scrutineeTemps;
    if (tempsEndWithThen) {
        scrutineeTemps = m_frames.back().locals;
        popFrame(thenEnd);
    }
    std::vector<std::pair<int, Value>> ends{{m_block, thenValue}};

    m_block = elseEntry;
    dropLocals(scrutineeTemps, n.start());
    Value elseValue{unitType()};
    if (m_hir->children(e).size() > 2) { // `else`, even one whose branch did not parse
        if (nodeOf(alternative)) elseValue = lowerExpr(alternative);
        if (!elseValue.diverges) consume(elseValue, n.end());
    }
    ends.emplace_back(m_block, elseValue);
    Value joined = joinBranches(ends);
    if (!tempsEndWithThen) popFrame(n.end());
    return joined;
}

// Match [scrutinee, Arm...]; an arm is [Pat?, guard?, body] (hir::Arm).
BodyLowerer::Value BodyLowerer::lowerMatch(ExprId e) {
    const SyntaxNode n = nodeOf(e);
    const ExprId scrutineeId = m_hir->childExpr(e, 0);
    pushFrame(true); // a scrutinee's temporaries live until the end of the match
    Value scrutinee = lowerExpr(scrutineeId);
    if (!scrutinee.isPlace)
        scrutinee = materialize(scrutinee, scrutineeId);
    else
        read(scrutinee, n.start());
    const int dispatch = m_block;
    const int destination = takeDestination(e); // `let v = match ..`: each arm writes v
    std::vector<std::pair<int, Value>> ends;
    for (const hir::NodeRef& ref : m_hir->children(e)) {
        const hir::ArmId armId = ref.arm();
        if (!armId) continue;
        const hir::Arm& arm = m_hir->arm(armId);
        const auto parts = m_hir->children(armId);
        size_t next = 0;
        const hir::PatId pat = arm.has(hir::ArmFlags::HasPattern) ? parts[next++].pat() : hir::PatId();
        const ExprId guard = arm.has(hir::ArmFlags::HasGuard) ? parts[next++].expr() : ExprId();
        const ExprId body = next < parts.size() ? parts[next].expr() : ExprId();
        const SyntaxNode armNode = m_hir->sourceMap().node(armId);
        m_block = m_body.cfg.newBlock();
        m_body.cfg.addEdge(dispatch, m_block);
        pushFrame();
        // A `_` arm reads the scrutinee here, as the syntax walk this replaced did (a Use in
        // the CFG only: the match read it just before, so nothing saved changes).
        if (pat && m_hir->pat(pat).kind == hir::PatKind::Wild) read(scrutinee, armNode.start());
        std::vector<GuardedBinding> guarded;
        m_guardedBindings = guard ? &guarded : nullptr;
        bindPattern(pat, scrutinee.type, scrutinee, armNode.start(), true);
        m_guardedBindings = nullptr; // the guard's own patterns (a nested match) bind at once
        if (guard) {
            read(lowerExpr(guard), nodeOf(guard).start());
            bindAfterGuard(guarded, nodeOf(guard).end());
        }
        pushFrame(true); // an arm's body is a temporary scope of its own
        const bool passedOn = destination >= 0 && passDestination(body, destination);
        Value v = lowerExpr(body);
        if (!v.diverges) consume(v, armNode.end());
        // The arm's value is written before its temporaries drop (expr_into_dest).
        if (destination >= 0 && !passedOn && !v.diverges) writeDestination(destination, armNode.end());
        popFrame(armNode.end());
        popFrame(armNode.end());
        ends.emplace_back(m_block, v);
    }
    if (ends.empty()) { // `match x {}` never returns
        popFrame(n.end());
        Value never{unknownType()};
        never.diverges = true;
        return never;
    }
    Value joined = joinBranches(ends);
    popFrame(n.end());
    return joined;
}

// Loop [body]; its name is its label.
BodyLowerer::Value BodyLowerer::lowerLoop(ExprId e) {
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    m_loops.push_back({exit, head, m_frames.size(), std::string(m_hir->expr(e).name), takeDestination(e), nullptr});
    lowerBlockExpr(m_hir->childExpr(e, 0));
    m_body.cfg.addEdge(m_block, head); // the back edge
    // A loop has the type its `break value`s give (rustc_hir_typeck expr.rs, check_expr_loop:
    // the breaks coerce to one type); one no break leaves never returns.
    const TypePtr type = m_loops.back().valueType;
    m_loops.pop_back();
    m_block = exit;
    return Value{type ? type : unknownType()};
}

// While [condition, body].
BodyLowerer::Value BodyLowerer::lowerWhile(ExprId e) {
    const SyntaxNode n = nodeOf(e);
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    // A `while let` scrutinee's temporaries live through the body in both editions.
    pushFrame(true);
    pushFrame();
    const int leave = m_body.cfg.newBlock();
    bool hasLet = false;
    lowerCondition(m_hir->childExpr(e, 0), leave, hasLet);
    m_loops.push_back({exit, head, m_frames.size() - 2, std::string(m_hir->expr(e).name), -1, nullptr});
    lowerBlockExpr(m_hir->childExpr(e, 1));
    m_loops.pop_back();
    popFrame(n.end());
    const std::vector<int> scrutineeTemps = m_frames.back().locals;
    popFrame(n.end());
    m_body.cfg.addEdge(m_block, head);
    // When the pattern stops matching, the scrutinee's temporaries are dropped on the way out.
    m_block = leave;
    dropLocals(scrutineeTemps, n.end());
    jumpTo(exit);
    return Value{unitType()};
}

// For [Pat, iterable, body].
BodyLowerer::Value BodyLowerer::lowerFor(ExprId e) {
    // for pat in expr { body }  =>  match IntoIterator::into_iter(expr) {
    //     mut iter => loop { match Iterator::next(&mut iter) { None => break,
    //                                                          Some(pat) => body } } }
    const SyntaxNode n = nodeOf(e);
    const auto parts = m_hir->children(e);
    const hir::PatId pattern = parts.empty() ? hir::PatId() : parts[0].pat();
    const SyntaxNode iterable = nodeOf(m_hir->childExpr(e, 1));
    pushFrame(true);
    Value iterated = lowerExpr(m_hir->childExpr(e, 1));
    consume(iterated, n.start());
    mayUnwind(n.start()); // IntoIterator::into_iter
    // `0..n` with an unsuffixed bound yields that very number (what pins `i` pins the range);
    // other iterables are looked up with their numbers as they stand (or i32).
    const TypePtr& it = iterated.type;
    const bool numericRange = it && it->kind == TypeKind::Adt && it->args.size() == 1 &&
                              (it->path == "std::ops::Range" || it->path == "std::ops::RangeInclusive") &&
                              IntegerInference::isVariable(it->args[0]);
    const TypePtr iterType = numericRange ? it : m_types.intoIterator(m_numbers.resolve(it));
    pushFrame();
    // The iterator is the desugaring's `iter` binding (its layout field is `.iter`), but rustc
    // names it in diagnostics by its span, the iterated expression's (rustc_ast_lowering/src/
    // expr.rs, `lower_expr_for`: the `into_iter(head)` call and the binding take head's span).
    const int iter = newLocal(LocalKind::Iterator, "iter", iterType, iterable.start(), textOf(iterable));
    emit(Op::StorageLive, iter, n.start());
    emit(Op::Init, iter, n.start());
    addToBlockFrame(iter);
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    m_loops.push_back({exit, head, m_frames.size(), std::string(m_hir->expr(e).name), -1, nullptr});
    pushFrame(true); // the `next()` result is a match scrutinee: it lives through the body
    emit(Op::Borrow, iter, n.start());
    mayUnwind(n.start()); // Iterator::next
    const TypePtr item = numericRange ? it->args[0] : m_types.iteratorItem(iterType);
    const int next = temporary(Value{adtType("std::option::Option", {item})}, m_hir->childExpr(e, 1));
    m_body.locals[next].expr = "Iterator::next(&mut iter)"; // the desugaring's call, not the loop's source
    m_body.cfg.addEdge(m_block, exit);                      // None => break
    // `match next { None => break, Some(x) => body }` ends its block with a switch
    // (rustc_ast_lowering/src/expr.rs, lower_expr_for_loop): the body starts a block of its
    // own, so no edge leaves from the middle of one (SuspensionFlow reads edges at ends).
    jumpTo(m_body.cfg.newBlock());
    pushFrame();
    bindPattern(pattern, item, Value{item, next, true, false, true}, nodeOf(pattern).start(), true);
    lowerBlockExpr(m_hir->childExpr(e, 2));
    popFrame(n.end());
    popFrame(n.end());
    m_loops.pop_back();
    m_body.cfg.addEdge(m_block, head);
    m_block = exit;
    popFrame(n.end());
    popFrame(n.end());
    return Value{unitType()};
}

// Break [value?] and Continue []; the name is the label.
BodyLowerer::Value BodyLowerer::lowerBreak(ExprId e, bool isContinue) {
    const TextPosition at = nodeOf(e).start();
    const std::string_view name = m_hir->expr(e).name;
    auto target = m_loops.rbegin();
    while (target != m_loops.rend() && !name.empty() && target->label != name) ++target;
    bool hasValue = false;
    for (const hir::NodeRef& c : m_hir->children(e)) {
        const Value v = lowerExpr(c.expr());
        consume(v, at);
        hasValue = true;
        if (target == m_loops.rend() || isContinue) continue;
        if (!target->valueType && v.type && !isUnknown(v.type) && !v.diverges) target->valueType = v.type;
        // `let v = loop { .. break x }` writes x into v before the loop's scopes drop.
        if (target->destination >= 0 && !v.diverges) writeDestination(target->destination, at);
    }
    if (!hasValue && !isContinue && target != m_loops.rend() && !target->valueType) target->valueType = unitType();
    if (target != m_loops.rend()) {
        exitFramesTo(target->frameDepth, at);
        m_body.cfg.addEdge(m_block, isContinue ? target->continueBlock : target->breakBlock);
    }
    startBlock(); // code after break is unreachable
    Value never{unknownType()};
    never.diverges = true;
    return never;
}

void BodyLowerer::returnFrom(TextPosition at) {
    exitFramesTo(0, at);
    // Falls off into an unreachable block: nothing after a return runs.
}

// Return [value?].
BodyLowerer::Value BodyLowerer::lowerReturn(ExprId e) {
    const TextPosition at = nodeOf(e).start();
    for (const hir::NodeRef& c : m_hir->children(e)) {
        const Value value = lowerExpr(c.expr());
        m_numbers.unify(value.type, writtenReturnType()); // `return n;` settles n like a tail
        m_returned.push_back(value.type);
        m_body.returnValues.emplace_back(nodeOf(c.expr()).range(), value.type);
        consume(value, at);
    }
    returnFrom(at);
    startBlock();
    Value never{unknownType()};
    never.diverges = true;
    return never;
}

} // namespace awaitscope
