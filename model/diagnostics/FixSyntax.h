#pragma once
// Small syntax questions the fix finders ask: where a position is in the tree, which
// statement holds it, whether code mentions a name, whether it runs in async code. Fixes
// are text edits, so they read the syntax tree rather than the lowered body.

#include "syntax/SyntaxNode.h"
#include "syntax/SyntaxTree.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

struct TextEdit;

namespace fixsyntax {

/// The smallest node covering the character at `p`.
SyntaxNode nodeAt(const SyntaxTree& tree, TextPosition p);
/// The deepest node whose range is exactly `range`, or a null node.
SyntaxNode nodeWithRange(const SyntaxTree& tree, const TextRange& range);
/// The statement (a direct child of a block) that contains `node`.
SyntaxNode enclosingStatement(SyntaxNode node);
SyntaxNode nextNamedSibling(const SyntaxNode& node);
/// Whether `node` names `name`, including a format string's implicit capture (`"{name}"`).
bool mentions(const SyntaxNode& node, const std::string& name);
/// Whether `node` mentions `name` (as `mentions` does) at or after byte `after`.
bool mentionsFrom(const SyntaxNode& node, const std::string& name, uint32_t after);
bool containsAwait(const SyntaxNode& node);
/// Whether the fn around `call` never mentions any of `names` after it, and does not run
/// the call in a loop or from a closure / async block (where it could run again).
bool unusedAfterCall(const SyntaxTree& tree, const TextRange& call, const std::vector<std::string>& names);
/// How many identifiers (and, with `typesToo`, type names) below `root` are one of `names`.
int countNames(const SyntaxNode& root, const std::set<std::string>& names, bool typesToo);
/// The names a pattern binds.
void bindingsOf(const SyntaxNode& pattern, std::vector<std::string>& out);
/// The whitespace before `node` on its first line.
std::string indentationOf(const SourceFile& file, const SyntaxNode& node);

/// The range that removes a statement and nothing else: its whole lines when they hold
/// only it (and blanks), otherwise just the statement, so a comment or other code on its
/// lines stays byte for byte.
TextRange statementRemoval(const SourceFile& file, const SyntaxNode& statement);
/// Whether `.await` may be written at `node`: its nearest enclosing fn, closure or block
/// that starts a body is async.
bool inAsyncCode(SyntaxNode node);
/// Every node of the tree, depth first, in source order.
void forEachNode(const SyntaxNode& root, const std::function<void(const SyntaxNode&)>& visit);
/// Whether a `use` of the file brings `Arc` into scope.
bool importsArc(const SyntaxTree& tree);
/// Every `Rc` of the file spelled as `Arc` (`std::rc::Rc` as `std::sync::Arc`).
std::vector<TextEdit> rcToArcEdits(const SyntaxTree& tree);

} // namespace fixsyntax
} // namespace awaitscope
