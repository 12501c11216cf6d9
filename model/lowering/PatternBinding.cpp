// Patterns: which locals a `let`, a match arm, an `if let` or a `for` binds, their types,
// and what binding does to the matched value (moves out of it, or borrows it when the
// default binding mode makes the bindings references).
#include "lowering/BodyLowerer.h"

namespace awaitscope {

namespace {

TypePtr genericArg(const TypePtr& t, size_t i) {
    if (t && t->kind == TypeKind::Adt && i < t->args.size()) return t->args[i];
    return unknownType();
}

// The variant or struct a pattern's path names, read from the tree: a macro_rules!
// transcription writes its tokens apart (`Poll :: Ready`), so the text's last `::` is not
// where the name starts (rustc resolves the path's segments, rustc_resolve late.rs).
std::string lastSegment(const SyntaxNode& path) {
    if (path.is(SyntaxKind::ScopedIdentifier) || path.is(SyntaxKind::ScopedTypeIdentifier))
        return std::string(path.field(SyntaxField::Name).text());
    return std::string(path.text());
}

} // namespace

// An enum variant's pattern binds the variant's own fields (rustc_hir_typeck pat.rs,
// check_pat_tuple_struct / check_struct_pat_fields: `variant.fields[i].ty(tcx, args)`),
// which fieldsOf lists as `Variant.field`, substituted. Null when the scrutinee is not an
// enum with that variant.
TypePtr BodyLowerer::variantFieldType(const TypePtr& scrutinee, const SyntaxNode& pattern,
                                      const std::string& field) const {
    if (scrutinee->kind != TypeKind::Adt || !pattern.field(SyntaxField::Type)) return nullptr;
    const std::string wanted = lastSegment(pattern.field(SyntaxField::Type)) + "." + field;
    for (const auto& [name, type] : m_types.fieldsOf(scrutinee))
        if (name == wanted) return type;
    return nullptr;
}

TypePtr BodyLowerer::patternFieldType(const TypePtr& scrutinee, const SyntaxNode& pattern, size_t index,
                                      const std::string& fieldName) const {
    if (!scrutinee || isUnknown(scrutinee)) return unknownType();
    if (pattern.is(SyntaxKind::TuplePattern))
        return scrutinee->kind == TypeKind::Tuple && index < scrutinee->args.size() ? scrutinee->args[index]
                                                                                    : unknownType();
    if (pattern.is(SyntaxKind::SlicePattern))
        return (scrutinee->kind == TypeKind::Array || scrutinee->kind == TypeKind::Slice) ? scrutinee->args[0]
                                                                                          : unknownType();
    if (pattern.is(SyntaxKind::TupleStructPattern)) {
        // Option / Result payloads are the generic arguments; other tuple structs by field index.
        const std::string variant = lastSegment(pattern.field(SyntaxField::Type));
        if (scrutinee->kind == TypeKind::Adt && scrutinee->path == "std::option::Option")
            return variant == "Some" ? genericArg(scrutinee, 0) : unknownType();
        if (scrutinee->kind == TypeKind::Adt && scrutinee->path == "std::result::Result")
            return genericArg(scrutinee, variant == "Err" ? 1 : 0);
        if (TypePtr t = variantFieldType(scrutinee, pattern, std::to_string(index))) return t;
        return m_types.fieldType(scrutinee, std::to_string(index));
    }
    if (pattern.is(SyntaxKind::StructPattern)) {
        if (TypePtr t = variantFieldType(scrutinee, pattern, fieldName)) return t;
        return m_types.fieldType(scrutinee, fieldName);
    }
    return unknownType();
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

void BodyLowerer::bindPattern(const SyntaxNode& pattern, const TypePtr& type, const Value& source, TextPosition at,
                              bool initialize) {
    if (!pattern) return;
    const SyntaxKind k = pattern.kind();
    if (k == SyntaxKind::Identifier || k == SyntaxKind::MutPattern || k == SyntaxKind::RefPattern ||
        k == SyntaxKind::CapturedPattern) {
        SyntaxNode name = pattern;
        bool byRef = false;
        if (k == SyntaxKind::RefPattern) byRef = true;
        while (!name.is(SyntaxKind::Identifier) && !name.namedChildren().empty()) {
            if (name.is(SyntaxKind::RefPattern)) byRef = true;
            // `mut x` nested in a pattern is (mutable_specifier, pattern): the name is last.
            name = name.is(SyntaxKind::MutPattern) ? name.namedChildren().back() : name.namedChildren().front();
        }
        if (!name.is(SyntaxKind::Identifier)) return;
        const std::string text = textOf(name);
        if (text.front() >= 'A' && text.front() <= 'Z' && k == SyntaxKind::Identifier) {
            read(source, at); // `None`, a unit variant or constant: a comparison, not a binding
            return;
        }
        const TypePtr bound = byRef ? refType(type, pattern.text().find("mut") != std::string_view::npos, "'_") : type;
        if (byRef)
            borrow(source, at);
        else
            consume(source, at);
        // rustc's span for a binding is the whole binding (`mut guard`, `ref x`); in
        // `let mut x` the grammar puts `mut` beside the pattern, in the let (asked of the
        // let: a node's previous sibling costs its depth in tree-sitter 0.20).
        const bool letPattern = m_bindingLet && m_bindingLet.field(SyntaxField::Pattern) == pattern;
        const SyntaxNode before = letPattern ? m_bindingLet.childOfKind(SyntaxKind::MutableSpecifier) : SyntaxNode();
        const TextPosition bindingStart = before ? before.start() : pattern.start();
        const int local = bindingLocal(text, bound, bindingStart, name.start(), initialize);
        addToBlockFrame(local);
        declare(text, local);
        if (k == SyntaxKind::CapturedPattern) { // `x @ Some(y)`: y binds from the same value
            const auto parts = pattern.namedChildren();
            if (parts.size() > 1) bindPattern(parts.back(), type, source, at, initialize);
        }
        return;
    }
    if (k == SyntaxKind::ReferencePattern) {
        const auto parts = pattern.namedChildren();
        const TypePtr inner = type && type->kind == TypeKind::Ref ? type->args[0] : unknownType();
        if (!parts.empty())
            bindPattern(parts.front(), inner, Value{inner, source.local, true, true, true}, at, initialize);
        return;
    }
    if (k == SyntaxKind::OrPattern) {
        const auto parts = pattern.namedChildren();
        if (!parts.empty()) bindPattern(parts.front(), type, source, at, initialize);
        return;
    }
    const bool structural = k == SyntaxKind::TuplePattern || k == SyntaxKind::TupleStructPattern ||
                            k == SyntaxKind::StructPattern || k == SyntaxKind::SlicePattern;
    if (!structural) {
        if (k != SyntaxKind::Underscore && k != SyntaxKind::RemainingFieldPattern) read(source, at); // literals, ranges
        return;
    }
    // Default binding mode: matching a reference with a non-reference pattern makes every
    // binding inside a reference, and nothing is moved out of the referent.
    const bool viaReference = type && type->kind == TypeKind::Ref;
    const TypePtr matched = viaReference ? type->args[0] : type;
    read(source, at);
    size_t index = 0;
    for (const SyntaxNode& sub : pattern.namedChildren()) {
        if (sub == pattern.field(SyntaxField::Type) || sub.is(SyntaxKind::LineComment)) continue;
        SyntaxNode subPattern = sub;
        std::string fieldName;
        if (sub.is(SyntaxKind::FieldPattern)) {
            fieldName = textOf(sub.field(SyntaxField::Name));
            subPattern =
                sub.field(SyntaxField::Pattern) ? sub.field(SyntaxField::Pattern) : sub.field(SyntaxField::Name);
        }
        TypePtr fieldType = patternFieldType(matched, pattern, index++, fieldName);
        if (viaReference) fieldType = refType(fieldType, type->isMut, "'_");
        Value part{fieldType, source.local, true, source.throughDeref || viaReference, true};
        if (subPattern.is(SyntaxKind::ShorthandFieldIdentifier)) {
            const std::string name = textOf(subPattern);
            consume(part, at);
            const int local = newLocal(LocalKind::Binding, name, fieldType, subPattern.start());
            emit(Op::StorageLive, local, subPattern.start());
            emit(Op::Init, local, subPattern.start());
            addToBlockFrame(local);
            declare(name, local);
            continue;
        }
        bindPattern(subPattern, fieldType, part, at, initialize);
    }
}

} // namespace awaitscope
