#include "SyntaxTree.h"

#include "IncrementalParser.h"
#include "RustLanguage.h"

#include <functional>

namespace awaitscope {

namespace {

TSTree* freshParse(const std::string& text) {
    TSParser* parser = ts_parser_new();
    ts_parser_set_language(parser, rustLanguage());
    TSTree* tree = ts_parser_parse_string(parser, nullptr, text.data(), static_cast<uint32_t>(text.size()));
    ts_parser_delete(parser);
    return tree;
}

} // namespace

SyntaxTree::SyntaxTree(std::shared_ptr<const SourceFile> file) : m_file(std::move(file)) {
    m_tree = freshParse(m_file->text());
}

SyntaxTree::SyntaxTree(std::shared_ptr<const SourceFile> file, IncrementalParser* reuse) : m_file(std::move(file)) {
    m_tree = reuse ? reuse->parse(m_file->path(), m_file->text()) : freshParse(m_file->text());
}

SyntaxTree::~SyntaxTree() {
    if (m_index) m_file->detachNodeIndex(m_index.get());
    ts_tree_delete(m_tree);
}

void SyntaxTree::indexNodes() {
    if (m_index) return;
    m_index = std::make_unique<NodeIndex>(m_tree);
    m_file->attachNodeIndex(m_index.get());
}

SyntaxNode SyntaxTree::root() const {
    return SyntaxNode(ts_tree_root_node(m_tree), m_file.get());
}

namespace {

std::string describeError(const SyntaxNode& node) {
    if (node.isMissing()) return "expected `" + std::string(ts_node_type(node.raw())) + "`";
    const std::string_view text = node.text();
    if (text.empty()) return "syntax error";
    std::string snippet(text.substr(0, text.find('\n')));
    if (snippet.size() > 40) {
        // Cut before a character, never inside one: a UTF-8 continuation byte is 10xxxxxx.
        size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(snippet[cut]) & 0xC0) == 0x80) --cut;
        snippet = snippet.substr(0, cut) + "…";
    }
    return "syntax error near `" + snippet + "`";
}

void collectErrors(const SyntaxNode& node, std::vector<SyntaxError>& out) {
    if (node.isError() || node.isMissing()) {
        out.push_back({node.start(), describeError(node)});
        return; // one message per broken region, not one per token inside it
    }
    if (!node.hasError()) return;
    for (const SyntaxNode& child : node.children()) collectErrors(child, out);
}

} // namespace

std::vector<SyntaxError> SyntaxTree::errors() const {
    std::vector<SyntaxError> result;
    collectErrors(root(), result);
    return result;
}

} // namespace awaitscope
