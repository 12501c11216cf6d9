#include "diagnostics/LocalBorrow.h"

#include "diagnostics/FixSyntax.h"
#include "lowering/LoweredBody.h"

namespace awaitscope {

using namespace fixsyntax;

namespace {

bool isReference(const TypePtr& t) {
    return t && (t->kind == TypeKind::Ref || t->kind == TypeKind::RawPtr);
}

/// A local that holds its data itself: borrowing into it borrows the local.
const Local* ownedLocal(const LoweredBody& body, const SyntaxNode& identifier) {
    if (!identifier.is(SyntaxKind::Identifier)) return nullptr;
    const Local* local = body.binding(identifier.text());
    return local && local->type && !isUnknown(local->type) && !isReference(local->type) ? local : nullptr;
}

/// The variable a place expression starts from: `config` in `config.name`, `words[0]`.
SyntaxNode placeRoot(SyntaxNode place, bool allowIndex) {
    while (place.is(SyntaxKind::FieldExpression) || (allowIndex && place.is(SyntaxKind::IndexExpression)))
        place = place.is(SyntaxKind::FieldExpression) ? place.field(SyntaxField::Value) : place.namedChildren().front();
    return place;
}

std::optional<LocalBorrow> fromReference(const SyntaxNode& ref, const LoweredBody& body) {
    const SyntaxNode inner = ref.field(SyntaxField::Value);
    if (inner.is(SyntaxKind::Identifier) && body.binding(inner.text())) {
        const std::string name(inner.text());
        return LocalBorrow{name, name, ref.range()};
    }
    if (inner.is(SyntaxKind::FieldExpression)) {
        const SyntaxNode root = placeRoot(inner, false);
        if (ownedLocal(body, root))
            return LocalBorrow{std::string(inner.text()), std::string(root.text()), ref.range()};
    }
    if (inner.is(SyntaxKind::IndexExpression)) {
        const SyntaxNode root = placeRoot(inner, true);
        if (ownedLocal(body, root))
            return LocalBorrow{std::string(root.text()), std::string(root.text()), root.range()};
    }
    return std::nullopt;
}

} // namespace

std::optional<LocalBorrow> localBorrowIn(const SyntaxTree& tree, const LoweredBody& body, const TextRange& argument,
                                         const TypePtr& argumentType) {
    const SyntaxNode arg = nodeWithRange(tree, argument);
    if (arg.is(SyntaxKind::ReferenceExpression)) return fromReference(arg, body);
    if (!isReference(argumentType)) return std::nullopt; // an owned value borrows nothing
    if (arg.is(SyntaxKind::CallExpression) && arg.field(SyntaxField::Function).is(SyntaxKind::FieldExpression)) {
        const SyntaxNode root = placeRoot(arg.field(SyntaxField::Function).field(SyntaxField::Value), true);
        if (ownedLocal(body, root))
            return LocalBorrow{std::string(root.text()), std::string(root.text()), root.range()};
    }
    if (arg.is(SyntaxKind::Identifier)) // `let view = &text; show(view)`: the borrow is made at the `let`
        if (const Local* view = body.binding(arg.text())) {
            const SyntaxNode let = enclosingStatement(nodeAt(tree, view->position));
            if (let.is(SyntaxKind::LetDeclaration) && let.field(SyntaxField::Value).is(SyntaxKind::ReferenceExpression))
                return fromReference(let.field(SyntaxField::Value), body);
        }
    return std::nullopt;
}

std::optional<LocalBorrow> borrowHeldBy(const SyntaxTree& tree, const LoweredBody& body, const std::string& name) {
    const Local* view = body.binding(name);
    if (!view || !isReference(view->type)) return std::nullopt;
    if (!view->type->lifetimes.empty() && view->type->lifetimes[0] == "'static") return std::nullopt;
    const SyntaxNode let = enclosingStatement(nodeAt(tree, view->position));
    if (!let.is(SyntaxKind::LetDeclaration) || !let.field(SyntaxField::Value)) return std::nullopt;
    const SyntaxNode value = let.field(SyntaxField::Value);
    if (value.is(SyntaxKind::Identifier)) return std::nullopt; // a copy of another reference: not followed
    return localBorrowIn(tree, body, value.range(), view->type);
}

} // namespace awaitscope
