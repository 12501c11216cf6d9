#include "lowering/NameMentions.h"

#include "lowering/BodyLowerer.h"
#include "syntax/HirBodyBuilder.h"

namespace awaitscope {

using hir::ExprId;
using hir::ExprKind;
using hir::NodeRef;
using hir::PatKind;

int NameMentions::intern(std::string_view name) {
    const auto [it, added] = m_ids.emplace(std::string(name), static_cast<int>(m_names.size()));
    if (added) {
        m_names.push_back(it->first);
        m_seenIn.push_back(0);
    }
    return it->second;
}

void NameMentions::add(std::vector<NameMention>& out, int name, TextPosition at) {
    if (m_seenIn[name] == m_list) return;
    m_seenIn[name] = m_list;
    out.push_back({name, at});
}

const std::vector<NameMention>& NameMentions::of(const SyntaxNode& body, MacroArguments& macros) {
    if (const auto it = m_lists.find(keyOf(body)); it != m_lists.end()) return it->second;
    const hir::Body hir = hir::BodyBuilder(macros).lower(body);
    // The closure and async bodies in it; children come before parents in the arenas, so
    // ascending ids build every inner list before the list of a body around it.
    std::vector<char> nested(hir.exprCount(), 0);
    for (uint32_t i = 0; i < hir.exprCount(); ++i)
        if (const ExprId inner = hir.nestedBody(ExprId(i))) nested[inner.index] = 1;
    nested[hir.root().index] = 1;
    for (uint32_t i = 0; i < hir.exprCount(); ++i) {
        if (!nested[i]) continue;
        const Key key = keyOf(hir.sourceMap().node(ExprId(i)));
        if (!m_lists.count(key)) m_lists[key] = oneLevel(hir, ExprId(i), nested);
    }
    return m_lists[keyOf(body)];
}

// Pre-order from `body`, children in source order; a nested body's list stands for it.
std::vector<NameMention> NameMentions::oneLevel(const hir::Body& hir, ExprId body, const std::vector<char>& nested) {
    std::vector<NameMention> out;
    ++m_list;
    std::vector<NodeRef> stack{NodeRef::of(body)};
    while (!stack.empty()) {
        const NodeRef n = stack.back();
        stack.pop_back();
        if (const ExprId e = n.expr()) {
            if (e != body && nested[e.index])
                if (const auto it = m_lists.find(keyOf(hir.sourceMap().node(e))); it != m_lists.end()) {
                    for (const NameMention& m : it->second) add(out, m.name, m.at);
                    continue;
                }
            const hir::Expr& x = hir.expr(e);
            if (x.kind == ExprKind::Path && x.segments == 1) add(out, intern(x.name), hir.sourceMap().node(e).start());
            if (x.kind == ExprKind::MacroCall) {
                addFormatNames(out, hir, e);
                for (const hir::MacroToken& t : hir.tokens(e)) add(out, intern(t.text), t.at);
            }
        } else if (const hir::PatId p = n.pat()) {
            const hir::Pat& x = hir.pat(p);
            const bool binding = x.kind == PatKind::Bind && !x.has(hir::PatFlags::Shorthand);
            if (binding || (x.kind == PatKind::Path && x.segments == 1))
                add(out, intern(x.name), hir.sourceMap().node(p).start());
        }
        const auto kids = hir.children(n);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

// `println!("{name}")` uses `name`: the string literals among a format macro's arguments.
void NameMentions::addFormatNames(std::vector<NameMention>& out, const hir::Body& hir, ExprId macroCall) {
    const hir::Expr& call = hir.expr(macroCall);
    if (call.macro != hir::MacroForm::Arguments || !BodyLowerer::isFormatMacroName(call.name)) return;
    for (const NodeRef& arg : hir.children(macroCall)) {
        if (!arg.expr() || hir.expr(arg.expr()).kind != ExprKind::Literal) continue;
        const SyntaxNode literal = hir.sourceMap().node(arg.expr());
        if (literal.is(SyntaxKind::StringLiteral) || literal.is(SyntaxKind::RawStringLiteral))
            for (const auto& [name, at] : BodyLowerer::inlineFormatNames(literal)) add(out, intern(name), at);
    }
}

} // namespace awaitscope
