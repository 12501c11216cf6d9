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
    // A built-in type has no def path: rustc prints it as written (`<i32 as Tr>::m`,
    // `<() as m::Tr>::run`: the trait carries the module, rustc_middle ty/print/pretty.rs
    // path_qualified).
    if (written.is(SyntaxKind::PrimitiveType)) return std::string(written.text());
    if (written.is(SyntaxKind::UnitType)) return std::string("()");
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

/// The fn whose body holds `fn` with no other def between them (a closure, an async block,
/// a const or an item of another kind would be one); null otherwise.
SyntaxNode enclosingFunction(const SyntaxNode& fn) {
    for (SyntaxNode p = fn.parent(); p; p = p.parent()) {
        if (p.is(SyntaxKind::FunctionItem)) return p;
        if (p.is(SyntaxKind::ClosureExpression) || p.is(SyntaxKind::AsyncBlock) || p.is(SyntaxKind::ConstItem) ||
            p.is(SyntaxKind::StaticItem) || p.is(SyntaxKind::ImplItem) || p.is(SyntaxKind::TraitItem) ||
            p.is(SyntaxKind::ModItem) || p.is(SyntaxKind::ConstBlock))
            return {};
    }
    return {};
}

/// The impl a method is declared in, or null.
SyntaxNode enclosingImpl(const SyntaxNode& fn) {
    const SyntaxNode list = fn.parent();
    return list && list.parent() && list.parent().is(SyntaxKind::ImplItem) ? list.parent() : SyntaxNode();
}

bool isAsyncFunction(const SyntaxNode& fn) {
    const SyntaxNode modifiers = fn.childOfKind(SyntaxKind::FunctionModifiers);
    return modifiers && modifiers.hasChildToken(SyntaxKind::AsyncKw);
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

// A fn item declared in another fn's body is a def-path child of that fn; in an async fn,
// of its body's coroutine, `{closure#0}` (rustc_ast_lowering lowers the body inside the
// coroutine closure): `outer::inner`, `outer::{closure#0}::inner`,
// `<S as Tr>::method::helper`. Items take no generics from the fn around them, so the
// outer fn's own parameters do not make the name depend on an instance.
static std::optional<std::string> nestedFunctionPath(const SyntaxNode& fn, const std::string& modulePath) {
    // A macro's expansion is parsed inside a wrapper fn of its own: no def of the user's.
    if (fn.file() && fn.file()->origin()) return std::nullopt;
    const SyntaxNode outer = enclosingFunction(fn);
    if (!outer) return std::nullopt;
    const SyntaxNode outerImpl = enclosingImpl(outer);
    if (outerImpl && hasTypeGenerics(outerImpl.field(SyntaxField::TypeParameters))) return std::nullopt;
    std::optional<std::string> parent;
    if (isInsideFunction(outer)) {
        parent = nestedFunctionPath(outer, modulePath);
    } else {
        const std::string outerName(outer.field(SyntaxField::Name).text());
        if (!outerImpl) {
            parent = modulePath + outerName;
        } else if (const auto self = itemPath(outerImpl.field(SyntaxField::Type), modulePath, outerImpl)) {
            const SyntaxNode trait = outerImpl.field(SyntaxField::Trait);
            const auto traitPath = trait ? itemPath(trait, modulePath, outerImpl) : std::optional<std::string>("");
            if (traitPath)
                parent = trait ? "<" + *self + " as " + *traitPath + ">::" + outerName : *self + "::" + outerName;
        }
    }
    if (!parent) return std::nullopt;
    if (isAsyncFunction(outer)) *parent += "::{closure#0}";
    return *parent + "::" + std::string(fn.field(SyntaxField::Name).text());
}

std::optional<std::string> functionPath(const SyntaxNode& fn, const std::string& modulePath, const SyntaxNode& impl) {
    if (hasTypeGenerics(fn.field(SyntaxField::TypeParameters)) ||
        hasImplTraitArgument(fn.field(SyntaxField::Parameters)))
        return std::nullopt;
    if (isInsideFunction(fn)) return nestedFunctionPath(fn, modulePath); // the outer fn names it too
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
