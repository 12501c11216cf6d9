#pragma once
// Parses a file's new text with the tree of its previous text, as an editor does after a
// keystroke: the edit (the bytes between the texts' common start and common end) is
// applied to a copy of the old tree (ts_tree_edit) and tree-sitter reparses only what
// the edit touched, reusing the rest (ts_parser_parse with the old tree). A fresh parse
// of the 2,037 lines of tokio's tests is a sixth of a keystroke's analysis.
//
// The last few files' trees are kept (copies share their nodes, so a kept tree costs
// little beside the tree in use). Thread-safe: each parse edits its own copy.

#include <tree_sitter/api.h>

#include <mutex>
#include <string>
#include <vector>

namespace awaitscope {

class IncrementalParser {
  public:
    /// The one the analysis of the window's (or any) file uses.
    static IncrementalParser& shared();

    IncrementalParser() = default;
    ~IncrementalParser();
    IncrementalParser(const IncrementalParser&) = delete;
    IncrementalParser& operator=(const IncrementalParser&) = delete;

    /// The tree of `text` (the caller deletes it), reusing the tree kept for `path` if any.
    TSTree* parse(const std::string& path, const std::string& text);

  private:
    struct Kept {
        std::string path;
        std::string text;
        TSTree* tree = nullptr;
    };
    /// A copy of the tree kept for `path` with `text`'s edit applied, or null.
    TSTree* editedCopy(const std::string& path, const std::string& text);
    void keep(const std::string& path, const std::string& text, const TSTree* tree);

    static constexpr size_t kFilesKept = 4;
    std::mutex m_mutex;
    std::vector<Kept> m_kept; // most recently parsed last
};

} // namespace awaitscope
