#include "hir/RustcNaming.h"

#include "hir/AsyncItem.h"

namespace awaitscope::rustcnaming {

namespace {

/// Type parameters (or `impl Trait` arguments) make the name depend on the instance.
bool hasTypeGenerics(const SyntaxNode& typeParams) {
    for (const SyntaxNode& p : typeParams.namedChildren())
        if (!p.is("lifetime_parameter") && !p.is("lifetime") && !p.is("line_comment") && !p.is("block_comment"))
            return true;
    return false;
}

bool hasImplTraitArgument(const SyntaxNode& node) {
    if (node.is("abstract_type")) return true;
    for (const SyntaxNode& c : node.namedChildren())
        if (hasImplTraitArgument(c)) return true;
    return false;
}

bool declaresType(const SyntaxNode& scope, std::string_view name) {
    for (const SyntaxNode& item : scope.namedChildren()) {
        const bool isType = item.is("struct_item") || item.is("enum_item") || item.is("union_item") ||
                            item.is("trait_item") || item.is("type_item");
        if (isType && item.field("name").text() == name) return true;
    }
    return false;
}

/// rustc prints a region of an impl's self type as `'_` (regions are erased).
std::optional<std::string> typeArguments(const SyntaxNode& args) {
    if (!args) return "";
    std::string out;
    for (const SyntaxNode& a : args.namedChildren()) {
        if (!a.is("lifetime")) return std::nullopt; // a type argument: printed per instance
        out += (out.empty() ? "" : ", ") + std::string("'_");
    }
    return "<" + out + ">";
}

/// A type or trait named in an impl header, by its def path from the crate root. Only a
/// plain name declared in the impl's own module (or a `crate::` path) is resolved here.
std::optional<std::string> itemPath(const SyntaxNode& written, const std::string& modulePath, const SyntaxNode& impl) {
    SyntaxNode name = written.is("generic_type") ? written.field("type") : written;
    const auto args = typeArguments(written.is("generic_type") ? written.field("type_arguments") : SyntaxNode());
    if (!args) return std::nullopt;
    const std::string text(name.text());
    if (text.rfind("crate::", 0) == 0 && name.is("scoped_type_identifier")) return text.substr(7) + *args;
    if (!name.is("type_identifier") || !declaresType(impl.parent(), text)) return std::nullopt;
    return modulePath + text + *args;
}

bool isInsideFunction(const SyntaxNode& node) {
    for (SyntaxNode p = node.parent(); p; p = p.parent())
        if (p.is("function_item")) return true;
    return false;
}

/// The last token tree of a node, as a proc macro sees it: a literal is one token, a
/// closing delimiter stands for its whole delimited group.
std::optional<TextRange> lastTokenTree(const SyntaxNode& node) {
    SyntaxNode last = node;
    while (last.childCount() > 0 && !last.is("string_literal") && !last.is("raw_string_literal") &&
           !last.is("char_literal")) {
        SyntaxNode next;
        for (uint32_t i = last.childCount(); i-- > 0;) {
            const SyntaxNode c = last.child(i);
            if (!c.is("line_comment") && !c.is("block_comment") && !c.isMissing()) {
                next = c;
                break;
            }
        }
        if (!next) return std::nullopt;
        last = next;
    }
    const std::string_view t = last.kind();
    if (t == ")" || t == "]" || t == "}") return last.parent().range();
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
    if (hasTypeGenerics(fn.field("type_parameters")) || hasImplTraitArgument(fn.field("parameters")))
        return std::nullopt;
    const std::string name(fn.field("name").text());
    if (!impl) return modulePath + name;
    if (hasTypeGenerics(impl.field("type_parameters"))) return std::nullopt;
    const auto self = itemPath(impl.field("type"), modulePath, impl);
    if (!self) return std::nullopt;
    const SyntaxNode trait = impl.field("trait");
    if (!trait) return *self + "::" + name;
    const auto traitPath = itemPath(trait, modulePath, impl);
    if (!traitPath) return std::nullopt;
    return "<" + *self + " as " + *traitPath + ">::" + name;
}

TextRange asyncBlockSpan(const SyntaxNode& block) {
    const SyntaxNode async = block.childOfKind("async");
    const SyntaxNode move = block.childOfKind("move");
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
    for (const SyntaxNode& s : fn.field("body").namedChildren())
        if (!s.is("line_comment") && !s.is("block_comment")) lastStatement = s;
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
