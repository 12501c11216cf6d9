// `let` statements: the initializer and its temporaries, the value written into the
// binding (for a block initializer, before the block's own locals drop), let-else.
#include "lowering/BodyLowerer.h"
#include "lowering/UnknownParts.h"

#include "types/TypeOps.h"

namespace awaitscope {

using hir::ExprId;

// rustc builds `let x = { .. }` by writing the block's value into `x` (rustc_mir_build
// builder/expr/into.rs, expr_into_dest; the binding's StorageLive comes first,
// declare_bindings): the assignment happens inside the block, before its locals are
// dropped, so `x` needs its storage while they still do, and the two cannot share bytes in
// the coroutine layout. An `if`/`else` passes the destination to each branch's block, a
// `match` to each arm (ExprKind::Match), a `loop` to each `break value` (ExprKind::Loop with
// the destination in its BreakableScope, builder/scope.rs `break_scope`).
bool BodyLowerer::destinationBlocks(ExprId e, std::vector<ExprId>& blocks) const {
    const hir::ExprKind kind = e ? m_hir->expr(e).kind : hir::ExprKind::Missing;
    if (kind == hir::ExprKind::Block || kind == hir::ExprKind::Match || kind == hir::ExprKind::Loop) {
        blocks.push_back(e);
        return true;
    }
    // If [condition, then, else?]: the else is a Block or another If.
    if (kind != hir::ExprKind::If) return false;
    const ExprId consequence = m_hir->childExpr(e, 1), alternative = m_hir->childExpr(e, 2);
    if (!alternative || !consequence || m_hir->expr(consequence).kind != hir::ExprKind::Block)
        return false; // no else: unit on one path
    blocks.push_back(consequence);
    return destinationBlocks(alternative, blocks);
}

namespace {

// `x` or `mut x`: a binding a block initializer can write into directly.
bool simpleBinding(const hir::Body& hir, hir::PatId pattern) {
    if (!pattern) return false;
    const hir::Pat& p = hir.pat(pattern);
    if (p.kind == hir::PatKind::Mut)
        return hir.children(pattern).size() == 1 && simpleBinding(hir, hir.children(pattern)[0].pat());
    return p.kind == hir::PatKind::Bind && p.children.count == 0 && !p.has(hir::PatFlags::Shorthand);
}

// `let v: Vec<_> = ..`: the annotation leaves parts open and the initializer's type is an
// instance of it (no coercion between them): the binding has the initializer's type.
bool completesAnnotation(const TypePtr& annotated, const TypePtr& init) {
    if (!containsUnknown(annotated) || !init || containsUnknown(init) || isUnknown(annotated)) return false;
    std::vector<std::string> params;
    std::vector<TypePtr> replaced;
    const TypePtr pattern = unknownPartsAsParams(annotated, params, replaced);
    Substitution subst;
    return unify(pattern, init, {params.begin(), params.end()}, subst);
}

} // namespace

bool BodyLowerer::passDestination(ExprId e, int local) {
    std::vector<ExprId> blocks;
    if (!destinationBlocks(e, blocks)) return false;
    for (ExprId b : blocks) m_destinationOf[b] = local;
    return true;
}

int BodyLowerer::takeDestination(ExprId block) {
    const auto it = m_destinationOf.find(block);
    if (it == m_destinationOf.end()) return -1;
    const int local = it->second;
    m_destinationOf.erase(it);
    return local;
}

void BodyLowerer::writeDestination(int local, TextPosition at) {
    emit(Op::Init, local, at);
    m_writtenDestinations.insert(local);
}

// A `let` statement of the HIR: [Pat, init?, else?]; its written type is a syntax node the
// type context resolves (Body::typeRef, as rust-analyzer's TypeRef).
void BodyLowerer::lowerLet(hir::StmtId let) {
    if (!let) return;
    const auto parts = m_hir->children(let);
    const hir::PatId pattern = parts.empty() ? hir::PatId() : parts[0].pat();
    const ExprId valueId = parts.size() > 1 ? parts[1].expr() : ExprId();
    const ExprId alternativeId = parts.size() > 2 ? parts[2].expr() : ExprId();
    const SyntaxNode statement = m_hir->sourceMap().node(let);
    const SyntaxNode value = valueId ? m_hir->sourceMap().node(valueId) : SyntaxNode();
    const SyntaxNode typeNode = m_hir->typeRef(m_hir->stmt(let).type);
    const TypePtr annotated = typeNode ? m_types.resolveType(typeNode, m_scope) : nullptr;
    // Temporaries a `&` in an extending place borrows live to the block's end
    // (TemporaryExtension.cpp); a let-else's initializer is matched, not bound: none do.
    if (!alternativeId) collectExtendedBorrows(valueId, blockFrame());
    if (annotated && valueId && containsUnknown(annotated)) m_expectedTypes[valueId] = annotated; // `Vec<_>`
    pushFrame(true); // the initializer's temporaries end with the statement
    Value init{annotated ? annotated : unknownType()};
    int destination = -1; // the binding, made before its block initializer writes it
    if (std::vector<ExprId> blocks;
        value && !alternativeId && simpleBinding(*m_hir, pattern) && destinationBlocks(valueId, blocks)) {
        destination = newLocal(LocalKind::Binding, "", annotated, statement.start());
        emit(Op::StorageLive, destination, statement.start());
        for (ExprId b : blocks) m_destinationOf[b] = destination;
        init = lowerExpr(valueId);
    } else if (value) {
        init = lowerExpr(valueId);
    }
    // `let narrow: f32 = halves[0];` pins the initializer's unsuffixed literals (rustc checks
    // the initializer against the annotation: rustc_hir_typeck/src/coercion.rs, a coercion site).
    if (annotated && value) m_numbers.unify(init.type, annotated);
    const TypePtr type =
        annotated && !completesAnnotation(annotated, init.type) ? annotated : (init.type ? init.type : unknownType());
    if (!pattern || !m_hir->sourceMap().node(pattern) || m_hir->pat(pattern).kind == hir::PatKind::Wild) {
        if (!init.isPlace) consume(init, statement.start()); // `let _ = value;` drops it at once
        // `let _ = place;` neither moves nor binds, but rustc mentions the place
        // (StatementKind::PlaceMention, rustc_mir_build builder/matches/mod.rs,
        // place_into_pattern), and liveness counts a mention as a use of its local
        // (rustc_mir_dataflow/src/impls/liveness.rs, DefUse::for_place): `r` stays saved
        // at an await before `let _ = r;`.
        else if (init.local >= 0)
            emit(Op::Use, init.local, statement.start());
        popFrame(statement.end());
        return;
    }
    if (alternativeId) { // let-else: the else block must diverge
        const SyntaxNode alternative = m_hir->sourceMap().node(alternativeId);
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
        lowerBlock(alternativeId, &ignored);
        m_frames.back().locals = temporaries;
        m_block = thenBlock;
    }
    if (!init.isPlace && !simpleBinding(*m_hir, pattern)) init = materialize(init, valueId);
    // `let x;` declares without initialising: x is maybe-uninitialised until assigned, so
    // an await before the assignment does not save it (rustc's MaybeInitializedPlaces,
    // rustc_mir_dataflow/src/impls/initialized.rs, read by coroutine.rs).
    m_presetBinding = destination;
    // `let mut x`: the pattern is `mut x` at the let's `mut`; the value is bound at `x`.
    const hir::PatId written =
        m_hir->stmt(let).has(hir::StmtFlags::Mut) ? m_hir->children(pattern).front().pat() : pattern;
    bindPattern(pattern, type, init, m_hir->sourceMap().node(written).start(), static_cast<bool>(value));
    popFrame(statement.end());
}

} // namespace awaitscope
