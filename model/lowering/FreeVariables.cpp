// Which variables of a body a nested closure or async block mentions (its captures).
#include "lowering/BodyLowerer.h"

namespace awaitscope {

std::vector<std::pair<std::string, TextPosition>> BodyLowerer::freeVariables(hir::ExprId owner) const {
    // Names that name a local or upvar visible here, in order of first mention.
    std::vector<std::pair<std::string, TextPosition>> names;
    for (const NameMention& m : m_env.mentions.of(*m_hir, owner, m_env.edition)) {
        const std::string& name = m_env.mentions.name(m.name);
        if (lookup(name) >= 0 || m_upvarByName.count(name)) names.emplace_back(name, m.at);
    }
    return names;
}

} // namespace awaitscope
