#include "PreludeOverlay.h"

#include <map>

namespace awaitscope {

namespace {

/// One namespace of a prelude module laid over the real module of the same path.
int overlayNamespace(const std::map<std::string, ItemRef>& prelude, std::map<std::string, ItemRef>& real,
                     const ModuleDef& preludeModule, ModuleDef& realModule) {
    int laid = 0;
    for (const auto& [name, ref] : prelude) {
        auto it = real.find(name);
        // Both have a module of this name: its own pass merges the two (same path).
        if (it != real.end() && ref.kind == ItemKind::Module && it->second.kind == ItemKind::Module) continue;
        real[name] = ref;
        if (preludeModule.publicNames.count(name)) realModule.publicNames.insert(name);
        ++laid;
    }
    return laid;
}

} // namespace

int overlayPrelude(ItemIndex& index, const std::string& crate) {
    const ItemIndex* prelude = index.base();
    if (!prelude || !prelude->crateRoot(crate)) return 0;
    int laid = 0;
    for (ModuleDef* real : index.ownModules()) {
        if (real->crate != crate) continue;
        const ModuleDef* described = prelude->module(real->path);
        if (!described || described == real) continue;
        laid += overlayNamespace(described->types, real->types, *described, *real);
        laid += overlayNamespace(described->values, real->values, *described, *real);
    }
    return laid;
}

} // namespace awaitscope
