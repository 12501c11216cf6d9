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

namespace {

/// rustc_middle::ty::Visibility::is_accessible_from for a name of `from` seen in `module`:
/// pub, or private and `module` is `from` or below it, or restricted to a module that
/// `module` is inside.
bool visibleFrom(const ModuleDef* from, const std::string& name, const ModuleDef* module) {
    if (from->publicNames.count(name)) return true;
    auto restricted = from->visibleWithin.find(name);
    const ModuleDef* scope = restricted != from->visibleWithin.end() ? restricted->second : from;
    for (const ModuleDef* m = module; m; m = m->parent)
        if (m == scope) return true;
    return false;
}

} // namespace

bool UseResolver::bind(ModuleDef* module, const std::string& name, const ItemRef& ref, Namespace ns,
                       const UseDecl& use) {
    auto& map = ns == Namespace::Type ? module->types : module->values;
    if (map.count(name)) return false; // an item or an earlier import wins
    map[name] = ref;
    if (use.isPublic) module->publicNames.insert(name);
    if (use.visibleWithin) module->visibleWithin[name] = use.visibleWithin;
    return true;
}

bool UseResolver::resolveUse(ModuleDef* module, const UseDecl& use) {
    bool changed = false;
    std::vector<std::string> segs = use.segments;
    // `use self::Option::{self}` binds the enum itself.
    if (ItemRef t = m_resolver.resolveFully(module, segs, Namespace::Type))
        changed |= bind(module, use.alias, t, Namespace::Type, use);
    if (ItemRef v = m_resolver.resolveFully(module, segs, Namespace::Value))
        changed |= bind(module, use.alias, v, Namespace::Value, use);
    return changed;
}

bool UseResolver::importGlob(ModuleDef* module, const UseDecl& use) {
    ItemRef target = m_resolver.resolveFully(module, use.segments, Namespace::Type);
    bool changed = false;
    if (target.kind == ItemKind::Module) {
        const ModuleDef* from = target.module;
        // A glob takes every name it can see: a child module sees its ancestors' private
        // names (`use super::*`), a module of the crate its pub(crate) ones.
        for (const auto& [name, ref] : from->types)
            if (visibleFrom(from, name, module)) changed |= bind(module, name, ref, Namespace::Type, use);
        for (const auto& [name, ref] : from->values)
            if (visibleFrom(from, name, module)) changed |= bind(module, name, ref, Namespace::Value, use);
    } else if (target.kind == ItemKind::Adt && target.adt->kind == AdtKind::Enum) {
        for (size_t v = 0; v < target.adt->variants.size(); ++v) {
            ItemRef variant{ItemKind::Variant};
            variant.adt = target.adt;
            variant.variant = static_cast<int>(v);
            changed |= bind(module, target.adt->variants[v].name, variant, Namespace::Value, use);
        }
    }
    return changed;
}

} // namespace awaitscope
