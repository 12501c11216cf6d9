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
    if (!identifier.is("identifier")) return nullptr;
    const Local* local = body.binding(identifier.text());
    return local && local->type && !isUnknown(local->type) && !isReference(local->type) ? local : nullptr;
}

/// The variable a place expression starts from: `config` in `config.name`, `words[0]`.
SyntaxNode placeRoot(SyntaxNode place, bool allowIndex) {
    while (place.is("field_expression") || (allowIndex && place.is("index_expression")))
        place = place.is("field_expression") ? place.field("value") : place.namedChildren().front();
    return place;
}

std::optional<LocalBorrow> fromReference(const SyntaxNode& ref, const LoweredBody& body) {
    const SyntaxNode inner = ref.field("value");
    if (inner.is("identifier") && body.binding(inner.text())) {
        const std::string name(inner.text());
        return LocalBorrow{name, name, ref.range()};
    }
    if (inner.is("field_expression")) {
        const SyntaxNode root = placeRoot(inner, false);
        if (ownedLocal(body, root))
            return LocalBorrow{std::string(inner.text()), std::string(root.text()), ref.range()};
    }
    if (inner.is("index_expression")) {
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
    if (arg.is("reference_expression")) return fromReference(arg, body);
    if (!isReference(argumentType)) return std::nullopt; // an owned value borrows nothing
    if (arg.is("call_expression") && arg.field("function").is("field_expression")) {
        const SyntaxNode root = placeRoot(arg.field("function").field("value"), true);
        if (ownedLocal(body, root))
            return LocalBorrow{std::string(root.text()), std::string(root.text()), root.range()};
    }
    if (arg.is("identifier")) // `let view = &text; show(view)`: the borrow is made at the `let`
        if (const Local* view = body.binding(arg.text())) {
            const SyntaxNode let = enclosingStatement(nodeAt(tree, view->position));
            if (let.is("let_declaration") && let.field("value").is("reference_expression"))
                return fromReference(let.field("value"), body);
        }
    return std::nullopt;
}

std::optional<LocalBorrow> borrowHeldBy(const SyntaxTree& tree, const LoweredBody& body, const std::string& name) {
    const Local* view = body.binding(name);
    if (!view || !isReference(view->type)) return std::nullopt;
    if (!view->type->lifetimes.empty() && view->type->lifetimes[0] == "'static") return std::nullopt;
    const SyntaxNode let = enclosingStatement(nodeAt(tree, view->position));
    if (!let.is("let_declaration") || !let.field("value")) return std::nullopt;
    const SyntaxNode value = let.field("value");
    if (value.is("identifier")) return std::nullopt; // a copy of another reference: not followed
    return localBorrowIn(tree, body, value.range(), view->type);
}

} // namespace awaitscope
