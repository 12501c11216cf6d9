// Which variables of a body a nested closure or async block mentions (its captures).
#include "lowering/BodyLowerer.h"

#include "syntax/MacroArguments.h"

namespace awaitscope {

namespace {

// The body of a closure or async block right under `parent`: it has a list of its own.
bool isNestedBody(const SyntaxNode& n, const SyntaxNode& parent) {
    if (parent.is(SyntaxKind::ClosureExpression)) return parent.field(SyntaxField::Body) == n;
    return parent.is(SyntaxKind::AsyncBlock) && n.is(SyntaxKind::Block);
}

// Pre-order over `body` and the re-parsed arguments of its macros (after the macro's own
// tokens). `visit(node, parent)` returns false to skip the node's subtree. Each node
// travels with its parent: SyntaxNode::parent() costs O(depth) in tree-sitter 0.20.
template <class Visit> void walk(MacroArguments& macros, const SyntaxNode& body, Visit&& visit) {
    std::vector<std::pair<SyntaxNode, SyntaxNode>> stack{{body, SyntaxNode()}};
    while (!stack.empty()) {
        const auto [n, parent] = stack.back();
        stack.pop_back();
        if (!visit(n, parent)) continue;
        if (n.is(SyntaxKind::MacroInvocation))
            for (const SyntaxNode& a : macros.argumentsOf(n)) stack.emplace_back(a, n);
        const auto children = n.namedChildren();
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.emplace_back(*it, n);
    }
}

} // namespace

std::vector<std::pair<std::string, TextPosition>> BodyLowerer::freeVariables(const SyntaxNode& body) const {
    // Identifiers that name a local or upvar visible here, in order of first mention.
    std::vector<std::pair<std::string, TextPosition>> names;
    for (const NameMention& m : mentionsIn(body)) {
        const std::string& name = m_env.mentions.name(m.name);
        if (lookup(name) >= 0 || m_upvarByName.count(name)) names.emplace_back(name, m.at);
    }
    return names;
}

const std::vector<NameMention>& BodyLowerer::mentionsIn(const SyntaxNode& body) const {
    NameMentions& cache = m_env.mentions;
    if (const auto* known = cache.find(body)) return *known;
    // The bodies nested in this one whose lists are missing, outer first; built inner
    // first, so that each finds the lists of the bodies right inside it.
    std::vector<SyntaxNode> nested;
    walk(m_env.macros, body, [&](const SyntaxNode& n, const SyntaxNode& parent) {
        if (!isNestedBody(n, parent)) return true;
        if (cache.find(n)) return false; // built with everything inside it
        nested.push_back(n);
        return true;
    });
    for (auto it = nested.rbegin(); it != nested.rend(); ++it) cache.store(*it, mentionsOneLevel(*it));
    return cache.store(body, mentionsOneLevel(body));
}

// The names `body` mentions, in the order of a pre-order walk; a nested body's list
// stands for its subtree (the walk would visit its nodes at that point, in that order).
std::vector<NameMention> BodyLowerer::mentionsOneLevel(const SyntaxNode& body) const {
    NameMentions& cache = m_env.mentions;
    std::vector<NameMention> out;
    cache.begin();
    walk(m_env.macros, body, [&](const SyntaxNode& n, const SyntaxNode& parent) {
        if (isNestedBody(n, parent))
            if (const auto* inner = cache.find(n)) {
                for (const NameMention& m : *inner) cache.add(out, m);
                return false;
            }
        const bool isName = n.is(SyntaxKind::Identifier) || n.is(SyntaxKind::Self);
        const bool isFieldOwner = parent.is(SyntaxKind::FieldExpression) && parent.field(SyntaxField::Value) == n;
        if (isName && (!parent.is(SyntaxKind::FieldExpression) || isFieldOwner))
            cache.add(out, {cache.intern(textOf(n)), n.start()});
        if (n.is(SyntaxKind::MacroInvocation) && isFormatMacro(n))
            for (const SyntaxNode& a : m_env.macros.argumentsOf(n))
                if (a.is(SyntaxKind::StringLiteral) || a.is(SyntaxKind::RawStringLiteral))
                    for (const auto& [name, at] : inlineFormatNames(a)) // `println!("{name}")` uses `name`
                        cache.add(out, {cache.intern(name), at});
        return true;
    });
    return out;
}

} // namespace awaitscope
