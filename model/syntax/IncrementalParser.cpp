#include "syntax/IncrementalParser.h"

#include "syntax/RustLanguage.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// tree-sitter's point of a byte: row, and column in bytes.
TSPoint pointOf(const std::string& text, uint32_t byte) {
    const auto before = std::string_view(text).substr(0, byte);
    const auto row = static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n'));
    const size_t lineStart = before.rfind('\n');
    const auto column = static_cast<uint32_t>(lineStart == std::string_view::npos ? byte : byte - lineStart - 1);
    return {row, column};
}

/// The one edit that turns `before` into `after`: what lies between their common start
/// and their common end.
TSInputEdit editBetween(const std::string& before, const std::string& after) {
    const size_t shorter = std::min(before.size(), after.size());
    size_t start = 0;
    while (start < shorter && before[start] == after[start]) ++start;
    size_t end = 0; // common bytes at the end, not overlapping the common start
    while (end < shorter - start && before[before.size() - 1 - end] == after[after.size() - 1 - end]) ++end;
    TSInputEdit edit;
    edit.start_byte = static_cast<uint32_t>(start);
    edit.old_end_byte = static_cast<uint32_t>(before.size() - end);
    edit.new_end_byte = static_cast<uint32_t>(after.size() - end);
    edit.start_point = pointOf(before, edit.start_byte);
    edit.old_end_point = pointOf(before, edit.old_end_byte);
    edit.new_end_point = pointOf(after, edit.new_end_byte);
    return edit;
}

} // namespace

IncrementalParser& IncrementalParser::shared() {
    static IncrementalParser* parser = new IncrementalParser; // never destroyed: used until exit
    return *parser;
}

IncrementalParser::~IncrementalParser() {
    for (Kept& k : m_kept) ts_tree_delete(k.tree);
}

TSTree* IncrementalParser::parse(const std::string& path, const std::string& text) {
    TSTree* old = editedCopy(path, text);
    TSParser* parser = ts_parser_new();
    ts_parser_set_language(parser, rustLanguage());
    TSTree* tree = ts_parser_parse_string(parser, old, text.data(), static_cast<uint32_t>(text.size()));
    ts_parser_delete(parser);
    if (old) ts_tree_delete(old);
    keep(path, text, tree);
    return tree;
}

TSTree* IncrementalParser::editedCopy(const std::string& path, const std::string& text) {
    std::string before;
    TSTree* copy = nullptr;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = std::find_if(m_kept.begin(), m_kept.end(), [&](const Kept& k) { return k.path == path; });
        if (it == m_kept.end()) return nullptr;
        before = it->text;
        copy = ts_tree_copy(it->tree); // a tree is used by one thread at a time: each parse edits its own
    }
    const TSInputEdit edit = editBetween(before, text);
    ts_tree_edit(copy, &edit);
    return copy;
}

void IncrementalParser::keep(const std::string& path, const std::string& text, const TSTree* tree) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_kept.begin(), m_kept.end(), [&](const Kept& k) { return k.path == path; });
    if (it != m_kept.end()) {
        ts_tree_delete(it->tree);
        m_kept.erase(it);
    }
    if (m_kept.size() == kFilesKept) {
        ts_tree_delete(m_kept.front().tree);
        m_kept.erase(m_kept.begin());
    }
    m_kept.push_back({path, text, ts_tree_copy(tree)});
}

} // namespace awaitscope
