#pragma once
// One crate's module tree as rustc builds it (rustc_expand: module.rs for files, config.rs
// for cfg, mbe/ for macro_rules!): from the crate root, `mod x;` -> x.rs / x/mod.rs /
// #[path], inline modules, items whose #[cfg] is false dropped, item macros expanded with
// the crate's own macro_rules! (in textual order). A cycle of files, a missing file or an
// expansion too deep is reported, never followed forever.

#include "macros/MacroRules.h"
#include "project/CfgSet.h"
#include "syntax/ItemExpansion.h"
#include "syntax/SyntaxTree.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace awaitscope {

struct CrateFile {
    std::string path;       // as found (normalised)
    std::string modulePath; // "" for the crate root, "net::tcp"
    const SyntaxTree* tree = nullptr;
};

class CrateExpansion : public ItemExpansion {
  public:
    /// The `#[macro_export]` macros of a dependency, by the name the crate gives it; null
    /// for a crate that is not a dependency.
    using DependencyMacros = std::function<const std::map<std::string, MacroRules>*(const std::string& crate)>;

    explicit CrateExpansion(CfgSet cfg) : m_cfg(std::move(cfg)) {}

    /// Where macros of other crates come from: set before loadCrate.
    void setDependencyMacros(DependencyMacros source) { m_dependencyMacros = std::move(source); }

    /// Loads the whole crate from its root file.
    void loadCrate(const std::string& rootFile);
    /// Expands one parsed file as module `modulePath` with `crate`'s macros, without
    /// following its `mod x;` files (the crate has those).
    void expandFile(const SyntaxTree& tree, const std::string& modulePath, const CrateExpansion& crate);

    const std::vector<CrateFile>& files() const { return m_files; }
    /// The module a file is, if the crate's tree reaches it.
    const CrateFile* fileOf(const std::string& path) const;
    const std::vector<std::string>& problems() const { return m_problems; }
    /// The macro_rules! a path names from code in `modulePath` (`name`: the textual scope,
    /// then the module's imports; `dep::name`: dep's #[macro_export]); null when none.
    const MacroRules* macroFor(const std::vector<std::string>& segments, const std::string& modulePath) const;
    const CfgSet& cfg() const { return m_cfg; }
    /// Puts the dependencies' macros that the `use` items directly in `container` import
    /// into the path-based scope of `modulePath` (what loadCrate does for every module).
    void importUses(const SyntaxNode& container, const std::string& modulePath);

    const std::vector<SyntaxNode>* itemsOf(const SyntaxNode& container) const override;
    bool isActive(const SyntaxNode& item) const override;
    bool keepsPositions(const SyntaxNode& item) const override;

  private:
    using NodeKey = std::tuple<const SourceFile*, uint32_t, uint32_t, TSSymbol>;
    static NodeKey key(const SyntaxNode& n) { return {n.file(), n.startByte(), n.endByte(), ts_node_symbol(n.raw())}; }

    /// Where a file's `mod x;` look for x (rustc: module.rs, DirOwnership).
    struct ModuleDir {
        std::string dir;                  // the folder of the declaring file
        std::string stem;                 // a non-mod.rs file's stem: its children live in dir/stem/
        std::vector<std::string> inline_; // inline `mod a { mod b { .. } }` around the declaration
    };
    struct Walk {
        ModuleDir dir;
        std::string modulePath;
        int depth = 0;
    };

    std::vector<SyntaxNode> walk(const SyntaxNode& container, const Walk& w);
    const MacroRules* findMacro(const SyntaxNode& path, const std::string& modulePath) const;
    const MacroRules* findMacro(const std::string& name, const std::string& modulePath) const;
    const std::map<std::string, MacroRules>* exportedBy(const std::string& crate) const;
    const MacroRules* dependencyMacro(const std::string& crate, const std::string& name) const;
    void importMacros(const SyntaxNode& useTree, const std::string& modulePath, const std::string& crate);
    void importAllMacros(const SyntaxNode& externCrate);
    void walkItem(const SyntaxNode& item, const std::vector<SyntaxNode>& attrs, const Walk& w,
                  std::vector<SyntaxNode>& out);
    void walkImplOrTrait(const SyntaxNode& item, const Walk& w, std::vector<SyntaxNode>& out);
    std::optional<SyntaxNode> withMemberMacrosExpanded(const SyntaxNode& item, const Walk& w);
    bool expandMemberMacros(TokenStream& members, const Walk& w, int depth);
    void expandMacro(const SyntaxNode& invocation, const Walk& w, std::vector<SyntaxNode>& out);
    void loadModuleFile(const SyntaxNode& modItem, const std::string& explicitPath, const Walk& w);
    const SyntaxTree* parse(const std::string& path, std::string& error);
    const SyntaxTree* parseConfigured(std::shared_ptr<const SourceFile> file);
    static std::string childPath(const std::string& modulePath, const std::string& name);

    CfgSet m_cfg;
    bool m_followFiles = true;
    std::map<std::string, MacroRules> m_macros; // macro_rules! in textual scope, by name
    // Path-based scope: `use dep::name as alias;` in a module names dep's exported macro
    // there (module path -> the name it binds -> {dep, the macro's own name}).
    std::map<std::string, std::map<std::string, std::pair<std::string, std::string>>> m_importedMacros;
    DependencyMacros m_dependencyMacros;
    std::map<NodeKey, std::vector<SyntaxNode>> m_items;
    std::set<NodeKey> m_inactive;
    std::set<const SourceFile*> m_unpositioned; // expansions whose tokens could not keep their places
    std::deque<std::unique_ptr<SyntaxTree>> m_trees;
    std::vector<CrateFile> m_files;
    std::vector<std::string> m_loading; // files being walked, for cycles
    std::vector<std::string> m_problems;
    int m_expansions = 0;
};

} // namespace awaitscope
