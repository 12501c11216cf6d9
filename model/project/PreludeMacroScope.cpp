#include "project/PreludeMacroScope.h"

#include "project/LibraryMacros.h"
#include "types/PreludeSources.h"

namespace awaitscope {

PreludeMacroScope::PreludeMacroScope(const SyntaxNode& root) : m_imports(CfgSet::host()) {
    m_imports.setDependencyMacros(&PreludeMacroScope::exportedBy);
    m_imports.importUses(root, "");
}

BodyMacroExpander::CrateMacros PreludeMacroScope::resolver() const {
    return [this](const std::vector<std::string>& segments) { return m_imports.macroFor(segments, ""); };
}

const std::map<std::string, MacroRules>* PreludeMacroScope::exportedBy(const std::string& crate) {
    static const std::map<std::string, std::map<std::string, MacroRules>> byCrate = [] {
        std::map<std::string, std::map<std::string, MacroRules>> out;
        for (const PreludeSource& source : preludeSources()) {
            const std::string name(source.crate);
            for (MacroRules& rules : exportedMacros(name, std::string(source.text)))
                out[name].insert_or_assign(rules.name(), std::move(rules));
        }
        return out;
    }();
    const auto it = byCrate.find(crate);
    return it == byCrate.end() ? nullptr : &it->second;
}

} // namespace awaitscope
