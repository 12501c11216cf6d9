// Patterns: which locals a `let`, a match arm, an `if let` or a `for` binds, their types,
// and what binding does to the matched value (moves out of it, or borrows it when the
// default binding mode makes the bindings references).
#include "lowering/BodyLowerer.h"

namespace awaitscope {

using hir::PatId;
using hir::PatKind;

namespace {

TypePtr genericArg(const TypePtr& t, size_t i) {
    if (t && t->kind == TypeKind::Adt && i < t->args.size()) return t->args[i];
    return unknownType();
}

} // namespace

// An enum variant's pattern binds the variant's own fields (rustc_hir_typeck pat.rs,
// check_pat_tuple_struct / check_struct_pat_fields: `variant.fields[i].ty(tcx, args)`),
// which fieldsOf lists as `Variant.field`, substituted. Null when the scrutinee is not an
// enum with that variant.
TypePtr BodyLowerer::variantFieldType(const TypePtr& scrutinee, const hir::Pat& pattern,
                                      const std::string& field) const {
    if (scrutinee->kind != TypeKind::Adt || pattern.name.empty()) return nullptr;
    const std::string wanted = std::string(pattern.name) + "." + field;
    for (const auto& [name, type] : m_types.fieldsOf(scrutinee))
        if (name == wanted) return type;
    return nullptr;
}

TypePtr BodyLowerer::patternFieldType(const TypePtr& scrutinee, const hir::Pat& pattern, size_t index,
                                      const std::string& fieldName) const {
    if (!scrutinee || isUnknown(scrutinee)) return unknownType();
    switch (pattern.kind) {
    case PatKind::Tuple:
        return scrutinee->kind == TypeKind::Tuple && index < scrutinee->args.size() ? scrutinee->args[index]
                                                                                    : unknownType();
    case PatKind::Slice:
        return (scrutinee->kind == TypeKind::Array || scrutinee->kind == TypeKind::Slice) ? scrutinee->args[0]
                                                                                          : unknownType();
    case PatKind::TupleStruct: {
        // Option / Result payloads are the generic arguments; other tuple structs by field index.
        const std::string_view variant = pattern.name;
        if (scrutinee->kind == TypeKind::Adt && scrutinee->path == "std::option::Option")
            return variant == "Some" ? genericArg(scrutinee, 0) : unknownType();
        if (scrutinee->kind == TypeKind::Adt && scrutinee->path == "std::result::Result")
            return genericArg(scrutinee, variant == "Err" ? 1 : 0);
        if (TypePtr t = variantFieldType(scrutinee, pattern, std::to_string(index))) return t;
        return m_types.fieldType(scrutinee, std::to_string(index));
    }
    case PatKind::Struct:
        if (TypePtr t = variantFieldType(scrutinee, pattern, fieldName)) return t;
        return m_types.fieldType(scrutinee, fieldName);
    default: return unknownType();
    }
}

// A `let`'s binding: a new local, or the one its block initializer already wrote into
// (lowerLet, passDestination), which only needs its name and type now.
int BodyLowerer::bindingLocal(const std::string& name, const TypePtr& type, TextPosition bindingStart, TextPosition at,
                              bool initialize) {
    const int preset = m_presetBinding;
    m_presetBinding = -1;
    if (preset < 0) {
        const int local = newLocal(LocalKind::Binding, name, type, bindingStart);
        emit(Op::StorageLive, local, at);
        if (initialize) emit(Op::Init, local, at);
        return local;
    }
    Local& l = m_body.locals[preset];
    l.name = name;
    l.type = type;
    l.position = bindingStart;
    if (initialize && !m_writtenDestinations.count(preset)) emit(Op::Init, preset, at);
    return preset;
}

// A binding `x`, `mut x`, `ref x`, `ref mut x` or `x @ sub`: rustc's PatKind::Binding, whose
// span is the whole binding (`mut guard`, `ref x`; the HIR maps `let mut x`'s `mut x` to the
// let's `mut`). A capitalised identifier alone is a unit variant or constant: a comparison.
void BodyLowerer::bindName(PatId pattern, const TypePtr& type, const Value& source, TextPosition at, bool initialize) {
    PatId name = pattern;
    bool byRef = false, refMut = false;
    while (m_hir->pat(name).kind != PatKind::Bind && !m_hir->children(name).empty()) {
        const PatKind k = m_hir->pat(name).kind;
        if (k == PatKind::Ref) byRef = true;
        if (k == PatKind::Mut && byRef) refMut = true; // `ref mut x` is Ref [Mut [Bind]]
        name = m_hir->children(name).front().pat();
        if (!name) return;
    }
    const hir::Pat& bind = m_hir->pat(name);
    if (bind.kind != PatKind::Bind || bind.name.empty()) return;
    const std::string text(bind.name);
    if (name == pattern && m_hir->children(name).empty() && text.front() >= 'A' && text.front() <= 'Z') {
        read(source, at); // `None`, a unit variant or constant: a comparison, not a binding
        return;
    }
    const BindingSite site{text, m_hir->sourceMap().node(pattern).start(), m_hir->sourceMap().node(name).start(), byRef,
                           refMut};
    bindLocal(site, type, source, at, initialize);
    if (!m_hir->children(name).empty()) // `x @ Some(y)`: y binds from the same value
        bindPattern(m_hir->children(name).back().pat(), type, source, at, initialize);
}

// One binding's local, moved or copied out of `source` (by value) or borrowing it (`ref`).
// In a guarded match arm rustc binds in two steps (rustc_mir_build matches/mod.rs,
// bind_matched_candidate_for_guard, then bind_matched_candidate_for_arm_body): while the
// guard runs, a by-value binding is only a shared reference to the matched place, so the
// place is borrowed (and stays saved to its scope's end, as any borrowed local) and the
// binding itself is not yet initialised; it is moved or copied in once the guard holds.
// A `ref` binding is bound before the guard, which reads it through a reference of its own.
int BodyLowerer::bindLocal(const BindingSite& site, const TypePtr& type, const Value& source, TextPosition at,
                           bool initialize) {
    const bool guarded = m_guardedBindings != nullptr && initialize;
    const bool deferred = guarded && !site.byRef;
    const TypePtr bound = site.byRef ? refType(type, site.refMut, "'_") : type;
    if (site.byRef || guarded)
        borrow(source, at);
    else
        consume(source, at);
    int local = -1;
    if (site.presetAllowed) {
        local = bindingLocal(site.name, bound, site.start, site.namePos, initialize && !deferred);
    } else {
        local = newLocal(LocalKind::Binding, site.name, bound, site.start);
        emit(Op::StorageLive, local, site.namePos);
        if (!deferred) emit(Op::Init, local, site.namePos);
    }
    addToBlockFrame(local);
    declare(site.name, local);
    if (guarded && site.byRef) borrow(Value{bound, local, true}, at);
    if (deferred) m_guardedBindings->push_back({local, source});
    return local;
}

// The guard held: the arm's by-value bindings take their values now.
void BodyLowerer::bindAfterGuard(const std::vector<GuardedBinding>& bindings, TextPosition at) {
    for (const GuardedBinding& binding : bindings) {
        consume(binding.source, at);
        emit(Op::Init, binding.local, at);
    }
}

void BodyLowerer::bindPattern(PatId pattern, const TypePtr& type, const Value& source, TextPosition at,
                              bool initialize) {
    if (!pattern) return;
    const hir::Pat& p = m_hir->pat(pattern);
    switch (p.kind) {
    case PatKind::Bind:
    case PatKind::Mut:
    case PatKind::Ref: bindName(pattern, type, source, at, initialize); return;
    case PatKind::Deref: { // `&x`, `&mut x`: the binding matches the referent
        const TypePtr inner = type && type->kind == TypeKind::Ref ? type->args[0] : unknownType();
        if (!m_hir->children(pattern).empty())
            bindPattern(m_hir->children(pattern).front().pat(), inner, Value{inner, source.local, true, true, true}, at,
                        initialize);
        return;
    }
    case PatKind::Or:
        if (!m_hir->children(pattern).empty())
            bindPattern(m_hir->children(pattern).front().pat(), type, source, at, initialize);
        return;
    case PatKind::Tuple:
    case PatKind::TupleStruct:
    case PatKind::Struct:
    case PatKind::Slice: break;
    case PatKind::Wild:
    case PatKind::Rest: return;
    default: read(source, at); return; // literals, ranges, paths
    }
    // Default binding mode: matching a reference with a non-reference pattern makes every
    // binding inside a reference, and nothing is moved out of the referent.
    const bool viaReference = type && type->kind == TypeKind::Ref;
    const TypePtr matched = viaReference ? type->args[0] : type;
    read(source, at);
    size_t index = 0;
    for (const hir::NodeRef& child : m_hir->children(pattern)) {
        const PatId sub = child.pat();
        if (!sub) continue;
        const hir::Pat& part = m_hir->pat(sub);
        // `name: pattern` in a struct pattern, or the shorthand `name`, `ref name`, `mut name`.
        const bool shorthand = part.kind == PatKind::Bind && part.has(hir::PatFlags::Shorthand);
        const std::string fieldName = part.kind == PatKind::Field || shorthand ? std::string(part.name) : "";
        TypePtr fieldType = patternFieldType(matched, p, index++, fieldName);
        if (viaReference) fieldType = refType(fieldType, type->isMut, "'_");
        Value value{fieldType, source.local, true, source.throughDeref || viaReference, true};
        if (shorthand) { // `S { ref x }` borrows the field, as `S { x: ref x }` does
            const TextPosition start = m_hir->sourceMap().node(sub).start();
            const bool byRef = part.has(hir::PatFlags::Ref);
            const BindingSite site{fieldName, start, start, byRef, byRef && part.has(hir::PatFlags::Mut), false};
            bindLocal(site, fieldType, value, at, true);
            continue;
        }
        const PatId subPattern =
            part.kind == PatKind::Field && !m_hir->children(sub).empty() ? m_hir->children(sub).front().pat() : sub;
        bindPattern(subPattern, fieldType, value, at, initialize);
    }
}

} // namespace awaitscope
