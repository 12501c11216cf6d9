#include "diagnostics/FixSyntax.h"

#include "data/Snapshot.h"

#include <algorithm>

namespace awaitscope::fixsyntax {

namespace {

TSNode descendantForByteRange(const SyntaxTree& tree, uint32_t start, uint32_t end) {
    if (const NodeIndex* index = tree.nodeIndex()) return index->descendantForByteRange(start, end);
    return ts_node_descendant_for_byte_range(tree.root().raw(), start, end);
}

} // namespace

SyntaxNode nodeAt(const SyntaxTree& tree, TextPosition p) {
    const uint32_t byte = tree.file().byteOffsetOf(p);
    return SyntaxNode(descendantForByteRange(tree, byte, byte + 1), &tree.file());
}

SyntaxNode nodeWithRange(const SyntaxTree& tree, const TextRange& range) {
    // The smallest node spanning the range is the deepest node with exactly that range if
    // there is one: one descent (from the nearest node holding the range, on an indexed tree).
    const uint32_t start = tree.file().byteOffsetOf(range.start);
    const uint32_t end = tree.file().byteOffsetOf(range.end);
    const SyntaxNode n(descendantForByteRange(tree, start, end), &tree.file());
    return n.range() == range ? n : SyntaxNode();
}

SyntaxNode enclosingStatement(SyntaxNode node) {
    while (node && !(node.parent().is(SyntaxKind::Block))) node = node.parent();
    return node;
}

SyntaxNode nextNamedSibling(const SyntaxNode& node) {
    return SyntaxNode(ts_node_next_named_sibling(node.raw()), node.file());
}

bool mentions(const SyntaxNode& node, const std::string& name) {
    if ((node.is(SyntaxKind::Identifier) || node.is(SyntaxKind::Self)) && node.text() == name) return true;
    // `println!("{rc}")` captures `rc` inside the format string.
    if (node.is(SyntaxKind::StringLiteral) && node.parent().is(SyntaxKind::TokenTree)) {
        const std::string_view text = node.text();
        if (text.find("{" + name + "}") != std::string_view::npos ||
            text.find("{" + name + ":") != std::string_view::npos)
            return true;
    }
    for (const SyntaxNode& c : node.namedChildren())
        if (mentions(c, name)) return true;
    return false;
}

bool mentionsFrom(const SyntaxNode& node, const std::string& name, uint32_t after) {
    if (node.endByte() <= after) return false;
    if (node.startByte() >= after) return mentions(node, name);
    for (const SyntaxNode& c : node.namedChildren())
        if (mentionsFrom(c, name, after)) return true;
    return false;
}

bool unusedAfterCall(const SyntaxTree& tree, const TextRange& call, const std::vector<std::string>& names) {
    for (SyntaxNode n = nodeAt(tree, call.start); n; n = n.parent()) {
        if (n.is(SyntaxKind::LoopExpression) || n.is(SyntaxKind::WhileExpression) || n.is(SyntaxKind::ForExpression) ||
            n.is(SyntaxKind::ClosureExpression) || n.is(SyntaxKind::AsyncBlock))
            return false;
        if (!n.is(SyntaxKind::FunctionItem)) continue;
        const uint32_t after = tree.file().byteOffsetOf(call.end);
        return std::none_of(names.begin(), names.end(), [&](const std::string& name) {
            return mentionsFrom(n.field(SyntaxField::Body), name, after);
        });
    }
    return false;
}

int countNames(const SyntaxNode& root, const std::set<std::string>& names, bool typesToo) {
    int count = 0;
    forEachNode(root, [&](const SyntaxNode& n) {
        count += (n.is(SyntaxKind::Identifier) || (typesToo && n.is(SyntaxKind::TypeIdentifier))) &&
                 names.count(std::string(n.text()));
    });
    return count;
}

bool containsAwait(const SyntaxNode& node) {
    if (node.is(SyntaxKind::AwaitExpression)) return true;
    for (const SyntaxNode& c : node.namedChildren())
        if (containsAwait(c)) return true;
    return false;
}

void bindingsOf(const SyntaxNode& pattern, std::vector<std::string>& out) {
    if (pattern.is(SyntaxKind::Identifier)) out.emplace_back(pattern.text());
    for (const SyntaxNode& c : pattern.namedChildren()) bindingsOf(c, out);
}

std::string indentationOf(const SourceFile& file, const SyntaxNode& node) {
    const uint32_t lineStart = file.byteOffsetOf({node.start().line, 1});
    return std::string(file.slice(lineStart, node.startByte()));
}

TextRange statementRemoval(const SourceFile& file, const SyntaxNode& statement) {
    const auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; };
    const uint32_t lineStart = file.byteOffsetOf({statement.start().line, 1});
    const uint32_t nextLine = file.byteOffsetOf({statement.end().line + 1, 1});
    const std::string_view before = file.slice(lineStart, statement.startByte());
    std::string_view after = file.slice(statement.endByte(), nextLine);
    if (!after.empty() && after.back() == '\n') after.remove_suffix(1);
    if (blank(before) && blank(after) && nextLine > statement.endByte())
        return {file.positionOf(lineStart), file.positionOf(nextLine)};
    return statement.range();
}

bool inAsyncCode(SyntaxNode node) {
    for (; node; node = node.parent()) {
        if (node.is(SyntaxKind::AsyncBlock)) return true;
        if (node.is(SyntaxKind::ClosureExpression)) return node.hasChildToken(SyntaxKind::AsyncKw);
        if (node.is(SyntaxKind::FunctionItem)) {
            const SyntaxNode modifiers = node.childOfKind(SyntaxKind::FunctionModifiers);
            return modifiers && modifiers.text().find("async") != std::string_view::npos;
        }
    }
    return false;
}

void forEachNode(const SyntaxNode& root, const std::function<void(const SyntaxNode&)>& visit) {
    visit(root);
    for (const SyntaxNode& c : root.namedChildren()) forEachNode(c, visit);
}

bool importsArc(const SyntaxTree& tree) {
    bool found = false;
    forEachNode(tree.root(), [&](const SyntaxNode& n) {
        if (n.is(SyntaxKind::UseDeclaration))
            forEachNode(
                n, [&](const SyntaxNode& m) { found = found || (m.is(SyntaxKind::Identifier) && m.text() == "Arc"); });
    });
    return found;
}

std::vector<TextEdit> rcToArcEdits(const SyntaxTree& tree) {
    std::vector<TextEdit> edits;
    const bool arcImported = importsArc(tree);
    std::vector<SyntaxNode> stack{tree.root()};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        if (n.is(SyntaxKind::UseDeclaration) && n.field(SyntaxField::Argument).text() == "std::rc::Rc" && arcImported) {
            // `use std::sync::Arc` is there already: a second one would not compile.
            edits.push_back({statementRemoval(tree.file(), n), ""});
            continue;
        }
        if (n.is(SyntaxKind::ScopedUseList) && n.field(SyntaxField::Path).text() == "std::rc")
            return {}; // `std::rc::{Rc, Weak}`: not rewritten
        if ((n.is(SyntaxKind::ScopedIdentifier) || n.is(SyntaxKind::ScopedTypeIdentifier)) &&
            n.text() == "std::rc::Rc") {
            edits.push_back({n.range(), "std::sync::Arc"});
            continue;
        }
        if ((n.is(SyntaxKind::TypeIdentifier) || n.is(SyntaxKind::Identifier)) && n.text() == "Rc") {
            edits.push_back({n.range(), "Arc"});
            continue;
        }
        for (const SyntaxNode& c : n.namedChildren()) stack.push_back(c);
    }
    return edits;
}

} // namespace awaitscope::fixsyntax
