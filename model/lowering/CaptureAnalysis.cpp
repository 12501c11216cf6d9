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
//     What is stored follows the places too: a `move` block using only `p.name` holds
//     `p.name` (rustc's field `p__name`), not `p` (placesOf).
// A type Awaitscope cannot resolve is not taken to be Copy: its by-value use is a move.
// The uses are learnt by lowering the closure's body once more with its captures as
// by-value upvars (`m_probing`), recording what consume/borrow/read see of them.
#include "lowering/BodyLowerer.h"

#include <algorithm>

namespace awaitscope {

std::vector<CaptureMode> BodyLowerer::captureModes(hir::ExprId e, const std::vector<Upvar>& provisional) {
    const NestedBody key{m_hir, e};
    CaptureInfo& known = m_env.captures[key];
    if (known.modes && known.modes->size() == provisional.size()) return *known.modes;
    m_env.captures[key] = CaptureInfo{provisional, std::nullopt};
    BodyLowerer probe(m_env, nodeOf(e), nullptr);
    probe.m_probing = true;
    probe.lower();
    std::vector<CaptureMode> modes = probe.modesFrom(provisional);
    m_env.captures[key].modes = modes;
    return modes;
}

std::vector<CaptureMode> BodyLowerer::modesFrom(const std::vector<Upvar>& captured) const {
    std::vector<CaptureMode> modes(captured.size());
    const bool precise = m_env.edition >= Edition::E2021;
    for (size_t i = 0; i < captured.size(); ++i) {
        if (precise) {
            modes[i].places = placesOf(static_cast<int>(i), captured[i], false);
            modes[i].movePlaces = placesOf(static_cast<int>(i), captured[i], true);
        }
        bool wholeMoved = false, wholeUsed = false, mutated = false;
        std::vector<std::string> moved, borrowed;
        for (const CaptureUse& use : m_captureUses) {
            if (use.upvar != static_cast<int>(i)) continue;
            mutated = mutated || use.mutates;
            modes[i].wholeBorrowed = modes[i].wholeBorrowed || use.borrowsWhole;
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

void BodyLowerer::recordCaptureUse(const Value& v, bool byValue, bool mutates, bool borrows) {
    if (!m_probing || !v.isPlace || v.upvar < 0) return;
    m_captureUses.push_back({v.upvar, v.isField ? v.field : std::string(), byValue && !v.throughDeref, mutates,
                             v.throughDeref, borrows && !v.throughDeref && !v.isField});
}

// The places rustc captures of one variable (rustc_hir_typeck/src/upvar.rs,
// `compute_min_captures`): none (the whole variable) as soon as one use is of the whole
// variable or goes through a deref, since `restrict_capture_precision` and
// `adjust_for_move_closure` cut a place at its first deref (a reference, a Box) and an
// ancestor place absorbs its descendants. Moving a non-Copy field out of a type with a Drop
// impl is cut to the variable too (`restrict_precision_for_drop_types`). A move closure
// holds each place by value; another holds by value what it moves, by reference the rest.
// Places here are one field deep: `p.a.b` is captured as `p.a` (rustc would go deeper).
std::vector<UpvarPlace> BodyLowerer::placesOf(int upvar, const Upvar& captured, bool isMove) const {
    std::vector<UpvarPlace> places;
    for (const CaptureUse& use : m_captureUses) {
        if (use.upvar != upvar) continue;
        if (use.field.empty() || use.throughDeref) return {};
        auto it = std::find_if(places.begin(), places.end(), [&](const UpvarPlace& p) { return p.field == use.field; });
        if (it == places.end())
            places.push_back({use.field, !isMove && !use.byValue});
        else if (use.byValue)
            it->byReference = false;
    }
    if (places.empty() || !captured.type || captured.type->kind != TypeKind::Adt) return places;
    if (m_types.hasDropImpl(captured.type) == Verdict::No) return places;
    for (const UpvarPlace& p : places)
        if (!p.byReference && copyVerdict(m_types.fieldType(captured.type, p.field)) != Verdict::Yes) return {};
    return places;
}

// What the closure / block stores for a variable captured by places: each field's value,
// or a borrow of it.
void BodyLowerer::storePlaces(Upvar& upvar, const Value& v, const CaptureMode& mode) const {
    upvar.places = mode.places;
    upvar.placeTypes.clear();
    for (const UpvarPlace& p : mode.places) {
        TypePtr field = m_types.fieldType(v.type, p.field);
        if (!field) field = unknownType();
        upvar.placeTypes.push_back(p.byReference ? refType(field, false, "'_") : field);
    }
}

std::vector<Upvar> storedUpvars(const std::vector<Upvar>& upvars) {
    std::vector<Upvar> out;
    for (const Upvar& u : upvars) {
        if (u.places.empty()) {
            out.push_back(u);
            continue;
        }
        for (size_t i = 0; i < u.places.size(); ++i) {
            Upvar place = u;
            place.places.clear();
            place.placeTypes.clear();
            place.name = u.name + "." + u.places[i].field;
            place.type = i < u.placeTypes.size() ? u.placeTypes[i] : unknownType();
            place.byReference = u.places[i].byReference;
            place.borrowedPlace = place.byReference ? place.name : std::string();
            place.rustcName = (place.byReference ? "_ref__" : "") + u.name + "__" + u.places[i].field;
            out.push_back(std::move(place));
        }
    }
    return out;
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
    // Edition 2021 captures the place used: for a reference `r` used as `*r` (`r.0`, a
    // method through it) that place is cut at the deref and `r` is copied in
    // (upvar.rs, truncate_capture_for_optimization), which borrows no local. A use of `r`
    // itself by reference (`&r`, which `{r:?}` makes) captures `r` by ImmBorrow, and the
    // enclosing body borrows `r`. 2018 borrows the variable `r` itself.
    else if (m_env.edition >= Edition::E2021 && v.type && v.type->kind == TypeKind::Ref && !mode.wholeBorrowed)
        read(v, at);
    else
        borrow(v, at);
}

} // namespace awaitscope
