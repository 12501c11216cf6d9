#include "CrateExpansion.h"

#include "macros/PositionedText.h"
#include "project/CfgStripper.h"
#include "project/CfgTokens.h"
#include "project/ItemAttributes.h"
#include "project/PreludeMacroScope.h"
#include "types/ItemCollector.h"
#include "util/FileLoader.h"

#include <algorithm>
#include <filesystem>

namespace awaitscope {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxDepth = 64;          // rustc's recursion_limit is 128; modules nest far less
constexpr int kMaxExpansions = 100000; // a runaway macro stops here, reported

std::string normalised(const std::string& path) {
    std::error_code ec;
    return fs::weakly_canonical(fs::path(path), ec).string();
}

/// A path's segments without the leading `::` of `::dep::name` (crate-relative anyway).
std::vector<std::string> crateRelativeSegments(const SyntaxNode& path) {
    std::vector<std::string> segments = pathSegments(path);
    if (!segments.empty() && segments.front() == "::") segments.erase(segments.begin());
    return segments;
}

std::string lastSegment(const SyntaxNode& path) {
    if (path.is(SyntaxKind::ScopedIdentifier)) return std::string(path.field(SyntaxField::Name).text());
    return std::string(path.text());
}

} // namespace

std::string CrateExpansion::childPath(const std::string& modulePath, const std::string& name) {
    return modulePath.empty() ? name : modulePath + "::" + name;
}

const SyntaxTree* CrateExpansion::parse(const std::string& path, std::string& error) {
    const LoadedFile loaded = loadSourceFile(path);
    if (!loaded.ok()) {
        error = loaded.error;
        return nullptr;
    }
    return parseConfigured(std::make_shared<SourceFile>(path, loaded.text));
}

// Code under a false #[cfg] is blanked before anything reads the tree (CfgStripper): in
// bodies as among items, in the crate's files as in what its item macros expand to.
const SyntaxTree* CrateExpansion::parseConfigured(std::shared_ptr<const SourceFile> file) {
    auto tree = std::make_unique<SyntaxTree>(file);
    if (auto text = CfgStripper::strip(*tree, m_cfg))
        tree = std::make_unique<SyntaxTree>(std::make_shared<SourceFile>(file->path(), std::move(*text)));
    m_trees.push_back(std::move(tree));
    return m_trees.back().get();
}

void CrateExpansion::loadCrate(const std::string& rootFile) {
    std::string error;
    const std::string path = normalised(rootFile);
    const SyntaxTree* tree = parse(path, error);
    if (!tree) {
        m_problems.push_back("crate root " + rootFile + ": " + error);
        return;
    }
    m_files.push_back({path, "", tree});
    m_loading.push_back(path);
    Walk w{{fs::path(path).parent_path().string(), "", {}}, "", 0};
    m_items[key(tree->root())] = walk(tree->root(), w);
    m_loading.pop_back();
}

void CrateExpansion::expandFile(const SyntaxTree& tree, const std::string& modulePath, const CrateExpansion& crate) {
    m_macros = crate.m_macros;
    m_importedMacros = crate.m_importedMacros;
    m_dependencyMacros = crate.m_dependencyMacros;
    m_followFiles = false;
    Walk w{{fs::path(tree.file().path()).parent_path().string(), "", {}}, modulePath, 0};
    m_items[key(tree.root())] = walk(tree.root(), w);
}

const CrateFile* CrateExpansion::fileOf(const std::string& path) const {
    const std::string wanted = normalised(path);
    for (const CrateFile& f : m_files)
        if (f.path == wanted) return &f;
    return nullptr;
}

const std::vector<SyntaxNode>* CrateExpansion::itemsOf(const SyntaxNode& container) const {
    auto it = m_items.find(key(container));
    return it == m_items.end() ? nullptr : &it->second;
}

bool CrateExpansion::isActive(const SyntaxNode& item) const {
    return !m_inactive.count(key(item));
}

bool CrateExpansion::keepsPositions(const SyntaxNode& item) const {
    return !m_unpositioned.count(item.file());
}

// Imports are not textual: a `use` below a macro's invocation still names it.
void CrateExpansion::importUses(const SyntaxNode& container, const std::string& modulePath) {
    for (const SyntaxNode& child : container.namedChildren())
        if (child.is(SyntaxKind::UseDeclaration)) importMacros(child.field(SyntaxField::Argument), modulePath, "");
}

std::vector<SyntaxNode> CrateExpansion::walk(const SyntaxNode& container, const Walk& w) {
    std::vector<SyntaxNode> out, attrs, inner;
    importUses(container, w.modulePath);
    for (const SyntaxNode& child : container.namedChildren()) {
        if (child.is(SyntaxKind::InnerAttributeItem)) {
            inner.push_back(child);
        } else if (child.is(SyntaxKind::AttributeItem)) {
            attrs.push_back(child);
        } else if (!child.is(SyntaxKind::LineComment) && !child.is(SyntaxKind::BlockComment)) {
            walkItem(child, attrs, w, out);
            attrs.clear();
        }
    }
    // `#![cfg(..)]` false at the top of a module leaves it empty (rustc: config.rs).
    if (!readItemAttributes(inner, m_cfg).active) return {};
    return out;
}

void CrateExpansion::walkItem(const SyntaxNode& item, const std::vector<SyntaxNode>& attrs, const Walk& w,
                              std::vector<SyntaxNode>& out) {
    const ItemAttributes a = readItemAttributes(attrs, m_cfg);
    if (!a.active) {
        m_inactive.insert(key(item));
        return;
    }
    if (item.is(SyntaxKind::MacroInvocation)) {
        expandMacro(item, w, out);
        return;
    }
    if (item.is(SyntaxKind::ExternCrateDeclaration) && a.macroUse) importAllMacros(item);
    out.insert(out.end(), attrs.begin(), attrs.end());
    if (item.is(SyntaxKind::ImplItem) || item.is(SyntaxKind::TraitItem)) {
        walkImplOrTrait(item, w, out);
        return;
    }
    out.push_back(item);
    if (item.is(SyntaxKind::MacroDefinition)) {
        if (auto rules = MacroRules::parse(item.text())) m_macros.insert_or_assign(rules->name(), std::move(*rules));
    } else if (item.is(SyntaxKind::ModItem)) {
        const std::string name(item.field(SyntaxField::Name).text());
        if (const SyntaxNode body = item.field(SyntaxField::Body)) {
            Walk inner = w;
            inner.dir.inline_.push_back(name);
            inner.modulePath = childPath(w.modulePath, name);
            m_items[key(body)] = walk(body, inner);
        } else if (m_followFiles) {
            loadModuleFile(item, a.path, w);
        }
    }
}

void CrateExpansion::walkImplOrTrait(const SyntaxNode& item, const Walk& w, std::vector<SyntaxNode>& out) {
    const SyntaxNode node = withMemberMacrosExpanded(item, w).value_or(item);
    out.push_back(node);
    // Members under a false #[cfg] are left out as well.
    const SyntaxNode body = node.field(SyntaxField::Body);
    if (!body) return;
    std::vector<SyntaxNode> memberAttrs;
    for (const SyntaxNode& m : body.namedChildren()) {
        if (m.is(SyntaxKind::AttributeItem)) {
            memberAttrs.push_back(m);
            continue;
        }
        if (!readItemAttributes(memberAttrs, m_cfg).active) m_inactive.insert(key(m));
        memberAttrs.clear();
    }
}

// rustc expands macro invocations among an impl's or a trait's items as among a module's
// (rustc_expand/src/expand.rs, AstFragmentKind::ImplItems / TraitItems). The item is
// written again with the expansions in place of the invocations, its other tokens where
// they stand, and parsed again.
std::optional<SyntaxNode> CrateExpansion::withMemberMacrosExpanded(const SyntaxNode& item, const Walk& w) {
    const SyntaxNode body = item.field(SyntaxField::Body);
    if (!body) return std::nullopt;
    bool any = false;
    for (const SyntaxNode& m : body.namedChildren())
        any = any || (m.is(SyntaxKind::MacroInvocation) && findMacro(m.field(SyntaxField::Macro), w.modulePath));
    if (!any) return std::nullopt;
    TokenStream tokens = lexTokens(item.text(), static_cast<long>(item.startByte()));
    if (tokens.empty() || !tokens.back().isGroup('{')) return std::nullopt;
    if (!expandMemberMacros(tokens.back().children, w, w.depth + 1)) return std::nullopt;
    const auto text = positionedText(tokens, item.file()->text());
    if (!text) return std::nullopt;
    const SyntaxTree* tree = parseConfigured(std::make_shared<SourceFile>(item.file()->path(), *text));
    for (const SyntaxNode& n : tree->root().namedChildren())
        if (n.kind() == item.kind()) return n;
    return std::nullopt;
}

// Replaces `name! { .. }` (and `name!(..);`) among the members by what the crate's macro
// expands to, again inside the expansion; false when nothing was expanded.
bool CrateExpansion::expandMemberMacros(TokenStream& members, const Walk& w, int depth) {
    if (depth >= kMaxDepth || m_expansions > kMaxExpansions) return false;
    TokenStream out;
    bool expanded = false;
    for (size_t i = 0; i < members.size(); ++i) {
        const TokenTree& t = members[i];
        const bool invocation = t.kind == TokenKind::Ident && i + 2 < members.size() && members[i + 1].isPunct("!") &&
                                members[i + 2].kind == TokenKind::Group;
        const MacroRules* rules = invocation ? findMacro(t.text, w.modulePath) : nullptr;
        std::optional<TokenStream> expansion;
        if (rules) expansion = rules->expand(members[i + 2].children);
        if (expansion) CfgTokens::configureItems(*expansion, m_cfg);
        if (!expansion) {
            out.push_back(t);
            continue;
        }
        ++m_expansions;
        expandMemberMacros(*expansion, w, depth + 1);
        out.insert(out.end(), expansion->begin(), expansion->end());
        i += 2;
        if (i + 1 < members.size() && members[i + 1].isPunct(";")) ++i;
        expanded = true;
    }
    if (expanded) members = std::move(out);
    return expanded;
}

void CrateExpansion::expandMacro(const SyntaxNode& invocation, const Walk& w, std::vector<SyntaxNode>& out) {
    const std::string name = lastSegment(invocation.field(SyntaxField::Macro));
    const MacroRules* rules = findMacro(invocation.field(SyntaxField::Macro), w.modulePath);
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    if (!rules || !tokens) {
        out.push_back(invocation); // another crate's macro, or a builtin: left as written
        return;
    }
    if (w.depth >= kMaxDepth || ++m_expansions > kMaxExpansions) {
        m_problems.push_back("macro " + name + "! expands too deeply in " + invocation.file()->path());
        return;
    }
    const TokenStream input = lexTokens(tokens.text(), static_cast<long>(tokens.startByte()));
    auto expanded = input.size() == 1 ? rules->expand(input[0].children) : std::nullopt;
    if (!expanded) {
        out.push_back(invocation);
        return;
    }
    CfgTokens::configureItems(*expanded, m_cfg);
    // The expansion is parsed as a file of its own, named after the file it came from so
    // that the items it declares belong to that file. Where it can, its tokens stand where
    // they stand in that file, so its items have their own positions.
    const auto positioned = positionedText(*expanded, invocation.file()->text());
    const SyntaxTree* tree = parseConfigured(
        std::make_shared<SourceFile>(invocation.file()->path(), positioned ? *positioned : tokensToText(*expanded)));
    if (!positioned) m_unpositioned.insert(&tree->file());
    Walk inner = w;
    inner.depth = w.depth + 1;
    std::vector<SyntaxNode> items = walk(tree->root(), inner);
    out.insert(out.end(), items.begin(), items.end());
}

// How rustc finds the macro an invocation names (rustc_resolve/src/macros.rs,
// resolve_macro_path): a one-segment name is looked up first in the textual scope of the
// `macro_rules!` seen so far (and those a `#[macro_use] extern crate` brought in), then in
// the module's imports (`use pin_project_lite::pin_project;`); a path `dep::name` (also
// `::dep::name`, which is what `$crate::name` in another crate's macro becomes) is the
// `#[macro_export]` macro `name` at the root of crate `dep`.
const MacroRules* CrateExpansion::findMacro(const SyntaxNode& path, const std::string& modulePath) const {
    const std::vector<std::string> segments = crateRelativeSegments(path);
    if (segments.size() == 2) return dependencyMacro(segments[0], segments[1]);
    return segments.size() == 1 ? findMacro(segments[0], modulePath) : nullptr;
}

const MacroRules* CrateExpansion::macroFor(const std::vector<std::string>& segments,
                                           const std::string& modulePath) const {
    if (segments.empty()) return nullptr;
    if (segments.size() == 1) return findMacro(segments[0], modulePath);
    return dependencyMacro(segments.front(), segments.back()); // exported macros live at the root
}

const MacroRules* CrateExpansion::findMacro(const std::string& name, const std::string& modulePath) const {
    if (auto textual = m_macros.find(name); textual != m_macros.end()) return &textual->second;
    if (auto module = m_importedMacros.find(modulePath); module != m_importedMacros.end())
        if (auto imported = module->second.find(name); imported != module->second.end())
            return dependencyMacro(imported->second.first, imported->second.second);
    // Last, the macro_use prelude: every crate has `#[macro_use] extern crate std;`
    // (rustc_builtin_macros/src/standard_library_imports.rs, inject), so std's exported
    // macros (`matches!`) answer a name nothing else defines (rustc_resolve/src/ident.rs,
    // Scope::MacroUsePrelude, after the module's own names).
    return dependencyMacro("std", name);
}

const std::map<std::string, MacroRules>* CrateExpansion::exportedBy(const std::string& crate) const {
    if (const auto* macros = m_dependencyMacros ? m_dependencyMacros(crate) : nullptr) return macros;
    // std and core are no Cargo dependency: their macros are those the prelude's std.rs
    // writes (core's, which std re-exports at its root).
    if (crate == "std" || crate == "core") return PreludeMacroScope::exportedBy("std");
    return nullptr;
}

const MacroRules* CrateExpansion::dependencyMacro(const std::string& crate, const std::string& name) const {
    const auto* macros = exportedBy(crate);
    if (!macros) return nullptr;
    auto it = macros->find(name);
    return it == macros->end() ? nullptr : &it->second;
}

// `use dep::name;`, `use dep::{a, b as c};`: each name that is one of dep's exported
// macros is in scope in the module (under its alias, if any).
void CrateExpansion::importMacros(const SyntaxNode& useTree, const std::string& modulePath, const std::string& crate) {
    if (useTree.isNull() || !m_dependencyMacros) return;
    const auto importOne = [&](const SyntaxNode& path, const std::string& alias) {
        std::vector<std::string> segments = crateRelativeSegments(path);
        if (!crate.empty()) segments.insert(segments.begin(), crate);
        if (segments.size() == 2 && dependencyMacro(segments[0], segments[1]))
            m_importedMacros[modulePath][alias.empty() ? segments[1] : alias] = {segments[0], segments[1]};
    };
    if (useTree.is(SyntaxKind::ScopedUseList)) {
        const std::vector<std::string> prefix = crateRelativeSegments(useTree.field(SyntaxField::Path));
        if (prefix.size() != 1 || !crate.empty()) return; // macros are exported at a crate's root
        for (const SyntaxNode& c : useTree.field(SyntaxField::List).namedChildren())
            importMacros(c, modulePath, prefix[0]);
    } else if (useTree.is(SyntaxKind::UseList)) {
        for (const SyntaxNode& c : useTree.namedChildren()) importMacros(c, modulePath, crate);
    } else if (useTree.is(SyntaxKind::UseAsClause)) {
        importOne(useTree.field(SyntaxField::Path), std::string(useTree.field(SyntaxField::Alias).text()));
    } else if (useTree.is(SyntaxKind::ScopedIdentifier) || useTree.is(SyntaxKind::Identifier)) {
        importOne(useTree, "");
    }
}

// `#[macro_use] extern crate dep;` puts every macro dep exports into the textual scope of
// the rest of the crate (rustc_resolve/src/build_reduced_graph.rs, process_macro_use_imports).
void CrateExpansion::importAllMacros(const SyntaxNode& externCrate) {
    const auto* macros = exportedBy(std::string(externCrate.field(SyntaxField::Name).text()));
    if (!macros) return;
    for (const auto& [name, rules] : *macros) m_macros.insert_or_assign(name, rules);
}

void CrateExpansion::loadModuleFile(const SyntaxNode& modItem, const std::string& explicitPath, const Walk& w) {
    const std::string name(modItem.field(SyntaxField::Name).text());
    fs::path base = w.dir.dir;
    if (!explicitPath.empty() && w.dir.inline_.empty())
        base = fs::path(w.dir.dir) / explicitPath;
    else {
        if (!w.dir.stem.empty()) base /= w.dir.stem;
        for (const std::string& m : w.dir.inline_) base /= m;
        base = explicitPath.empty() ? base : base / explicitPath;
    }
    std::vector<std::pair<fs::path, ModuleDir>> candidates;
    if (!explicitPath.empty())
        candidates.push_back({base, {base.parent_path().string(), "", {}}});
    else {
        candidates.push_back({base / (name + ".rs"), {base.string(), name, {}}});
        candidates.push_back({base / name / "mod.rs", {(base / name).string(), "", {}}});
    }
    for (const auto& [file, dir] : candidates) {
        if (!fs::exists(file)) continue;
        const std::string path = normalised(file.string());
        if (std::find(m_loading.begin(), m_loading.end(), path) != m_loading.end()) {
            m_problems.push_back("module cycle: " + path + " includes itself through mod " + name);
            return;
        }
        std::string error;
        const SyntaxTree* tree = parse(path, error);
        if (!tree) {
            m_problems.push_back("module " + name + ": " + error);
            return;
        }
        const std::string modulePath = childPath(w.modulePath, name);
        m_files.push_back({path, modulePath, tree});
        m_loading.push_back(path);
        m_items[key(modItem)] = walk(tree->root(), {dir, modulePath, w.depth + 1});
        m_loading.pop_back();
        return;
    }
    m_problems.push_back("no file for module " + childPath(w.modulePath, name) + " (looked for " +
                         candidates.front().first.string() +
                         (candidates.size() > 1 ? " and " + candidates.back().first.string() : "") + ")");
}

} // namespace awaitscope
