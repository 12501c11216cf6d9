#include "HirBodies.h"

#include "HirBodyBuilder.h"

namespace awaitscope::hir {

const Body& Bodies::of(const SyntaxNode& owner, MacroArguments& macros) {
    if (const auto it = m_byOwner.find(keyOf(owner)); it != m_byOwner.end()) return *it->second;
    BodyBuilder builder(macros);
    m_bodies.push_back(owner.is(SyntaxKind::FunctionItem) ? builder.lowerFunction(owner) : builder.lower(owner));
    const Body& body = m_bodies.back();
    m_byOwner[keyOf(owner)] = &body;
    for (uint32_t i = 0; i < body.exprCount(); ++i)
        if (body.nestedBody(ExprId(i))) m_byOwner.emplace(keyOf(body.sourceMap().node(ExprId(i))), &body);
    return body;
}

} // namespace awaitscope::hir
