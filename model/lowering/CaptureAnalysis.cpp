// How a non-`move` closure or async block captures each variable it mentions, as rustc's
// closure capture analysis decides it (compiler/rustc_hir_typeck/src/upvar.rs,
// `FnCtxt::closure_analyze` with its `InferBorrowKind` delegate, then `compute_min_captures`;
// async blocks are coroutines and go through the same analysis):
//   - a variable used by value inside (a call argument, `.await` on it, a `self` method,
//     a `let`, a struct field, a moving closure...) whose type is not Copy is captured
//     by value: the block owns it and borrows nothing of it;
//   - any other use (a borrow, an auto-ref'd method, a read or a copy) captures it by
//     reference;
//   - edition 2021 captures places, not variables (RFC 2229): moving `job.name` captures
//     that field by value while a read of `job.id` still borrows `job.id`; a use of the
//     whole variable absorbs its fields' captures (the ancestor place wins, with the
//     strongest mode). Editions 2015/2018 capture whole variables: moving a field moves all.
// A type Awaitscope cannot resolve is not taken to be Copy: its by-value use is a move.
// The uses are learnt by lowering the closure's body once more with its captures as
// by-value upvars (`m_probing`), recording what consume/borrow/read see of them.
#include "lowering/BodyLowerer.h"

#include <algorithm>

namespace awaitscope {

std::vector<CaptureMode> BodyLowerer::captureModes(const SyntaxNode& e, const std::vector<Upvar>& provisional) {
    CaptureInfo& known = m_env.captures[e.startByte()];
    if (known.modes && known.modes->size() == provisional.size()) return *known.modes;
    m_env.captures[e.startByte()] = CaptureInfo{provisional, std::nullopt};
    const bool closure = e.is(SyntaxKind::ClosureExpression);
    BodyLowerer probe(m_env, e, nullptr);
    probe.m_probing = true;
    probe.lower(closure ? e.field(SyntaxField::Parameters) : SyntaxNode(),
                closure ? e.field(SyntaxField::Body) : e.childOfKind(SyntaxKind::Block));
    std::vector<CaptureMode> modes = probe.modesFrom(provisional);
    m_env.captures[e.startByte()].modes = modes;
    return modes;
}

std::vector<CaptureMode> BodyLowerer::modesFrom(const std::vector<Upvar>& captured) const {
    std::vector<CaptureMode> modes(captured.size());
    const bool precise = m_env.edition >= Edition::E2021;
    for (size_t i = 0; i < captured.size(); ++i) {
        bool wholeMoved = false, wholeUsed = false, mutated = false;
        std::vector<std::string> moved, borrowed;
        for (const CaptureUse& use : m_captureUses) {
            if (use.upvar != static_cast<int>(i)) continue;
            mutated = mutated || use.mutates;
            if (use.field.empty())
                (use.byValue ? wholeMoved : wholeUsed) = true;
            else if (use.byValue && std::find(moved.begin(), moved.end(), use.field) == moved.end())
                moved.push_back(use.field);
            else if (!use.byValue)
                borrowed.push_back(use.field);
        }
        std::erase_if(borrowed,
                      [&](const std::string& f) { return std::find(moved.begin(), moved.end(), f) != moved.end(); });
        CaptureMode& mode = modes[i];
        mode.borrowedPlace = captured[i].name;
        mode.mutated = mutated; // upvar.rs: a mutation borrows mutably (ty::BorrowKind::Mutable)
        // The whole variable by value, or a field moved where the whole is captured anyway.
        mode.byValue = wholeMoved || (!moved.empty() && (!precise || wholeUsed || borrowed.empty()));
        if (mode.byValue && !wholeMoved && precise && !wholeUsed) mode.movedFields = moved;
        if (!mode.byValue && !moved.empty()) { // 2021: some fields moved, others borrowed
            mode.movedFields = moved;
            mode.borrowedPlace += "." + borrowed.front();
        }
    }
    return modes;
}

void BodyLowerer::recordCaptureUse(const Value& v, bool byValue, bool mutates) {
    if (!m_probing || !v.isPlace || v.upvar < 0) return;
    m_captureUses.push_back({v.upvar, v.isField ? v.field : std::string(), byValue && !v.throughDeref, mutates});
}

/// The enclosing body's side of a capture: the outer local is moved into the closure, or
/// borrowed by it; with precise captures, only the moved fields leave it.
void BodyLowerer::captureVariable(const Value& v, const CaptureMode& mode, TextPosition at) {
    if (!mode.movedFields.empty()) {
        for (const std::string& field : mode.movedFields) {
            Value part{m_types.fieldType(v.type, field), v.local, true, v.throughDeref, true};
            part.upvar = v.upvar;
            part.field = field;
            consume(part, at);
        }
        if (!mode.byValue) borrow(v, at);
        return;
    }
    if (mode.byValue) consume(v, at);
    // Edition 2021 captures the place used: for a reference `r` that is `*r` (a reborrow),
    // and a borrow through a deref borrows no local; 2018 borrows the variable `r` itself.
    else if (m_env.edition >= Edition::E2021 && v.type && v.type->kind == TypeKind::Ref)
        read(v, at);
    else
        borrow(v, at);
}

} // namespace awaitscope
