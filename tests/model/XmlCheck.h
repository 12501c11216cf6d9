#pragma once
// A small well-formedness check for the SVG we write: balanced tags, quoted attributes,
// only the five XML entities or numeric references. Enough to catch an unescaped `<` in
// `RefMut<'_, T>` without needing libxml2 in the test binary.

#include <algorithm>
#include <string>
#include <vector>

namespace awaitscope::testing {

inline bool validEntity(const std::string& s, size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"})
        if (s.compare(at, std::string(e).size(), e) == 0) return true;
    return false;
}

/// "" when well formed, else what is wrong.
inline std::string xmlProblem(const std::string& s) {
    std::vector<std::string> open;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '&' && !validEntity(s, i)) return "bad entity at " + std::to_string(i);
        if (s[i] == '>') return "stray > at " + std::to_string(i);
        if (s[i] != '<') {
            ++i;
            continue;
        }
        const size_t end = s.find('>', i);
        if (end == std::string::npos) return "unclosed tag at " + std::to_string(i);
        std::string tag = s.substr(i + 1, end - i - 1);
        if (std::count(tag.begin(), tag.end(), '"') % 2) return "unbalanced quotes in <" + tag + ">";
        if (tag.find('<') != std::string::npos) return "< inside a tag at " + std::to_string(i);
        i = end + 1;
        if (tag[0] == '?' || tag[0] == '!') continue;
        const bool closing = tag[0] == '/', selfClosing = tag.back() == '/';
        const std::string name = tag.substr(closing, tag.find_first_of(" /\n", closing) - closing);
        if (closing) {
            if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
            open.pop_back();
        } else if (!selfClosing) {
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

} // namespace awaitscope::testing
