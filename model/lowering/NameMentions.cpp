#include "lowering/NameMentions.h"

namespace awaitscope {

int NameMentions::intern(const std::string& name) {
    const auto [it, added] = m_ids.emplace(name, static_cast<int>(m_names.size()));
    if (added) {
        m_names.push_back(name);
        m_seenIn.push_back(0);
    }
    return it->second;
}

const std::vector<NameMention>* NameMentions::find(const SyntaxNode& body) const {
    const auto it = m_lists.find(keyOf(body));
    return it == m_lists.end() ? nullptr : &it->second;
}

const std::vector<NameMention>& NameMentions::store(const SyntaxNode& body, std::vector<NameMention> mentions) {
    return m_lists[keyOf(body)] = std::move(mentions);
}

void NameMentions::begin() {
    ++m_list;
}

void NameMentions::add(std::vector<NameMention>& out, const NameMention& mention) {
    if (m_seenIn[mention.name] == m_list) return;
    m_seenIn[mention.name] = m_list;
    out.push_back(mention);
}

} // namespace awaitscope
