// What a use of a value emits: a copy or a move (by-value), a read, a borrow; and what a
// closure's capture probe learns from each (recordCaptureUse).
#include "lowering/BodyLowerer.h"

#include "types/TypeLowering.h"

namespace awaitscope {

// A by-value use copies a Copy value and moves any other (rustc_mir_build's `as_operand`:
// `Operand::Copy` iff the type `is_copy_modulo_regions`). A generic `T` is Copy only with a
// `T: Copy` bound in scope.
Verdict BodyLowerer::copyVerdict(const TypePtr& type) const {
    const Verdict v = m_types.isCopy(type);
    if (v != Verdict::Unknown || !type || type->kind != TypeKind::Param) return v;
    for (const auto& [subject, bound] : m_scope.genericBounds)
        if (subject == type->path && bound.path == traits::Copy) return Verdict::Yes;
    return Verdict::No;
}

void BodyLowerer::consume(const Value& value, TextPosition at) {
    // A capture probe: an unresolved type is not assumed Copy, so its by-value use moves.
    // A `&mut T` passed on is reborrowed (`&mut *r`: rustc_hir_typeck/src/coercion.rs,
    // `coerce_borrowed_pointer`), which a closure captures as a unique borrow, not a move.
    const bool reborrow = value.type && value.type->kind == TypeKind::Ref && value.type->isMut;
    recordCaptureUse(value, copyVerdict(value.type) != Verdict::Yes && !reborrow);
    Value v = value;
    if (v.isPlace && v.local < 0 && v.upvar >= 0 && v.upvar < static_cast<int>(m_capturedValueLocal.size()))
        v.local = m_capturedValueLocal[v.upvar]; // a by-value capture moved out of the body's own
    if (!v.isPlace || v.local < 0) return;
    if (m_operandTemps.count(v.local) && !v.isField && !v.throughDeref) {
        emit(Op::Move, v.local, at); // an operand temporary is always `move tmp` (as_operand.rs)
        return;
    }
    if (v.throughDeref) {
        emit(Op::Use, v.local, at);
        return;
    }
    // Where Copy-ness is unknown (a type not resolved), the use is taken as a move: that
    // gives rustc's answer in any program that compiles. A Copy value has no drop glue, so
    // after a copy only a later use keeps it saved; after a move nothing does, and a later
    // use of a moved value compiles only if it was Copy, when it is a use all the same.
    if (copyVerdict(v.type) == Verdict::Yes)
        emit(Op::Use, v.local, at);
    else if (!v.isField)
        emit(Op::Move, v.local, at);
    // Moving a field out leaves the rest to be dropped; when nothing left needs a
    // destructor, drop elaboration removes the local's drop entirely.
    else
        emit(restNeedsDrop(v.local, v.field) ? Op::PartialMove : Op::Move, v.local, at);
}

bool BodyLowerer::restNeedsDrop(int local, const std::string& movedField) {
    const TypePtr type = m_body.locals[local].type;
    if (movedField.empty() || !type || type->kind != TypeKind::Adt) return true;
    auto& moved = m_movedFields[local];
    moved.insert(movedField);
    const auto fields = m_types.fieldsOf(type);
    if (fields.empty()) return true; // an enum, or unknown: keep the conservative answer
    for (const auto& [name, fieldType] : fields)
        if (!moved.count(name) && m_types.needsDrop(fieldType) != Verdict::No) return true;
    return false;
}

void BodyLowerer::read(const Value& v, TextPosition at) {
    recordCaptureUse(v, false);
    if (v.isPlace && v.local >= 0) emit(Op::Use, v.local, at);
}

void BodyLowerer::borrow(const Value& v, TextPosition at) {
    recordCaptureUse(v, false, false, true);
    if (v.isPlace && v.local >= 0) {
        // Borrowing through a pointer (`&*r`, `&r.field` with r: &T) borrows no local.
        emit(v.throughDeref ? Op::Use : Op::Borrow, v.local, at);
        return;
    }
}

} // namespace awaitscope
