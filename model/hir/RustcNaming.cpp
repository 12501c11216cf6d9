#include "hir/RustcNaming.h"

#include "hir/AsyncItem.h"

namespace awaitscope::rustcnaming {

namespace {

/// Type parameters (or `impl Trait` arguments) make the name depend on the instance.
bool hasTypeGenerics(const SyntaxNode& typeParams) {
    for (const SyntaxNode& p : typeParams.namedChildren())
        if (!p.is(SyntaxKind::LifetimeParameter) && !p.is(SyntaxKind::Lifetime) && !p.is(SyntaxKind::LineComment) &&
            !p.is(SyntaxKind::BlockComment))
            return true;
    return false;
}

bool hasImplTraitArgument(const SyntaxNode& node) {
    if (node.is(SyntaxKind::AbstractType)) return true;
    for (const SyntaxNode& c : node.namedChildren())
        if (hasImplTraitArgument(c)) return true;
    return false;
}

bool declaresType(const SyntaxNode& scope, std::string_view name) {
    for (const SyntaxNode& item : scope.namedChildren()) {
        const bool isType = item.is(SyntaxKind::StructItem) || item.is(SyntaxKind::EnumItem) ||
                            item.is(SyntaxKind::UnionItem) || item.is(SyntaxKind::TraitItem) ||
                            item.is(SyntaxKind::TypeItem);
        if (isType && item.field(SyntaxField::Name).text() == name) return true;
    }
    return false;
}

/// rustc prints a region of an impl's self type as `'_` (regions are erased).
std::optional<std::string> typeArguments(const SyntaxNode& args) {
    if (!args) return "";
    std::string out;
    for (const SyntaxNode& a : args.namedChildren()) {
        if (!a.is(SyntaxKind::Lifetime)) return std::nullopt; // a type argument: printed per instance
        out += (out.empty() ? "" : ", ") + std::string("'_");
    }
    return "<" + out + ">";
}

/// A type or trait named in an impl header, by its def path from the crate root. Only a
/// plain name declared in the impl's own module (or a `crate::` path) is resolved here.
std::optional<std::string> itemPath(const SyntaxNode& written, const std::string& modulePath, const SyntaxNode& impl) {
    SyntaxNode name = written.is(SyntaxKind::GenericType) ? written.field(SyntaxField::Type) : written;
    const auto args =
        typeArguments(written.is(SyntaxKind::GenericType) ? written.field(SyntaxField::TypeArguments) : SyntaxNode());
    if (!args) return std::nullopt;
    const std::string text(name.text());
    if (text.rfind("crate::", 0) == 0 && name.is(SyntaxKind::ScopedTypeIdentifier)) return text.substr(7) + *args;
    if (!name.is(SyntaxKind::TypeIdentifier) || !declaresType(impl.parent(), text)) return std::nullopt;
    return modulePath + text + *args;
}

bool isInsideFunction(const SyntaxNode& node) {
    for (SyntaxNode p = node.parent(); p; p = p.parent())
        if (p.is(SyntaxKind::FunctionItem)) return true;
    return false;
}

/// The last token tree of a node, as a proc macro sees it: a literal is one token, a
/// closing delimiter stands for its whole delimited group.
std::optional<TextRange> lastTokenTree(const SyntaxNode& node) {
    SyntaxNode last = node;
    while (last.childCount() > 0 && !last.is(SyntaxKind::StringLiteral) && !last.is(SyntaxKind::RawStringLiteral) &&
           !last.is(SyntaxKind::CharLiteral)) {
        SyntaxNode next;
        for (uint32_t i = last.childCount(); i-- > 0;) {
            const SyntaxNode c = last.child(i);
            if (!c.is(SyntaxKind::LineComment) && !c.is(SyntaxKind::BlockComment) && !c.isMissing()) {
                next = c;
                break;
            }
        }
        if (!next) return std::nullopt;
        last = next;
    }
    const SyntaxKind t = last.kind();
    if (t == SyntaxKind::RParen || t == SyntaxKind::RBracket || t == SyntaxKind::RBrace) return last.parent().range();
    return last.range();
}

std::string spanText(const std::string& file, const TextRange& r) {
    return file + ":" + toString(r.start) + ": " + toString(r.end);
}

SyntaxNode firstNamedChild(const SyntaxNode& node) {
    if (!node) return {};
    const std::vector<SyntaxNode> children = node.namedChildren();
    return children.empty() ? SyntaxNode() : children.front();
}

} // namespace

std::optional<std::string> functionPath(const SyntaxNode& fn, const std::string& modulePath, const SyntaxNode& impl) {
    if (isInsideFunction(fn)) return std::nullopt; // rustc's def path names the outer fn too
    if (hasTypeGenerics(fn.field(SyntaxField::TypeParameters)) ||
        hasImplTraitArgument(fn.field(SyntaxField::Parameters)))
        return std::nullopt;
    const std::string name(fn.field(SyntaxField::Name).text());
    if (!impl) return modulePath + name;
    if (hasTypeGenerics(impl.field(SyntaxField::TypeParameters))) return std::nullopt;
    const auto self = itemPath(impl.field(SyntaxField::Type), modulePath, impl);
    if (!self) return std::nullopt;
    const SyntaxNode trait = impl.field(SyntaxField::Trait);
    if (!trait) return *self + "::" + name;
    const auto traitPath = itemPath(trait, modulePath, impl);
    if (!traitPath) return std::nullopt;
    return "<" + *self + " as " + *traitPath + ">::" + name;
}

TextRange asyncBlockSpan(const SyntaxNode& block) {
    const SyntaxNode async = block.childOfKind(SyntaxKind::AsyncKw);
    const SyntaxNode move = block.childOfKind(SyntaxKind::MoveKw);
    return {async.start(), move ? move.end() : async.end()};
}

std::optional<TextRange> tokioEntryBlockSpan(const SyntaxNode& fn, const std::vector<SyntaxNode>& attributes) {
    bool isEntry = false;
    for (const SyntaxNode& attribute : attributes) {
        const SyntaxNode attr = firstNamedChild(attribute);
        const SyntaxNode path = firstNamedChild(attr); // `#[]` or a broken attribute has none
        isEntry = isEntry || (path && (path.text() == "tokio::main" || path.text() == "tokio::test"));
    }
    if (!isEntry) return std::nullopt;
    SyntaxNode lastStatement;
    for (const SyntaxNode& s : fn.field(SyntaxField::Body).namedChildren())
        if (!s.is(SyntaxKind::LineComment) && !s.is(SyntaxKind::BlockComment)) lastStatement = s;
    if (!lastStatement) return std::nullopt; // the call site's span: not known here
    return lastTokenTree(lastStatement);
}

std::optional<std::string> rustcName(const AsyncItem& item, const std::string& fileName) {
    if (item.rustcPath) return "{async fn body of " + *item.rustcPath + "()}";
    if (!item.rustcSpan) return std::nullopt;
    const std::string what = item.kind == FutureKind::AsyncClosure ? "async closure body" : "async block";
    return "{" + what + "@" + spanText(fileName, *item.rustcSpan) + "}";
}

} // namespace awaitscope::rustcnaming
