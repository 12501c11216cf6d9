#pragma once
// One crate loaded for analysis: its module tree with cfg and item macros applied, and an
// index of all its items layered on the prelude. Immutable once built, so every file of
// the crate (and every thread) shares it.

#include "data/ProjectInfo.h"
#include "project/CrateExpansion.h"
#include "project/ExportedMacroCache.h"
#include "types/ItemIndex.h"

#include <memory>
#include <set>
#include <string>

namespace awaitscope {

class CrateModel : public ItemExpansion {
  public:
    /// A library the crate depends on, read from its sources (a path dependency, or one
    /// found in a local registry).
    struct Dependency {
        std::string crateName;                // as the code names it: `member_b`
        std::string rootFile;                 // its lib.rs
        CfgSet cfg;                           // with its own enabled features
        std::string edition;                  // its package's ("2018"); "" if unknown
        std::vector<Dependency> dependencies; // its own, read as lazily
    };
    /// Loads the crate whose root file is `rootFile`, with this configuration, over the
    /// items of its dependencies. A dependency's sources are read only if the crate (or
    /// the dependency that depends on it) names it in a path, `use` or `extern crate`,
    /// so a crate that is declared but never named costs nothing.
    static std::shared_ptr<const CrateModel> load(const std::string& rootFile, const CfgSet& cfg,
                                                  const std::vector<Dependency>& dependencies = {});
    /// Everything that could not be found or read, the dependencies' included.
    std::vector<std::string> problems() const;
    /// Every source file read: the crate's and its dependencies' (for the on-disk cache).
    std::vector<std::string> sourcePaths() const;

    const CrateExpansion& expansion() const { return *m_expansion; }
    /// A source file read for the crate: the module it is, the expansion (the crate's or a
    /// dependency's) that read it and that crate's name as the code names it ("" for the
    /// crate itself), with a dependency's edition ("" for the crate itself: the analysis
    /// knows its own). A file no crate's tree reaches has no file.
    struct SourceOwner {
        const CrateFile* file = nullptr;
        const CrateExpansion* expansion = nullptr;
        std::string crateName;
        std::string edition;
    };
    SourceOwner ownerOf(const std::string& path) const;
    std::shared_ptr<const ItemIndex> index() const { return m_index; }

    // The crate's and its dependencies' expansions together (ItemExpansion).
    const std::vector<SyntaxNode>* itemsOf(const SyntaxNode& container) const override;
    bool isActive(const SyntaxNode& item) const override;

  private:
    void loadNamedDependencies(const CrateExpansion& user, const std::vector<Dependency>& dependencies,
                               ItemIndex& index, int depth);
    CrateExpansion::DependencyMacros macrosOf(const std::vector<Dependency>& dependencies) const;

    std::unique_ptr<CrateExpansion> m_expansion;
    struct LoadedDependency {
        std::string crateName;
        std::unique_ptr<CrateExpansion> expansion;
        std::string edition;
    };
    std::vector<LoadedDependency> m_dependencies;
    std::set<std::string> m_dependencyNames; // crates already read (a crate two others use is read once)
    std::shared_ptr<const ItemIndex> m_index;
    std::shared_ptr<ExportedMacroCache> m_exportedMacros = std::make_shared<ExportedMacroCache>();
};

} // namespace awaitscope
