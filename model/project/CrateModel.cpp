#include "CrateModel.h"

#include "types/ItemCollector.h"
#include "types/ItemLowering.h"
#include "types/PreludeIndex.h"
#include "types/PreludeOverlay.h"
#include "types/UseResolver.h"

#include <cctype>
#include <string_view>

namespace awaitscope {

const std::vector<SyntaxNode>* CrateModel::itemsOf(const SyntaxNode& container) const {
    if (const auto* items = m_expansion->itemsOf(container)) return items;
    for (const auto& dep : m_dependencies)
        if (const auto* items = dep.expansion->itemsOf(container)) return items;
    return nullptr;
}

bool CrateModel::isActive(const SyntaxNode& item) const {
    if (!m_expansion->isActive(item)) return false;
    for (const auto& dep : m_dependencies)
        if (!dep.expansion->isActive(item)) return false;
    return true;
}

std::vector<std::string> CrateModel::problems() const {
    std::vector<std::string> out = m_expansion->problems();
    for (const auto& dep : m_dependencies)
        out.insert(out.end(), dep.expansion->problems().begin(), dep.expansion->problems().end());
    return out;
}

std::vector<std::string> CrateModel::sourcePaths() const {
    std::vector<std::string> out;
    for (const CrateFile& f : m_expansion->files()) out.push_back(f.path);
    for (const auto& dep : m_dependencies)
        for (const CrateFile& f : dep.expansion->files()) out.push_back(f.path);
    return out;
}

CrateModel::SourceOwner CrateModel::ownerOf(const std::string& path) const {
    if (const CrateFile* file = m_expansion->fileOf(path)) return {file, m_expansion.get(), "", ""};
    for (const auto& dep : m_dependencies)
        if (const CrateFile* file = dep.expansion->fileOf(path))
            return {file, dep.expansion.get(), dep.crateName, dep.edition};
    return {};
}

namespace {

bool isIdentifierChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// The word that ends just before `end` in `text`, spaces skipped.
std::string_view wordBefore(std::string_view text, size_t end) {
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    size_t start = end;
    while (start > 0 && isIdentifierChar(text[start - 1])) --start;
    return text.substr(start, end - start);
}

/// Whether `text` names crate `name` as a path's first segment (`name::`), in `use name`
/// or `extern crate name`: the ways rustc's resolver reaches an extern crate
/// (rustc_resolve ident.rs, the extern prelude). A name after `x::` is a module's.
bool namesCrate(std::string_view text, const std::string& name) {
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        if (at > 0 && (isIdentifierChar(text[at - 1]) || text[at - 1] == ':')) continue;
        size_t after = at + name.size();
        if (after < text.size() && isIdentifierChar(text[after])) continue;
        while (after < text.size() && std::isspace(static_cast<unsigned char>(text[after]))) ++after;
        if (text.compare(after, 2, "::") == 0) return true;
        const std::string_view before = wordBefore(text, at);
        if (before == "use" || before == "crate") return true;
    }
    return false;
}

bool crateNames(const CrateExpansion& crate, const std::string& name) {
    for (const CrateFile& f : crate.files())
        if (f.tree && namesCrate(f.tree->file().text(), name)) return true;
    return false;
}

} // namespace

void CrateModel::loadNamedDependencies(const CrateExpansion& user, const std::vector<Dependency>& dependencies,
                                       ItemIndex& index, int depth) {
    for (const Dependency& dep : dependencies) {
        if (m_dependencyNames.count(dep.crateName) || !crateNames(user, dep.crateName)) continue;
        m_dependencyNames.insert(dep.crateName);
        auto expansion = std::make_unique<CrateExpansion>(dep.cfg);
        expansion->setDependencyMacros(macrosOf(dep.dependencies));
        expansion->loadCrate(dep.rootFile);
        if (!expansion->files().empty()) {
            ItemCollector(index, expansion.get()).collectCrate(dep.crateName, expansion->files().front().tree->root());
            overlayPrelude(index, dep.crateName); // a crate the prelude describes keeps its description
        }
        const CrateExpansion& loaded = *expansion;
        m_dependencies.push_back({dep.crateName, std::move(expansion), dep.edition});
        if (depth > 0) loadNamedDependencies(loaded, dep.dependencies, index, depth - 1);
    }
}

CrateExpansion::DependencyMacros CrateModel::macrosOf(const std::vector<Dependency>& dependencies) const {
    std::map<std::string, std::string> roots; // the name the crate gives a dependency -> its root file
    for (const Dependency& d : dependencies) roots.emplace(d.crateName, d.rootFile);
    return [cache = m_exportedMacros, roots](const std::string& crate) -> const std::map<std::string, MacroRules>* {
        auto root = roots.find(crate);
        return root == roots.end() ? nullptr : &cache->macrosOf(crate, root->second);
    };
}

std::shared_ptr<const CrateModel> CrateModel::load(const std::string& rootFile, const CfgSet& cfg,
                                                   const std::vector<Dependency>& dependencies) {
    auto model = std::make_shared<CrateModel>();
    auto index = std::make_shared<ItemIndex>(PreludeIndex::get());
    model->m_expansion = std::make_unique<CrateExpansion>(cfg);
    model->m_expansion->setDependencyMacros(model->macrosOf(dependencies));
    model->m_expansion->loadCrate(rootFile);
    model->loadNamedDependencies(*model->m_expansion, dependencies, *index, 8);
    if (!model->m_expansion->files().empty()) {
        // The crate is collected as crate "" like a lone file: `crate::` paths start there.
        ItemCollector(*index, model->m_expansion.get())
            .collectCrate("", model->m_expansion->files().front().tree->root());
    }
    UseResolver(*index).resolveAll();
    ItemLowering lowering(*index);
    lowering.setCrateContext(nullptr, &*model);
    lowering.lowerAll();
    model->m_index = index;
    return model;
}

} // namespace awaitscope
