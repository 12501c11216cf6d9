#include "ItemIndex.h"

namespace awaitscope {

std::string headKey(const TypePtr& type) {
    if (!type) return "?";
    switch (type->kind) {
    case TypeKind::Adt: return type->path;
    case TypeKind::Primitive: return type->path;
    case TypeKind::Str: return "str";
    case TypeKind::Ref: return type->isMut ? "&mut" : "&";
    case TypeKind::RawPtr: return "*";
    case TypeKind::Slice: return "[]";
    case TypeKind::Array: return "[;]";
    case TypeKind::Tuple: return "()";
    case TypeKind::DynTrait: return "dyn";
    case TypeKind::FnPtr: return "fn";
    case TypeKind::Never: return "!";
    case TypeKind::Param: return "";
    default: return "?";
    }
}

ItemIndex::ItemIndex(std::shared_ptr<const ItemIndex> base) : m_base(std::move(base)) {}

template <class T> std::vector<const T*> ItemIndex::fromBase(std::vector<const T*> items) const {
    if (m_shadowed.empty()) return items;
    std::erase_if(items, [&](const T* item) { return item->node.file() && item->node.file()->path() == m_shadowed; });
    return items;
}

template <class T> std::vector<T*> ItemIndex::raw(const std::vector<std::unique_ptr<T>>& v) {
    std::vector<T*> out;
    out.reserve(v.size());
    for (const auto& p : v) out.push_back(p.get());
    return out;
}

std::vector<ModuleDef*> ItemIndex::ownModules() {
    return raw(m_modules);
}
std::vector<AdtDef*> ItemIndex::ownAdts() {
    return raw(m_adts);
}
std::vector<AliasDef*> ItemIndex::ownAliases() {
    return raw(m_aliases);
}
std::vector<TraitDef*> ItemIndex::ownTraits() {
    return raw(m_traits);
}
std::vector<FnDef*> ItemIndex::ownFns() {
    return raw(m_fns);
}
std::vector<ConstDef*> ItemIndex::ownConsts() {
    return raw(m_consts);
}
std::vector<ImplDef*> ItemIndex::ownImpls() {
    return raw(m_impls);
}

const ModuleDef* ItemIndex::crateRoot(const std::string& crate) const {
    const ModuleDef* m = module(crate);
    return m && m->crate == crate ? m : nullptr;
}

const ModuleDef* ItemIndex::module(const std::string& path) const {
    if (auto it = m_modulesByPath.find(path); it != m_modulesByPath.end()) return it->second;
    return m_base ? m_base->module(path) : nullptr;
}

const AdtDef* ItemIndex::adt(const std::string& path) const {
    if (auto it = m_adtsByPath.find(path); it != m_adtsByPath.end()) return it->second;
    return m_base ? m_base->adt(path) : nullptr;
}

const TraitDef* ItemIndex::trait(const std::string& path) const {
    if (auto it = m_traitsByPath.find(path); it != m_traitsByPath.end()) return it->second;
    return m_base ? m_base->trait(path) : nullptr;
}

std::vector<const ImplDef*> ItemIndex::traitImpls(const std::string& traitPath, const std::string& head) const {
    std::vector<const ImplDef*> out =
        m_base ? fromBase(m_base->traitImpls(traitPath, head)) : std::vector<const ImplDef*>{};
    for (const std::string& key : {head, std::string()}) {
        if (auto it = m_traitImpls.find({traitPath, key}); it != m_traitImpls.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
        if (head.empty()) break;
    }
    return out;
}

std::vector<const ImplDef*> ItemIndex::allTraitImpls(const std::string& traitPath) const {
    std::vector<const ImplDef*> out =
        m_base ? fromBase(m_base->allTraitImpls(traitPath)) : std::vector<const ImplDef*>{};
    if (auto it = m_allTraitImpls.find(traitPath); it != m_allTraitImpls.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::vector<const ImplDef*> ItemIndex::inherentImpls(const std::string& head) const {
    std::vector<const ImplDef*> out = m_base ? fromBase(m_base->inherentImpls(head)) : std::vector<const ImplDef*>{};
    if (auto it = m_inherentImpls.find(head); it != m_inherentImpls.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::vector<const TraitDef*> ItemIndex::traitsWithMethod(const std::string& name) const {
    std::vector<const TraitDef*> out =
        m_base ? fromBase(m_base->traitsWithMethod(name)) : std::vector<const TraitDef*>{};
    if (auto it = m_traitsByMethod.find(name); it != m_traitsByMethod.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::vector<const TraitDef*> ItemIndex::traitsWithAssoc(const std::string& name) const {
    std::vector<const TraitDef*> out =
        m_base ? fromBase(m_base->traitsWithAssoc(name)) : std::vector<const TraitDef*>{};
    if (auto it = m_traitsByAssoc.find(name); it != m_traitsByAssoc.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::vector<const ModuleDef*> ItemIndex::allModules() const {
    std::vector<const ModuleDef*> out = m_base ? m_base->allModules() : std::vector<const ModuleDef*>{};
    for (const auto& m : m_modules) out.push_back(m.get());
    return out;
}

ModuleDef* ItemIndex::addModule(std::unique_ptr<ModuleDef> module) {
    m_modulesByPath[module->path] = module.get();
    m_modules.push_back(std::move(module));
    return m_modules.back().get();
}

AdtDef* ItemIndex::addAdt(std::unique_ptr<AdtDef> adt) {
    m_adtsByPath[adt->path] = adt.get();
    m_adts.push_back(std::move(adt));
    return m_adts.back().get();
}

AliasDef* ItemIndex::addAlias(std::unique_ptr<AliasDef> alias) {
    m_aliases.push_back(std::move(alias));
    return m_aliases.back().get();
}

TraitDef* ItemIndex::addTrait(std::unique_ptr<TraitDef> trait) {
    m_traitsByPath[trait->path] = trait.get();
    m_traits.push_back(std::move(trait));
    return m_traits.back().get();
}

FnDef* ItemIndex::addFn(std::unique_ptr<FnDef> fn) {
    m_fns.push_back(std::move(fn));
    return m_fns.back().get();
}

ConstDef* ItemIndex::addConst(std::unique_ptr<ConstDef> constant) {
    m_consts.push_back(std::move(constant));
    return m_consts.back().get();
}

ImplDef* ItemIndex::addImpl(std::unique_ptr<ImplDef> impl) {
    m_impls.push_back(std::move(impl));
    return m_impls.back().get();
}

void ItemIndex::finish() {
    for (const auto& impl : m_impls) {
        if (!impl->selfType) continue;
        const std::string head = headKey(impl->selfType);
        if (impl->hasTrait) {
            m_traitImpls[{impl->trait.path, head}].push_back(impl.get());
            m_allTraitImpls[impl->trait.path].push_back(impl.get());
        } else {
            m_inherentImpls[head].push_back(impl.get());
        }
    }
    for (const auto& trait : m_traits) {
        for (const FnDef& m : trait->methods) m_traitsByMethod[m.name].push_back(trait.get());
        for (const std::string& a : trait->assocTypes) m_traitsByAssoc[a].push_back(trait.get());
    }
}

} // namespace awaitscope
