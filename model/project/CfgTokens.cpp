#include "CfgTokens.h"

#include "macros/MacroMatcher.h"
#include "project/ItemAttributes.h"

namespace awaitscope {

namespace {

bool isOuterAttribute(const TokenStream& in, size_t i) {
    return i + 1 < in.size() && in[i].isPunct("#") && in[i + 1].isGroup('[');
}

/// `#[contents]` as tokens the configuration wrote: no place in the source.
void writeAttribute(const TokenStream& contents, TokenStream& out) {
    out.emplace_back(TokenKind::Punct, "#");
    out.emplace_back(TokenKind::Group, "[", contents);
}

/// One outer attribute (`#` and its bracket group at `at`): appends what stays of it to
/// `out`; false when it is a `#[cfg(..)]` with a false predicate, which removes its item.
bool configureAttribute(const TokenStream& items, size_t at, const CfgSet& cfg, TokenStream& out) {
    const TokenStream& contents = items[at + 1].children;
    const bool conditional = contents.size() == 2 && contents[1].isGroup('(') &&
                             (contents[0].isIdent("cfg") || contents[0].isIdent("cfg_attr"));
    if (!conditional) {
        out.insert(out.end(), items.begin() + at, items.begin() + at + 2); // as written, in its place
        return true;
    }
    bool active = true;
    for (const TokenStream& a : effectiveAttributes(contents, cfg)) {
        if (CfgSet::isCfg(a))
            active = cfg.allows(a) && active;
        else
            writeAttribute(a, out);
    }
    return active;
}

} // namespace

void CfgTokens::configureItems(TokenStream& items, const CfgSet& cfg) {
    TokenStream out;
    out.reserve(items.size());
    size_t i = 0;
    while (i < items.size()) {
        TokenStream attributes;
        bool active = true;
        size_t at = i;
        for (; isOuterAttribute(items, at); at += 2) active = configureAttribute(items, at, cfg, attributes) && active;
        const int length = fragmentLength("item", items, at);
        if (length <= 0) { // not an item: the rest stays as written
            out.insert(out.end(), items.begin() + i, items.end());
            break;
        }
        if (active) {
            out.insert(out.end(), attributes.begin(), attributes.end());
            out.insert(out.end(), items.begin() + at, items.begin() + at + length);
        }
        i = at + length;
    }
    items = std::move(out);
}

} // namespace awaitscope
