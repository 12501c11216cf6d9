#include "PathResolver.h"

namespace awaitscope {

ItemRef moduleRef(const ModuleDef* module) {
    ItemRef ref;
    if (!module) return ref;
    ref.kind = ItemKind::Module;
    ref.module = module;
    return ref;
}

const ModuleDef* PathResolver::externCrate(const std::string& name) const {
    // core and alloc are std here: the prelude models them as one crate.
    if (name == "core" || name == "alloc") return m_index.crateRoot("std");
    if (name.empty()) return nullptr;
    return m_index.crateRoot(name);
}

ItemRef PathResolver::member(const ModuleDef* module, const std::string& name, Namespace ns) {
    if (!module) return {};
    const auto& map = ns == Namespace::Type ? module->types : module->values;
    auto it = map.find(name);
    return it == map.end() ? ItemRef{} : it->second;
}

// A block's items shadow the enclosing block's, which shadow the module's, before the
// extern crates and the std prelude (rustc_resolve ident.rs: the ribs outward).
ItemRef PathResolver::lookupName(const ModuleDef* module, const std::string& name, Namespace ns) const {
    for (const ModuleDef* m = module; m; m = m->isBlock ? m->parent : nullptr)
        if (ItemRef r = member(m, name, ns)) return r;
    if (ns == Namespace::Type)
        if (const ModuleDef* crate = externCrate(name)) return moduleRef(crate);
    return member(m_index.preludeModule(), name, ns);
}

ItemRef PathResolver::first(const ModuleDef* module, const std::string& name, Namespace ns) const {
    if (name == "crate") {
        const ModuleDef* m = module;
        while (m && m->parent) m = m->parent;
        return moduleRef(m);
    }
    if (name == "self" || name == "super") {
        while (module && module->isBlock) module = module->parent; // a block's `self` is its module
        return moduleRef(name == "self" || !module ? module : module->parent);
    }
    return lookupName(module, name, ns);
}

PathResolution PathResolver::resolve(const ModuleDef* module, const std::vector<std::string>& segs,
                                     Namespace ns) const {
    PathResolution out;
    if (segs.empty()) return out;
    size_t i = 0;
    if (segs[0] == "::") {
        if (segs.size() < 2) return out;
        out.item = moduleRef(externCrate(segs[1]));
        i = 2;
    } else {
        out.item = first(module, segs[0], segs.size() == 1 ? ns : Namespace::Type);
        i = 1;
    }
    if (!out.item) return out;
    out.item = canonical(out.item);
    for (; i < segs.size(); ++i) {
        const bool last = i + 1 == segs.size();
        if (out.item.kind == ItemKind::Module) {
            ItemRef next = segs[i] == "super" ? moduleRef(out.item.module->parent)
                                              : member(out.item.module, segs[i], last ? ns : Namespace::Type);
            if (!next) return {out.item, i};
            out.item = canonical(next);
        } else if (out.item.kind == ItemKind::Adt && out.item.adt->kind == AdtKind::Enum) {
            const auto& variants = out.item.adt->variants;
            int found = -1;
            for (size_t v = 0; v < variants.size(); ++v)
                if (variants[v].name == segs[i]) found = static_cast<int>(v);
            if (found < 0) break;
            ItemRef variant{ItemKind::Variant};
            variant.adt = out.item.adt;
            variant.variant = found;
            out.item = variant;
        } else {
            break;
        }
    }
    out.consumed = i;
    return out;
}

ItemRef PathResolver::canonical(const ItemRef& ref) const {
    // A file analysed inside its crate is a newer layer over the crate's copy of it: the
    // module by path from the top layer (its current text) stands for the crate's one.
    if (ref.kind != ItemKind::Module || !ref.module) return ref;
    const ModuleDef* top = m_index.module(ref.module->path);
    return top && top != ref.module && top->crate == ref.module->crate ? moduleRef(top) : ref;
}

ItemRef PathResolver::resolveFully(const ModuleDef* module, const std::vector<std::string>& segs, Namespace ns) const {
    PathResolution r = resolve(module, segs, ns);
    return r.consumed == segs.size() ? r.item : ItemRef{};
}

} // namespace awaitscope
