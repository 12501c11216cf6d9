#include "CrateExpansion.h"

#include "project/ItemAttributes.h"
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

std::string lastSegment(const SyntaxNode& path) {
    if (path.is("scoped_identifier")) return std::string(path.field("name").text());
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
    m_trees.push_back(std::make_unique<SyntaxTree>(std::make_shared<SourceFile>(path, loaded.text)));
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

std::vector<SyntaxNode> CrateExpansion::walk(const SyntaxNode& container, const Walk& w) {
    std::vector<SyntaxNode> out, attrs, inner;
    for (const SyntaxNode& child : container.namedChildren()) {
        if (child.is("inner_attribute_item")) {
            inner.push_back(child);
        } else if (child.is("attribute_item")) {
            attrs.push_back(child);
        } else if (!child.is("line_comment") && !child.is("block_comment")) {
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
    if (item.is("macro_invocation")) {
        expandMacro(item, w, out);
        return;
    }
    out.insert(out.end(), attrs.begin(), attrs.end());
    out.push_back(item);
    if (item.is("macro_definition")) {
        if (auto rules = MacroRules::parse(item.text())) m_macros.insert_or_assign(rules->name(), std::move(*rules));
    } else if (item.is("mod_item")) {
        const std::string name(item.field("name").text());
        if (const SyntaxNode body = item.field("body")) {
            Walk inner = w;
            inner.dir.inline_.push_back(name);
            inner.modulePath = childPath(w.modulePath, name);
            m_items[key(body)] = walk(body, inner);
        } else if (m_followFiles) {
            loadModuleFile(item, a.path, w);
        }
    } else if (item.is("impl_item") || item.is("trait_item")) {
        // Members under a false #[cfg] are left out as well.
        if (const SyntaxNode body = item.field("body")) {
            std::vector<SyntaxNode> memberAttrs;
            for (const SyntaxNode& m : body.namedChildren()) {
                if (m.is("attribute_item")) {
                    memberAttrs.push_back(m);
                    continue;
                }
                if (!readItemAttributes(memberAttrs, m_cfg).active) m_inactive.insert(key(m));
                memberAttrs.clear();
            }
        }
    }
}

void CrateExpansion::expandMacro(const SyntaxNode& invocation, const Walk& w, std::vector<SyntaxNode>& out) {
    const std::string name = lastSegment(invocation.field("macro"));
    auto rules = m_macros.find(name);
    const SyntaxNode tokens = invocation.childOfKind("token_tree");
    if (rules == m_macros.end() || !tokens) {
        out.push_back(invocation); // another crate's macro, or a builtin: left as written
        return;
    }
    if (w.depth >= kMaxDepth || ++m_expansions > kMaxExpansions) {
        m_problems.push_back("macro " + name + "! expands too deeply in " + invocation.file()->path());
        return;
    }
    const TokenStream input = lexTokens(tokens.text());
    const auto expanded = input.size() == 1 ? rules->second.expand(input[0].children) : std::nullopt;
    if (!expanded) {
        out.push_back(invocation);
        return;
    }
    // The expansion is parsed as a file of its own; it is named after the file it came
    // from, so that the items it declares belong to that file.
    auto text = std::make_shared<SourceFile>(invocation.file()->path(), tokensToText(*expanded));
    m_trees.push_back(std::make_unique<SyntaxTree>(text));
    Walk inner = w;
    inner.depth = w.depth + 1;
    std::vector<SyntaxNode> items = walk(m_trees.back()->root(), inner);
    out.insert(out.end(), items.begin(), items.end());
}

void CrateExpansion::loadModuleFile(const SyntaxNode& modItem, const std::string& explicitPath, const Walk& w) {
    const std::string name(modItem.field("name").text());
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
