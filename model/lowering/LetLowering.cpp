// `let` statements: the initializer and its temporaries, the value written into the
// binding (for a block initializer, before the block's own locals drop), let-else.
#include "lowering/BodyLowerer.h"

namespace awaitscope {

// rustc builds `let x = { .. }` by writing the block's value into `x` (rustc_mir_build
// builder/expr/into.rs, expr_into_dest; the binding's StorageLive comes first,
// declare_bindings): the assignment happens inside the block, before its locals are
// dropped, so `x` needs its storage while they still do, and the two cannot share bytes in
// the coroutine layout. An `if`/`else` passes the destination to each branch's block, a
// `match` to each arm (ExprKind::Match), a `loop` to each `break value` (ExprKind::Loop with
// the destination in its BreakableScope, builder/scope.rs `break_scope`).
bool BodyLowerer::destinationBlocks(const SyntaxNode& e, std::vector<uint32_t>& blocks) const {
    if (e.is(SyntaxKind::Block) || e.is(SyntaxKind::MatchExpression) || e.is(SyntaxKind::LoopExpression)) {
        blocks.push_back(e.startByte());
        return true;
    }
    if (!e.is(SyntaxKind::IfExpression)) return false;
    const SyntaxNode alternative = e.field(SyntaxField::Alternative);
    const auto parts = alternative ? alternative.namedChildren() : std::vector<SyntaxNode>{};
    const SyntaxNode consequence = e.field(SyntaxField::Consequence);
    if (parts.empty() || !consequence.is(SyntaxKind::Block)) return false; // no else: unit on one path
    blocks.push_back(consequence.startByte());
    return destinationBlocks(parts.back(), blocks);
}

namespace {

bool simpleBinding(const SyntaxNode& pattern) {
    return pattern && (pattern.is(SyntaxKind::Identifier) || pattern.is(SyntaxKind::MutPattern));
}

} // namespace

bool BodyLowerer::passDestination(const SyntaxNode& e, int local) {
    std::vector<uint32_t> blocks;
    if (!destinationBlocks(e, blocks)) return false;
    for (uint32_t b : blocks) m_destinationOf[b] = local;
    return true;
}

int BodyLowerer::takeDestination(const SyntaxNode& block) {
    const auto it = m_destinationOf.find(block.startByte());
    if (it == m_destinationOf.end()) return -1;
    const int local = it->second;
    m_destinationOf.erase(it);
    return local;
}

void BodyLowerer::writeDestination(int local, TextPosition at) {
    emit(Op::Init, local, at);
    m_writtenDestinations.insert(local);
}

void BodyLowerer::lowerLet(const SyntaxNode& let) {
    const SyntaxNode pattern = let.field(SyntaxField::Pattern);
    const SyntaxNode typeNode = let.field(SyntaxField::Type);
    const SyntaxNode value = let.field(SyntaxField::Value);
    const SyntaxNode alternative = let.field(SyntaxField::Alternative);
    const TypePtr annotated = typeNode ? m_types.resolveType(typeNode, m_scope) : nullptr;
    pushFrame(true); // the initializer's temporaries end with the statement
    Value init{annotated ? annotated : unknownType()};
    int destination = -1; // the binding, made before its block initializer writes it
    const bool promoted = value && value.is(SyntaxKind::ReferenceExpression) &&
                          !value.childOfKind(SyntaxKind::MutableSpecifier) &&
                          isConstantOperand(value.field(SyntaxField::Value));
    if (value && value.is(SyntaxKind::ReferenceExpression) && !alternative && !promoted) {
        // `let x = &temp();` extends the temporary to the end of the enclosing block.
        const SyntaxNode operand = value.field(SyntaxField::Value);
        Value inner = lowerExpr(operand);
        if (!inner.isPlace) {
            const int temp = newLocal(LocalKind::Temporary, "", inner.type, operand.start(), textOf(operand));
            emit(Op::StorageLive, temp, operand.start());
            emit(Op::Init, temp, operand.start());
            addToBlockFrame(temp);
            inner = Value{inner.type, temp, true};
        }
        borrow(inner, value.start());
        init = Value{refType(inner.type, !value.childOfKind(SyntaxKind::MutableSpecifier).isNull(), "'_")};
    } else if (std::vector<uint32_t> blocks;
               value && !alternative && simpleBinding(pattern) && destinationBlocks(value, blocks)) {
        destination = newLocal(LocalKind::Binding, "", annotated, let.start());
        emit(Op::StorageLive, destination, let.start());
        for (uint32_t b : blocks) m_destinationOf[b] = destination;
        init = lowerExpr(value);
    } else if (value) {
        init = lowerExpr(value);
    }
    // `let narrow: f32 = halves[0];` pins the initializer's unsuffixed literals (rustc checks
    // the initializer against the annotation: rustc_hir_typeck/src/coercion.rs, a coercion site).
    if (annotated && value) m_numbers.unify(init.type, annotated);
    const TypePtr type = annotated ? annotated : (init.type ? init.type : unknownType());
    if (!pattern || pattern.is(SyntaxKind::Underscore)) {
        if (!init.isPlace) consume(init, let.start()); // `let _ = value;` drops it at once
        popFrame(let.end());
        return;
    }
    if (alternative) { // let-else: the else block must diverge
        const int elseBlock = m_body.cfg.newBlock();
        const int thenBlock = m_body.cfg.newBlock();
        m_body.cfg.addEdge(m_block, elseBlock);
        m_body.cfg.addEdge(m_block, thenBlock);
        m_block = elseBlock;
        // The initializer's temporaries are dropped before the else block runs
        // (rustc_mir_build/src/builder/block.rs, `ast_block_stmts`: the else block is built
        // after the initializer's scope is left), so an await there holds none of them.
        const std::vector<int> temporaries = m_frames.back().locals;
        m_frames.back().locals.clear();
        dropLocals(temporaries, alternative.start());
        Value ignored;
        lowerBlock(alternative, &ignored);
        m_frames.back().locals = temporaries;
        m_block = thenBlock;
    }
    if (!init.isPlace && !pattern.is(SyntaxKind::Identifier) && !pattern.is(SyntaxKind::MutPattern))
        init = materialize(init, value);
    // `let x;` declares without initialising: x is maybe-uninitialised until assigned, so
    // an await before the assignment does not save it (rustc's MaybeInitializedPlaces,
    // rustc_mir_dataflow/src/impls/initialized.rs, read by coroutine.rs).
    m_bindingLet = let;
    m_presetBinding = destination;
    bindPattern(pattern, type, init, pattern.start(), static_cast<bool>(value));
    m_bindingLet = SyntaxNode();
    popFrame(let.end());
}

} // namespace awaitscope
