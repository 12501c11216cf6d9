#include "UseResolver.h"

namespace awaitscope {

void UseResolver::resolveAll() {
    const std::vector<ModuleDef*> modules = m_index.ownModules();
    // Each pass can only add bindings, so this terminates; a handful of passes suffice.
    for (int pass = 0; pass < 16; ++pass) {
        bool changed = false;
        for (ModuleDef* module : modules)
            for (const UseDecl& use : module->uses)
                changed |= use.glob ? importGlob(module, use) : resolveUse(module, use);
        if (!changed) break;
    }
}

bool UseResolver::bind(ModuleDef* module, const std::string& name, const ItemRef& ref, Namespace ns, bool isPublic) {
    auto& map = ns == Namespace::Type ? module->types : module->values;
    if (map.count(name)) return false; // an item or an earlier import wins
    map[name] = ref;
    if (isPublic) module->publicNames.insert(name);
    return true;
}

bool UseResolver::resolveUse(ModuleDef* module, const UseDecl& use) {
    bool changed = false;
    std::vector<std::string> segs = use.segments;
    // `use self::Option::{self}` binds the enum itself.
    if (ItemRef t = m_resolver.resolveFully(module, segs, Namespace::Type))
        changed |= bind(module, use.alias, t, Namespace::Type, use.isPublic);
    if (ItemRef v = m_resolver.resolveFully(module, segs, Namespace::Value))
        changed |= bind(module, use.alias, v, Namespace::Value, use.isPublic);
    return changed;
}

bool UseResolver::importGlob(ModuleDef* module, const UseDecl& use) {
    ItemRef target = m_resolver.resolveFully(module, use.segments, Namespace::Type);
    bool changed = false;
    if (target.kind == ItemKind::Module) {
        const ModuleDef* from = target.module;
        // A child module sees its ancestors' private names (`use super::*`).
        bool isAncestor = false;
        for (const ModuleDef* m = module; m; m = m->parent) isAncestor |= m == from;
        for (const auto& [name, ref] : from->types)
            if (isAncestor || from->publicNames.count(name))
                changed |= bind(module, name, ref, Namespace::Type, use.isPublic);
        for (const auto& [name, ref] : from->values)
            if (isAncestor || from->publicNames.count(name))
                changed |= bind(module, name, ref, Namespace::Value, use.isPublic);
    } else if (target.kind == ItemKind::Adt && target.adt->kind == AdtKind::Enum) {
        for (size_t v = 0; v < target.adt->variants.size(); ++v) {
            ItemRef variant{ItemKind::Variant};
            variant.adt = target.adt;
            variant.variant = static_cast<int>(v);
            changed |= bind(module, target.adt->variants[v].name, variant, Namespace::Value, use.isPublic);
        }
    }
    return changed;
}

} // namespace awaitscope
