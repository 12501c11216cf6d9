#include "CrateModel.h"

#include "types/ItemCollector.h"
#include "types/ItemLowering.h"
#include "types/PreludeIndex.h"
#include "types/UseResolver.h"

namespace awaitscope {

const std::vector<SyntaxNode>* CrateModel::itemsOf(const SyntaxNode& container) const {
    if (const auto* items = m_expansion->itemsOf(container)) return items;
    for (const auto& dep : m_dependencies)
        if (const auto* items = dep->itemsOf(container)) return items;
    return nullptr;
}

bool CrateModel::isActive(const SyntaxNode& item) const {
    if (!m_expansion->isActive(item)) return false;
    for (const auto& dep : m_dependencies)
        if (!dep->isActive(item)) return false;
    return true;
}

std::vector<std::string> CrateModel::problems() const {
    std::vector<std::string> out = m_expansion->problems();
    for (const auto& dep : m_dependencies) out.insert(out.end(), dep->problems().begin(), dep->problems().end());
    return out;
}

std::vector<std::string> CrateModel::sourcePaths() const {
    std::vector<std::string> out;
    for (const CrateFile& f : m_expansion->files()) out.push_back(f.path);
    for (const auto& dep : m_dependencies)
        for (const CrateFile& f : dep->files()) out.push_back(f.path);
    return out;
}

std::shared_ptr<const CrateModel> CrateModel::load(const std::string& rootFile, const CfgSet& cfg,
                                                   const std::vector<Dependency>& dependencies) {
    auto model = std::make_shared<CrateModel>();
    auto index = std::make_shared<ItemIndex>(PreludeIndex::get());
    for (const Dependency& dep : dependencies) {
        auto expansion = std::make_unique<CrateExpansion>(dep.cfg);
        expansion->loadCrate(dep.rootFile);
        if (!expansion->files().empty())
            ItemCollector(*index, expansion.get()).collectCrate(dep.crateName, expansion->files().front().tree->root());
        model->m_dependencies.push_back(std::move(expansion));
    }
    model->m_expansion = std::make_unique<CrateExpansion>(cfg);
    model->m_expansion->loadCrate(rootFile);
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
