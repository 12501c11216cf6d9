// Branches and loops: the CFG's shape, and the scopes that branches and loops open.
#include "lowering/BodyLowerer.h"

namespace awaitscope {

BodyLowerer::Value BodyLowerer::lowerBlockExpr(const SyntaxNode& e) {
    const SyntaxNode block = e.is(SyntaxKind::Block) ? e : e.childOfKind(SyntaxKind::Block);
    Value tail;
    lowerBlock(block, &tail);
    return tail;
}

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

void BodyLowerer::lowerCondition(const SyntaxNode& condition, int elseBlock, bool& hasLet) {
    if (condition.is(SyntaxKind::LetCondition)) {
        hasLet = true;
        Value scrutinee = lowerExpr(condition.field(SyntaxField::Value));
        if (!scrutinee.isPlace) scrutinee = materialize(scrutinee, condition.field(SyntaxField::Value));
        m_body.cfg.addEdge(m_block, elseBlock); // the pattern may not match
        jumpTo(m_body.cfg.newBlock());
        bindPattern(m_hir->sourceMap().pat(condition.field(SyntaxField::Pattern)), scrutinee.type, scrutinee,
                    condition.start(), true);
        return;
    }
    if (condition.is(SyntaxKind::LetChain)) {
        for (const SyntaxNode& c : condition.namedChildren()) lowerCondition(c, elseBlock, hasLet);
        return;
    }
    // A plain condition is a temporary scope of its own: its temporaries die before
    // either branch runs.
    pushFrame(true);
    read(lowerExpr(condition), condition.start());
    popFrame(condition.end());
    m_body.cfg.addEdge(m_block, elseBlock);
    jumpTo(m_body.cfg.newBlock()); // the then-branch starts its own block
}

// `a && b`, `a || b`: rustc_hir_analysis/src/check/region.rs (`resolve_expr`) makes both
// operands terminating scopes, so each drops its temporaries before anything else runs
// (`c.borrow().is_empty() && f().await` holds no `Ref` across the await), and the right
// operand runs only on one outcome of the left.
BodyLowerer::Value BodyLowerer::lowerLazyBoolean(const SyntaxNode& e) {
    pushFrame(true);
    read(lowerExpr(e.field(SyntaxField::Left)), e.start());
    popFrame(e.field(SyntaxField::Left).end());
    const int shortCircuit = m_block;
    jumpTo(m_body.cfg.newBlock());
    pushFrame(true);
    read(lowerExpr(e.field(SyntaxField::Right)), e.start());
    popFrame(e.field(SyntaxField::Right).end());
    const int join = m_body.cfg.newBlock();
    m_body.cfg.addEdge(shortCircuit, join);
    jumpTo(join);
    return Value{primitiveType("bool")};
}

BodyLowerer::Value BodyLowerer::lowerIf(const SyntaxNode& e) {
    // An `if let` scrutinee's temporaries: edition 2021 keeps them until the end of the
    // whole `if`/`else`; 2024 drops them when the then-branch ends, before `else` runs.
    pushFrame(true); // the scrutinee's temporaries
    pushFrame();     // the pattern's bindings
    const int elseEntry = m_body.cfg.newBlock();
    bool hasLet = false;
    lowerCondition(e.field(SyntaxField::Condition), elseEntry, hasLet);
    Value thenValue = lowerBlockExpr(e.field(SyntaxField::Consequence));
    if (!thenValue.diverges) consume(thenValue, e.end());
    popFrame(e.field(SyntaxField::Consequence).end());
    const bool tempsEndWithThen = !hasLet || m_env.edition == Edition::E2024;
    std::vector<int> scrutineeTemps;
    if (tempsEndWithThen) {
        scrutineeTemps = m_frames.back().locals;
        popFrame(e.field(SyntaxField::Consequence).end());
    }
    std::vector<std::pair<int, Value>> ends{{m_block, thenValue}};

    m_block = elseEntry;
    dropLocals(scrutineeTemps, e.start());
    Value elseValue{unitType()};
    if (SyntaxNode alt = e.field(SyntaxField::Alternative)) {
        const auto parts = alt.namedChildren();
        if (!parts.empty()) elseValue = lowerExpr(parts.back());
        if (!elseValue.diverges) consume(elseValue, e.end());
    }
    ends.emplace_back(m_block, elseValue);
    Value joined = joinBranches(ends);
    if (!tempsEndWithThen) popFrame(e.end());
    return joined;
}

BodyLowerer::Value BodyLowerer::lowerMatch(const SyntaxNode& e) {
    pushFrame(true); // a scrutinee's temporaries live until the end of the match
    Value scrutinee = lowerExpr(e.field(SyntaxField::Value));
    if (!scrutinee.isPlace)
        scrutinee = materialize(scrutinee, e.field(SyntaxField::Value));
    else
        read(scrutinee, e.start());
    const int dispatch = m_block;
    const int destination = takeDestination(e); // `let v = match ..`: each arm writes v
    std::vector<std::pair<int, Value>> ends;
    for (const SyntaxNode& arm : e.field(SyntaxField::Body).namedChildren()) {
        if (!arm.is(SyntaxKind::MatchArm)) continue;
        m_block = m_body.cfg.newBlock();
        m_body.cfg.addEdge(dispatch, m_block);
        pushFrame();
        const SyntaxNode pattern = arm.field(SyntaxField::Pattern);
        const hir::ArmId armId = m_hir->sourceMap().arm(arm);
        const hir::PatId pat = armId ? m_hir->children(armId).front().pat() : hir::PatId();
        // A `_` arm reads the scrutinee here, as the syntax walk this replaced did (a Use in
        // the CFG only: the match read it just before, so nothing saved changes).
        if (pat && m_hir->pat(pat).kind == hir::PatKind::Wild) read(scrutinee, arm.start());
        bindPattern(pat, scrutinee.type, scrutinee, arm.start(), true);
        if (SyntaxNode guard = pattern.field(SyntaxField::Condition)) read(lowerExpr(guard), guard.start());
        pushFrame(true); // an arm's body is a temporary scope of its own
        const SyntaxNode body = arm.field(SyntaxField::Value);
        const bool passedOn = destination >= 0 && passDestination(body, destination);
        Value v = lowerExpr(body);
        if (!v.diverges) consume(v, arm.end());
        // The arm's value is written before its temporaries drop (expr_into_dest).
        if (destination >= 0 && !passedOn && !v.diverges) writeDestination(destination, arm.end());
        popFrame(arm.end());
        popFrame(arm.end());
        ends.emplace_back(m_block, v);
    }
    if (ends.empty()) { // `match x {}` never returns
        popFrame(e.end());
        Value never{unknownType()};
        never.diverges = true;
        return never;
    }
    Value joined = joinBranches(ends);
    popFrame(e.end());
    return joined;
}

BodyLowerer::Value BodyLowerer::lowerLoop(const SyntaxNode& e) {
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    const SyntaxNode label = e.childOfKind(SyntaxKind::Label);
    m_loops.push_back({exit, head, m_frames.size(), label ? textOf(label) : "", takeDestination(e), nullptr});
    Value body = lowerBlockExpr(e.field(SyntaxField::Body));
    (void)body;
    m_body.cfg.addEdge(m_block, head); // the back edge
    // A loop has the type its `break value`s give (rustc_hir_typeck expr.rs, check_expr_loop:
    // the breaks coerce to one type); one no break leaves never returns.
    const TypePtr type = m_loops.back().valueType;
    m_loops.pop_back();
    m_block = exit;
    return Value{type ? type : unknownType()};
}

BodyLowerer::Value BodyLowerer::lowerWhile(const SyntaxNode& e) {
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    const SyntaxNode label = e.childOfKind(SyntaxKind::Label);
    // A `while let` scrutinee's temporaries live through the body in both editions.
    pushFrame(true);
    pushFrame();
    const int leave = m_body.cfg.newBlock();
    bool hasLet = false;
    lowerCondition(e.field(SyntaxField::Condition), leave, hasLet);
    m_loops.push_back({exit, head, m_frames.size() - 2, label ? textOf(label) : "", -1, nullptr});
    lowerBlockExpr(e.field(SyntaxField::Body));
    m_loops.pop_back();
    popFrame(e.end());
    const std::vector<int> scrutineeTemps = m_frames.back().locals;
    popFrame(e.end());
    m_body.cfg.addEdge(m_block, head);
    // When the pattern stops matching, the scrutinee's temporaries are dropped on the way out.
    m_block = leave;
    dropLocals(scrutineeTemps, e.end());
    jumpTo(exit);
    return Value{unitType()};
}

BodyLowerer::Value BodyLowerer::lowerFor(const SyntaxNode& e) {
    // for pat in expr { body }  =>  match IntoIterator::into_iter(expr) {
    //     mut iter => loop { match Iterator::next(&mut iter) { None => break,
    //                                                          Some(pat) => body } } }
    pushFrame(true);
    Value iterable = lowerExpr(e.field(SyntaxField::Value));
    consume(iterable, e.start());
    mayUnwind(e.start()); // IntoIterator::into_iter
    // `0..n` with an unsuffixed bound yields that very number (what pins `i` pins the range);
    // other iterables are looked up with their numbers as they stand (or i32).
    const TypePtr& it = iterable.type;
    const bool numericRange = it && it->kind == TypeKind::Adt && it->args.size() == 1 &&
                              (it->path == "std::ops::Range" || it->path == "std::ops::RangeInclusive") &&
                              IntegerInference::isVariable(it->args[0]);
    const TypePtr iterType = numericRange ? it : m_types.intoIterator(m_numbers.resolve(it));
    pushFrame();
    // The iterator is the desugaring's `iter` binding (its layout field is `.iter`), but rustc
    // names it in diagnostics by its span, the iterated expression's (rustc_ast_lowering/src/
    // expr.rs, `lower_expr_for`: the `into_iter(head)` call and the binding take head's span).
    const int iter = newLocal(LocalKind::Iterator, "iter", iterType, e.field(SyntaxField::Value).start(),
                              textOf(e.field(SyntaxField::Value)));
    emit(Op::StorageLive, iter, e.start());
    emit(Op::Init, iter, e.start());
    addToBlockFrame(iter);
    const int head = m_body.cfg.newBlock();
    const int exit = m_body.cfg.newBlock();
    jumpTo(head);
    const SyntaxNode label = e.childOfKind(SyntaxKind::Label);
    m_loops.push_back({exit, head, m_frames.size(), label ? textOf(label) : "", -1, nullptr});
    pushFrame(true); // the `next()` result is a match scrutinee: it lives through the body
    emit(Op::Borrow, iter, e.start());
    mayUnwind(e.start()); // Iterator::next
    const TypePtr item = numericRange ? it->args[0] : m_types.iteratorItem(iterType);
    const int next = temporary(Value{adtType("std::option::Option", {item})}, e.field(SyntaxField::Value));
    m_body.locals[next].expr = "Iterator::next(&mut iter)"; // the desugaring's call, not the loop's source
    m_body.cfg.addEdge(m_block, exit);                      // None => break
    // `match next { None => break, Some(x) => body }` ends its block with a switch
    // (rustc_ast_lowering/src/expr.rs, lower_expr_for_loop): the body starts a block of its
    // own, so no edge leaves from the middle of one (SuspensionFlow reads edges at ends).
    jumpTo(m_body.cfg.newBlock());
    pushFrame();
    bindPattern(m_hir->sourceMap().pat(e.field(SyntaxField::Pattern)), item, Value{item, next, true, false, true},
                e.field(SyntaxField::Pattern).start(), true);
    lowerBlockExpr(e.field(SyntaxField::Body));
    popFrame(e.end());
    popFrame(e.end());
    m_loops.pop_back();
    m_body.cfg.addEdge(m_block, head);
    m_block = exit;
    popFrame(e.end());
    popFrame(e.end());
    return Value{unitType()};
}

BodyLowerer::Value BodyLowerer::lowerBreak(const SyntaxNode& e, bool isContinue) {
    const SyntaxNode label = e.childOfKind(SyntaxKind::Label);
    const std::string name = label ? textOf(label) : "";
    auto target = m_loops.rbegin();
    while (target != m_loops.rend() && !name.empty() && target->label != name) ++target;
    bool hasValue = false;
    for (const SyntaxNode& c : e.namedChildren()) {
        if (c.is(SyntaxKind::Label)) continue;
        const Value v = lowerExpr(c);
        consume(v, e.start());
        hasValue = true;
        if (target == m_loops.rend() || isContinue) continue;
        if (!target->valueType && v.type && !isUnknown(v.type) && !v.diverges) target->valueType = v.type;
        // `let v = loop { .. break x }` writes x into v before the loop's scopes drop.
        if (target->destination >= 0 && !v.diverges) writeDestination(target->destination, e.start());
    }
    if (!hasValue && !isContinue && target != m_loops.rend() && !target->valueType) target->valueType = unitType();
    if (target != m_loops.rend()) {
        exitFramesTo(target->frameDepth, e.start());
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

BodyLowerer::Value BodyLowerer::lowerReturn(const SyntaxNode& e) {
    for (const SyntaxNode& c : e.namedChildren()) {
        const Value value = lowerExpr(c);
        m_numbers.unify(value.type, writtenReturnType()); // `return n;` settles n like a tail
        m_returned.push_back(value.type);
        consume(value, e.start());
    }
    returnFrom(e.start());
    startBlock();
    Value never{unknownType()};
    never.diverges = true;
    return never;
}

} // namespace awaitscope
