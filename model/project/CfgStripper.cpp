#include "CfgStripper.h"

#include "project/ItemAttributes.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace awaitscope {

namespace {

/// Nodes whose attributes are their own first children in tree-sitter-rust's grammar;
/// elsewhere (blocks, item lists, argument and element lists) an attribute is a sibling
/// in front of the node it belongs to.
bool ownsItsAttributes(const SyntaxNode& node) {
    return node.is(SyntaxKind::MatchArm) || node.is(SyntaxKind::FieldInitializer) ||
           node.is(SyntaxKind::ShorthandFieldInitializer);
}

bool isComment(const SyntaxNode& node) {
    return node.is(SyntaxKind::LineComment) || node.is(SyntaxKind::BlockComment);
}

bool isAsciiText(char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != '\n' && c != '\r';
}

/// Blanks [from, to): ASCII becomes a space and line breaks stay. A region with multi-byte
/// characters becomes a block comment keeping them (`/*` and `*/` over its first and last
/// two bytes, which are ASCII, and no `*/` inside since ASCII is blanked), so that the
/// columns after it on its last line do not move; spaces alone would shorten that line.
void blank(std::string& text, uint32_t from, uint32_t to) {
    to = std::min<uint32_t>(to, static_cast<uint32_t>(text.size()));
    bool multiByte = false;
    for (uint32_t i = from; i < to; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) multiByte = true;
        if (isAsciiText(text[i])) text[i] = ' ';
    }
    const bool commentFits = to >= from + 4 && isAsciiText(text[to - 2]) && isAsciiText(text[to - 1]) &&
                             isAsciiText(text[from]) && isAsciiText(text[from + 1]);
    if (!multiByte || !commentFits) {
        for (uint32_t i = from; i < to; ++i)
            if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
        return;
    }
    text.replace(from, 2, "/*");
    text.replace(to - 2, 2, "*/");
}

// One walk over the tree with a cursor (no recursion, no sibling searches: a file of
// thousands of attributed items stays linear). Per depth it keeps the run of attributes
// read so far among the current node's siblings; the next named node is their target.
class StripWalk {
  public:
    StripWalk(const SyntaxTree& tree, const CfgSet& cfg) : m_file(tree.file()), m_cfg(cfg) {}

    std::optional<std::string> run(const SyntaxTree& tree) {
        TSTreeCursor cursor = ts_tree_cursor_new(tree.root().raw());
        size_t depth = 0;
        enter(0, false);
        for (;;) {
            const SyntaxNode node(ts_tree_cursor_current_node(&cursor), &m_file);
            if (visit(node, depth) && ts_tree_cursor_goto_first_child(&cursor)) {
                enter(++depth, ownsItsAttributes(node));
                continue;
            }
            while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
                if (!ts_tree_cursor_goto_parent(&cursor)) {
                    ts_tree_cursor_delete(&cursor);
                    return m_changed ? std::optional<std::string>(std::move(m_out)) : std::nullopt;
                }
                --depth;
            }
        }
    }

  private:
    struct Level {
        std::vector<SyntaxNode> attributes; // the run in front of the next node
        bool commaGoes = false;             // the node before was removed: its `,` goes too
        bool parentOwnsAttributes = false;
    };

    void enter(size_t depth, bool parentOwns) {
        if (m_levels.size() <= depth) m_levels.resize(depth + 1);
        m_levels[depth] = Level{{}, false, parentOwns};
    }

    /// Reads one node; true if its children are to be read.
    bool visit(const SyntaxNode& node, size_t depth) {
        Level& level = m_levels[depth];
        const bool commaGoes = std::exchange(level.commaGoes, false);
        if (!node.isNamed()) {
            level.attributes.clear();
            if (commaGoes && node.is(SyntaxKind::Comma)) remove(node.startByte(), node.endByte());
            return false;
        }
        if (isComment(node)) return false;
        if (node.is(SyntaxKind::AttributeItem)) {
            if (!level.parentOwnsAttributes) level.attributes.push_back(node);
            return false;
        }
        std::vector<SyntaxNode> attributes = std::move(level.attributes);
        level.attributes.clear();
        uint32_t from = attributes.empty() ? node.startByte() : attributes.front().startByte();
        if (ownsItsAttributes(node))
            for (const SyntaxNode& c : node.namedChildren())
                if (c.is(SyntaxKind::AttributeItem)) attributes.push_back(c);
        if (attributes.empty() || readItemAttributes(attributes, m_cfg).active) return true;
        remove(from, node.endByte());
        level.commaGoes = true;
        return false;
    }

    void remove(uint32_t from, uint32_t to) {
        if (!m_changed) m_out = m_file.text();
        m_changed = true;
        blank(m_out, from, to);
    }

    const SourceFile& m_file;
    const CfgSet& m_cfg;
    std::vector<Level> m_levels;
    std::string m_out;
    bool m_changed = false;
};

} // namespace

std::optional<std::string> CfgStripper::strip(const SyntaxTree& tree, const CfgSet& cfg) {
    if (!mayStrip(tree.file().text())) return std::nullopt;
    return StripWalk(tree, cfg).run(tree);
}

} // namespace awaitscope
