#pragma once
// Third step of building an ItemIndex: lowers every written type of the collected items
// (fields, generics and bounds, impl headers, trait and fn signatures) into Types, then
// files impls and methods into the index's lookup tables.

#include "syntax/ItemExpansion.h"
#include "types/TypeLowering.h"

#include <map>

namespace awaitscope {

class ItemLowering {
  public:
    /// `futureByFn`: start byte of an `async fn` item of the analysed file -> its future index.
    ItemLowering(ItemIndex& index, std::map<uint32_t, int> futureByFn = {});
    /// In a crate: `futureByFn` is about `analysedFile` only, and impl / trait members
    /// that `expansion` rules out (#[cfg]) are not lowered.
    void setCrateContext(const SourceFile* analysedFile, const ItemExpansion* expansion) {
        m_analysedFile = analysedFile;
        m_expansion = expansion;
    }
    void lowerAll();

    /// Lowers one fn or method signature (used for items and for impl / trait members).
    FnDef lowerFn(const SyntaxNode& node, const LowerEnv& outer, const std::string& ownerPath,
                  const std::string& ownerName) const;

  private:
    TypePtr aliasTarget(const AliasDef& alias) const;
    void lowerAdtGenerics(AdtDef& adt) const;
    void lowerAdtFields(AdtDef& adt) const;
    void lowerTrait(TraitDef& trait) const;
    void lowerImpl(ImplDef& impl) const;
    void addStaticBounds(const SyntaxNode& typeParams, const SyntaxNode& whereClause, const LowerEnv& env,
                         GenericsDef& out) const;
    void lowerSelfParameter(const SyntaxNode& param, const LowerEnv& env, FnDef& fn) const;
    LowerEnv envFor(const ModuleDef* module, const GenericsDef& generics) const;

    ItemIndex& m_index;
    TypeLowering m_lowering;
    bool isActive(const SyntaxNode& member) const { return !m_expansion || m_expansion->isActive(member); }

    std::map<uint32_t, int> m_futureByFn;
    const SourceFile* m_analysedFile = nullptr;
    const ItemExpansion* m_expansion = nullptr;
};

} // namespace awaitscope
