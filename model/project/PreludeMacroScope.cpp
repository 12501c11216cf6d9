#include "project/PreludeMacroScope.h"

#include "project/LibraryMacros.h"
#include "types/PreludeSources.h"

#include <algorithm>

namespace awaitscope {

PreludeMacroScope::PreludeMacroScope(const SyntaxNode& root) : m_imports(CfgSet::host()) {
    m_imports.setDependencyMacros(&PreludeMacroScope::exportedBy);
    m_imports.importUses(root, "");
}

BodyMacroExpander::CrateMacros PreludeMacroScope::resolver() const {
    return [this](const std::vector<std::string>& segments, const SyntaxNode& invocation) -> const MacroRules* {
        if (segments.size() == 1) // innermost block first (ident.rs, resolve_ident_in_lexical_scope)
            for (SyntaxNode n = invocation.parent(); n; n = n.parent())
                if (n.is(SyntaxKind::Block))
                    if (const MacroRules* rules = importedInBlock(n, segments[0])) return rules;
        const std::lock_guard lock(m_mutex);
        return m_imports.macroFor(segments, "");
    };
}

const MacroRules* PreludeMacroScope::importedInBlock(const SyntaxNode& block, const std::string& name) const {
    const std::vector<SyntaxNode> children = block.namedChildren();
    const bool hasUse = std::any_of(children.begin(), children.end(),
                                    [](const SyntaxNode& c) { return c.is(SyntaxKind::UseDeclaration); });
    if (!hasUse) return nullptr;
    const std::string key = "{" + block.file()->path() + ":" + std::to_string(block.startByte()) + "}";
    const std::lock_guard lock(m_mutex);
    if (m_blocksRead.insert(key).second) m_imports.importUses(block, key);
    return m_imports.macroFor({name}, key);
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
