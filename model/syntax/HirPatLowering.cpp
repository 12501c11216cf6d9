// BodyBuilder: what each pattern node of the grammar becomes (HirPat.h's layouts).
#include "HirBodyBuilder.h"

namespace awaitscope::hir {

namespace {

using K = SyntaxKind;
using Arena = NodeRef::Arena;

// Read from the tree: a macro_rules! transcription writes `Poll :: Ready` with spaces.
std::string_view lastSegment(const SyntaxNode& path) {
    const bool scoped = path.is(K::ScopedIdentifier) || path.is(K::ScopedTypeIdentifier);
    return scoped ? path.field(SyntaxField::Name).text() : path.text();
}

uint16_t segmentCount(const SyntaxNode& path) {
    uint16_t n = 1;
    for (SyntaxNode s = path; s.is(K::ScopedIdentifier) && s.field(SyntaxField::Path); s = s.field(SyntaxField::Path))
        ++n;
    return n;
}

} // namespace

// The sub-patterns of a tuple, slice, or, tuple-struct or struct pattern, in order: named
// children and the anonymous `_` (tree-sitter's wildcard is a token), but not `skip`.
void BodyBuilder::addSubpatterns(Plan& p, const SyntaxNode& n, const SyntaxNode& skip) {
    for (const SyntaxNode& c : n.children()) {
        if (skip && c == skip) continue;
        if (c.is(K::LineComment) || c.is(K::BlockComment) || c.is(K::MutableSpecifier)) continue;
        if (c.isNamed() || c.is(K::Underscore)) p.kids.push_back({c, Role::Pat, {}, {}});
    }
}

/// `constant`: an identifier names a constant (a range pattern's end), not a new binding.
BodyBuilder::Plan BodyBuilder::planPat(const SyntaxNode& n, bool constant) {
    Plan p = inArena(Arena::Pat);
    auto kind = [&](PatKind k) { p.kind = uint8_t(k); };
    auto sub = [&](PatKind k) {
        kind(k);
        addSubpatterns(p, n);
    };
    switch (n.kind()) {
    case K::Underscore: kind(PatKind::Wild); break;
    case K::RemainingFieldPattern: kind(PatKind::Rest); break;
    case K::Identifier:
        kind(constant ? PatKind::Path : PatKind::Bind);
        p.name = n.text();
        p.segments = 1;
        break;
    case K::ScopedIdentifier:
    case K::GenericPattern:
        kind(PatKind::Path);
        p.name = lastSegment(n.is(K::GenericPattern) ? n.namedChildren().front() : n);
        p.segments = segmentCount(n);
        break;
    case K::Self:
        kind(PatKind::Bind);
        p.name = n.text();
        break;
    case K::BooleanLiteral:
    case K::CharLiteral:
    case K::FloatLiteral:
    case K::IntegerLiteral:
    case K::NegativeLiteral:
    case K::RawStringLiteral:
    case K::StringLiteral:
    case K::ConstBlock: kind(PatKind::Literal); break;
    case K::MacroInvocation: kind(PatKind::Macro); break;
    case K::RangePattern: {
        kind(PatKind::Range);
        const SyntaxNode left = n.field(SyntaxField::Left), right = n.field(SyntaxField::Right);
        if (left) {
            p.kids.push_back({left, Role::Constant, {}, {}});
            p.flags |= PatFlags::HasStart;
        }
        if (right) {
            p.kids.push_back({right, Role::Constant, {}, {}});
            p.flags |= PatFlags::HasEnd;
        }
        break;
    }
    case K::TuplePattern: sub(PatKind::Tuple); break;
    case K::SlicePattern: sub(PatKind::Slice); break;
    case K::OrPattern: sub(PatKind::Or); break;
    case K::RefPattern: sub(PatKind::Ref); break;
    case K::MutPattern: sub(PatKind::Mut); break;
    case K::ReferencePattern:
        sub(PatKind::Deref);
        if (n.childOfKind(K::MutableSpecifier)) p.flags |= PatFlags::Mut;
        break;
    case K::TupleStructPattern:
    case K::StructPattern: {
        kind(n.is(K::StructPattern) ? PatKind::Struct : PatKind::TupleStruct);
        const SyntaxNode path = n.field(SyntaxField::Type);
        p.name = lastSegment(path);
        p.segments = segmentCount(path);
        addSubpatterns(p, n, path);
        break;
    }
    case K::FieldPattern: {
        const SyntaxNode name = n.field(SyntaxField::Name);
        p.name = name.text();
        if (name.is(K::ShorthandFieldIdentifier)) { // `S { ref mut x }` binds `x`
            kind(PatKind::Bind);
            p.flags |= PatFlags::Shorthand;
            p.source = name; // the binding is the name, after any `ref` / `mut`
            if (n.hasChildToken(K::RefKw)) p.flags |= PatFlags::Ref;
            if (n.childOfKind(K::MutableSpecifier)) p.flags |= PatFlags::Mut;
        } else {
            kind(PatKind::Field);
            p.kids.push_back({n.field(SyntaxField::Pattern), Role::Pat, {}, {}});
        }
        break;
    }
    case K::CapturedPattern: { // `x @ sub`
        const auto parts = n.namedChildren();
        kind(PatKind::Bind);
        p.name = parts.empty() ? std::string_view() : parts.front().text();
        for (size_t i = 1; i < parts.size(); ++i) p.kids.push_back({parts[i], Role::Pat, {}, {}});
        break;
    }
    default: break; // Missing
    }
    return p;
}

} // namespace awaitscope::hir
