#include "diagnostics/OwnedArgumentFix.h"

#include "diagnostics/FixSyntax.h"
#include "lowering/FileLowering.h"
#include "types/TypeOps.h"

namespace awaitscope {

using namespace fixsyntax;

namespace {

/// The type text to write for the owned parameter: `T` for `&T`, `String` for `&str`,
/// `Vec<T>` for `&[T]` - when the local really is that type; "" otherwise.
std::string ownedTypeText(const SyntaxNode& refType, const TypePtr& pointee, const TypePtr& localType) {
    if (!pointee || !localType) return "";
    const SyntaxNode inner = refType.field(SyntaxField::Type);
    if (sameType(eraseLifetimes(pointee), eraseLifetimes(localType))) return std::string(inner.text());
    const bool isString = localType->kind == TypeKind::Adt && localType->path == "std::string::String";
    if (pointee->kind == TypeKind::Str && isString) return "String";
    const bool isVec = localType->kind == TypeKind::Adt && localType->path == "std::vec::Vec";
    if (pointee->kind == TypeKind::Slice && isVec && inner.is(SyntaxKind::ArrayType) &&
        !inner.field(SyntaxField::Length))
        return "Vec<" + std::string(inner.field(SyntaxField::Element).text()) + ">";
    return "";
}

/// Every mention of `name` in `body` reads the same whether it is `&T` or `T`.
bool usedOnlyThroughReference(const SyntaxNode& body, const std::string& name) {
    bool ok = true;
    forEachNode(body, [&](const SyntaxNode& n) {
        if (!n.is(SyntaxKind::Identifier) || n.text() != name) return;
        const SyntaxNode parent = n.parent();
        const bool receiver = parent.is(SyntaxKind::FieldExpression) && parent.field(SyntaxField::Value) == n;
        const bool binding = parent.is(SyntaxKind::LetDeclaration) && parent.field(SyntaxField::Pattern) == n;
        if (!(receiver || binding || parent.is(SyntaxKind::ReferenceExpression) || parent.is(SyntaxKind::TokenTree)))
            ok = false;
    });
    return ok;
}

/// The caller still reads the local after the call: share it instead. `let config = init;`
/// becomes `Arc::new(init)`, the argument `Arc::clone(&config)`, the parameter `Arc<T>`.
/// The local must be immutable (an Arc gives no `&mut`) and read only through references,
/// and not cloned (`config.clone()` would now clone the Arc, a different type).
std::optional<Fix> sharedArgumentFix(const SyntaxTree& tree, const Local& borrowed, const SyntaxNode& refType,
                                     const std::string& owned, const TextRange& argRange) {
    const SyntaxNode let = enclosingStatement(nodeAt(tree, borrowed.position));
    if (!let.is(SyntaxKind::LetDeclaration) || let.field(SyntaxField::Type) || !let.field(SyntaxField::Value) ||
        !let.field(SyntaxField::Pattern).is(SyntaxKind::Identifier) || let.childOfKind(SyntaxKind::MutableSpecifier))
        return std::nullopt;
    SyntaxNode fn = let;
    while (fn && !fn.is(SyntaxKind::FunctionItem)) fn = fn.parent();
    if (!fn || !usedOnlyThroughReference(fn.field(SyntaxField::Body), borrowed.name)) return std::nullopt;
    bool cloned = false;
    forEachNode(fn.field(SyntaxField::Body), [&](const SyntaxNode& n) {
        if (!n.is(SyntaxKind::FieldExpression) || n.field(SyntaxField::Value).text() != borrowed.name) return;
        const std::string_view method = n.field(SyntaxField::Field).text();
        cloned = cloned || method == "clone" || method == "to_owned" || method == "into";
    });
    if (cloned) return std::nullopt;
    const std::string arc = importsArc(tree) ? "Arc" : "std::sync::Arc";
    const SyntaxNode init = let.field(SyntaxField::Value);
    return Fix{"Share `" + borrowed.name + "` with the future: `" + arc + "<" + owned + ">`",
               {{refType.range(), arc + "<" + owned + ">"},
                {init.range(), arc + "::new(" + std::string(init.text()) + ")"},
                {argRange, arc + "::clone(&" + borrowed.name + ")"}}};
}

} // namespace

std::optional<Fix> ownedArgumentFix(const SyntaxTree& tree, const FileLowering& lowering, const LoweredBody& caller,
                                    const CallSite& asyncCall, size_t arg, const std::string& local) {
    const FnSignature& sig = asyncCall.callee;
    if (sig.futureIndex < 0 || sig.futureIndex >= static_cast<int>(lowering.futures().size())) return std::nullopt;
    const AsyncItem* fn = lowering.futures()[sig.futureIndex].item;
    if (!fn || fn->kind != FutureKind::AsyncFn || !fn->selfType.empty() || sig.selfKind != SelfKind::None)
        return std::nullopt;
    // The definition's name and this one call: no other caller would need updating.
    if (countNames(tree.root(), {std::string(fn->node.field(SyntaxField::Name).text())}, false) != 2)
        return std::nullopt;
    std::vector<SyntaxNode> params;
    for (const SyntaxNode& p : fn->parameters.namedChildren())
        if (p.is(SyntaxKind::Parameter)) params.push_back(p);
    const Local* borrowed = caller.binding(local);
    if (arg >= params.size() || arg >= sig.params.size() || !borrowed) return std::nullopt;
    const SyntaxNode refType = params[arg].field(SyntaxField::Type);
    const SyntaxNode pattern = params[arg].field(SyntaxField::Pattern);
    if (!refType.is(SyntaxKind::ReferenceType) || refType.childOfKind(SyntaxKind::Lifetime) ||
        refType.childOfKind(SyntaxKind::MutableSpecifier) || !pattern.is(SyntaxKind::Identifier) || !sig.params[arg] ||
        sig.params[arg]->kind != TypeKind::Ref)
        return std::nullopt;
    const std::string owned = ownedTypeText(refType, sig.params[arg]->args.at(0), borrowed->type);
    if (owned.empty() || !usedOnlyThroughReference(fn->body, std::string(pattern.text())) ||
        asyncCall.argTexts[arg] != "&" + local)
        return std::nullopt;
    if (unusedAfterCall(tree, asyncCall.range, {local}))
        return Fix{"Pass `" + local + "` by value: `" + std::string(pattern.text()) + ": " + owned +
                       "` (the future owns it)",
                   {{refType.range(), owned}, {asyncCall.argRanges[arg], local}}};
    return sharedArgumentFix(tree, *borrowed, refType, owned, asyncCall.argRanges[arg]);
}

} // namespace awaitscope
