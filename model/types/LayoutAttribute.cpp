#include "types/LayoutAttribute.h"

#include <regex>
#include <string>

namespace awaitscope {

namespace {

std::optional<FixedLayout> parse(const std::string& text) {
    static const std::regex pattern(R"(^awaitscope::layout\(\s*size\s*=\s*(\d+)\s*,\s*align\s*=\s*(\d+)\s*\)$)");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) return std::nullopt;
    return FixedLayout{std::stol(m[1]), std::stol(m[2])};
}

} // namespace

std::optional<FixedLayout> layoutAttribute(const SyntaxNode& item) {
    for (SyntaxNode n = item.prevNamedSibling(); !n.isNull(); n = n.prevNamedSibling()) {
        if (n.is("line_comment") || n.is("block_comment")) continue;
        if (!n.is("attribute_item")) break;
        if (auto layout = parse(std::string(n.childOfKind("attribute").text()))) return layout;
    }
    return std::nullopt;
}

} // namespace awaitscope
