#pragma once
// Every item the analysis knows, by canonical path: the prelude's crates (std, tokio,
// lock_api, parking_lot, futures) and the analysed file. The file's index is layered on
// the prelude's (shared, read-only): lookups try the file's own items, then the base.

#include "types/ItemDefs.h"

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace awaitscope {

/// The first part of a type that impls are indexed by: an ADT's path, "&", "[]", "u8"...
/// Blanket impls (`impl<T> Trait for T`) have the empty key.
std::string headKey(const TypePtr& type);

class ItemIndex {
  public:
    explicit ItemIndex(std::shared_ptr<const ItemIndex> base = nullptr);
    ItemIndex(const ItemIndex&) = delete;
    ItemIndex& operator=(const ItemIndex&) = delete;

    const ItemIndex* base() const { return m_base.get(); }
    /// The analysed file's own layer over its crate: the base's items read from this file
    /// on disk are hidden (the file's current text stands for them).
    void shadowSource(const std::string& path) { m_shadowed = path; }

    // ---- lookups (own items first, then the base) ----
    const ModuleDef* crateRoot(const std::string& crate) const;
    const ModuleDef* module(const std::string& path) const;
    const AdtDef* adt(const std::string& path) const;
    const TraitDef* trait(const std::string& path) const;
    const ModuleDef* preludeModule() const { return module("std::prelude::rust_2021"); }
    /// Impls of a trait whose self type has this head, plus the blanket ones.
    std::vector<const ImplDef*> traitImpls(const std::string& traitPath, const std::string& head) const;
    /// Every impl of a trait (for impls whose self type the caller cannot key).
    std::vector<const ImplDef*> allTraitImpls(const std::string& traitPath) const;
    std::vector<const ImplDef*> inherentImpls(const std::string& head) const;
    std::vector<const TraitDef*> traitsWithMethod(const std::string& name) const;
    /// Traits that declare an associated type of this name (`Output`, `Item`, `Target`).
    std::vector<const TraitDef*> traitsWithAssoc(const std::string& name) const;
    /// Every module of every crate (for the printer's table of visible names).
    std::vector<const ModuleDef*> allModules() const;

    // ---- building (only while the index is being built, on one thread) ----
    ModuleDef* addModule(std::unique_ptr<ModuleDef> module);
    AdtDef* addAdt(std::unique_ptr<AdtDef> adt);
    AliasDef* addAlias(std::unique_ptr<AliasDef> alias);
    TraitDef* addTrait(std::unique_ptr<TraitDef> trait);
    FnDef* addFn(std::unique_ptr<FnDef> fn);
    ConstDef* addConst(std::unique_ptr<ConstDef> constant);
    ImplDef* addImpl(std::unique_ptr<ImplDef> impl);
    /// Files the impls, methods and traits into the lookup tables once they are lowered.
    void finish();

    std::vector<ModuleDef*> ownModules();
    std::vector<AdtDef*> ownAdts();
    std::vector<AliasDef*> ownAliases();
    std::vector<TraitDef*> ownTraits();
    std::vector<FnDef*> ownFns();
    std::vector<ConstDef*> ownConsts();
    std::vector<ImplDef*> ownImpls();

  private:
    template <class T> static std::vector<T*> raw(const std::vector<std::unique_ptr<T>>& v);

    template <class T> std::vector<const T*> fromBase(std::vector<const T*> items) const;

    std::shared_ptr<const ItemIndex> m_base;
    std::string m_shadowed;
    std::vector<std::unique_ptr<ModuleDef>> m_modules;
    std::vector<std::unique_ptr<AdtDef>> m_adts;
    std::vector<std::unique_ptr<AliasDef>> m_aliases;
    std::vector<std::unique_ptr<TraitDef>> m_traits;
    std::vector<std::unique_ptr<FnDef>> m_fns;
    std::vector<std::unique_ptr<ConstDef>> m_consts;
    std::vector<std::unique_ptr<ImplDef>> m_impls;

    // Looked up by path, never walked in order: hashed (a std::map's string comparisons
    // were 4% of a large file's analysis, from the layout and trait queries).
    std::unordered_map<std::string, const ModuleDef*> m_modulesByPath;
    std::unordered_map<std::string, const AdtDef*> m_adtsByPath;
    std::unordered_map<std::string, const TraitDef*> m_traitsByPath;
    std::map<std::pair<std::string, std::string>, std::vector<const ImplDef*>> m_traitImpls;
    std::unordered_map<std::string, std::vector<const ImplDef*>> m_allTraitImpls;
    std::unordered_map<std::string, std::vector<const ImplDef*>> m_inherentImpls;
    std::unordered_map<std::string, std::vector<const TraitDef*>> m_traitsByMethod;
    std::unordered_map<std::string, std::vector<const TraitDef*>> m_traitsByAssoc;
};

} // namespace awaitscope
