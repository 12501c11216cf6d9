#pragma once
// First step of building an ItemIndex: walks one crate's syntax tree and records every
// module, type, alias, trait, fn and impl by name, with its syntax node and `use` lines.
// Nothing is resolved here; ItemLowering does that once all crates are collected.

#include "syntax/ItemExpansion.h"
#include "types/ItemIndex.h"

#include <string>
#include <vector>

namespace awaitscope {

class ItemCollector {
  public:
    /// `expansion` (optional) applies cfg and item macros, and has the files of `mod x;`.
    explicit ItemCollector(ItemIndex& index, const ItemExpansion* expansion = nullptr)
        : m_index(index), m_expansion(expansion) {}
    /// `crate` is "std", "tokio", ... or "" for the analysed file.
    void collectCrate(const std::string& crate, const SyntaxNode& root);
    /// One file of the analysed crate as module `modulePath` ("net::tcp"), under the parent
    /// module the index already has from the crate. A file of dependency `crate` has a path
    /// that starts with the crate's name ("async_io::reactor"; the crate's root is "async_io").
    void collectModuleFile(const std::string& modulePath, const SyntaxNode& root, const std::string& crate = "");
    /// The canonical path of `name` declared in `module`: "std::cell::RefCell".
    static std::string itemPath(const ModuleDef* module, const std::string& name);

    /// A block of a fn body that declares items, and its anonymous module.
    struct BlockModule {
        const SourceFile* file = nullptr;
        uint32_t start = 0;
        uint32_t end = 0;
        std::string modulePath;
    };
    /// Also collect the items declared inside fn bodies (the analysed file's: a body's
    /// items are seen only from inside it, so other files never need them).
    void collectBodies() { m_bodies = true; }
    const std::vector<BlockModule>& blockModules() const { return m_blocks; }

  private:
    struct Attributes {
        std::set<std::string> derives;
        std::string lang;
        bool autoTrait = false;
    };

    void collectItems(ModuleDef* module, const SyntaxNode& body);
    void collectItemList(ModuleDef* module, const std::vector<SyntaxNode>& items);
    void collectItem(ModuleDef* module, const SyntaxNode& item, Attributes& attrs);
    void collectModule(ModuleDef* parent, const SyntaxNode& item);
    void collectAdt(ModuleDef* module, const SyntaxNode& item, const Attributes& attrs);
    void collectAlias(ModuleDef* module, const SyntaxNode& item);
    void collectTrait(ModuleDef* module, const SyntaxNode& item, const Attributes& attrs);
    void collectFn(ModuleDef* module, const SyntaxNode& item);
    void collectConst(ModuleDef* module, const SyntaxNode& item);
    void collectMemberBodies(ModuleDef* module, const SyntaxNode& implOrTrait);
    void collectBodyItems(ModuleDef* module, const SyntaxNode& body);
    ModuleDef* addBlockModule(ModuleDef* parent, const SyntaxNode& block);
    static std::string bindingName(const ModuleDef* module, std::string_view alias);
    void collectUse(ModuleDef* module, const SyntaxNode& argument, std::vector<std::string> prefix, bool isPublic,
                    const ModuleDef* visibleWithin);
    static std::vector<FieldDef> fieldNodes(const SyntaxNode& body);
    static void readAttribute(const SyntaxNode& attr, Attributes& attrs);

    ItemIndex& m_index;
    const ItemExpansion* m_expansion = nullptr;
    bool m_bodies = false;
    std::vector<BlockModule> m_blocks;
};

/// `a::b::c` (scoped_identifier, identifier, crate, self, super) -> {"a", "b", "c"}.
std::vector<std::string> pathSegments(const SyntaxNode& path);
bool isPublicItem(const SyntaxNode& item);
/// The module a `pub(crate)`, `pub(super)` or `pub(in path)` item of `module` is visible
/// within; null for a `pub` or a private item (private: `module` itself and below).
const ModuleDef* restrictedVisibility(const SyntaxNode& item, const ModuleDef* module);

} // namespace awaitscope
