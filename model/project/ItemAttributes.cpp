#include "ItemAttributes.h"

namespace awaitscope {

namespace {

void appendEffective(const TokenStream& attr, const CfgSet& cfg, std::vector<TokenStream>& out) {
    if (attr.size() < 2 || !attr[0].isIdent("cfg_attr") || !attr[1].isGroup('(')) {
        out.push_back(attr);
        return;
    }
    const TokenStream& args = attr[1].children;
    std::vector<TokenStream> parts(1);
    for (const TokenTree& t : args) {
        if (t.isPunct(","))
            parts.emplace_back();
        else
            parts.back().push_back(t);
    }
    if (parts.empty() || !cfg.evaluate(parts[0])) return;
    for (size_t i = 1; i < parts.size(); ++i)
        if (!parts[i].empty()) appendEffective(parts[i], cfg, out);
}

} // namespace

std::vector<TokenStream> effectiveAttributes(const TokenStream& attribute, const CfgSet& cfg) {
    std::vector<TokenStream> out;
    appendEffective(attribute, cfg, out);
    return out;
}

ItemAttributes readItemAttributes(const std::vector<SyntaxNode>& attributes, const CfgSet& cfg) {
    ItemAttributes out;
    for (const SyntaxNode& item : attributes) {
        const SyntaxNode attr = item.childOfKind(SyntaxKind::Attribute);
        if (!attr) continue;
        for (const TokenStream& a : effectiveAttributes(lexTokens(attr.text()), cfg)) {
            out.active &= cfg.allows(a);
            if (a.size() >= 3 && a[0].isIdent("path") && a[1].isPunct("=") && a[2].kind == TokenKind::Literal)
                out.path = unquote(a[2].text);
            if (a.size() >= 1 && a[0].isIdent("macro_use")) out.macroUse = true;
        }
    }
    return out;
}

} // namespace awaitscope
