#include "diagnostics/FixFinder.h"

#include "lowering/FileLowering.h"
#include "syntax/SyntaxTree.h"

#include <set>

namespace awaitscope {

namespace {

SyntaxNode nodeAt(const SyntaxTree& tree, TextPosition p) {
    const uint32_t byte = tree.file().byteOffsetOf(p);
    return SyntaxNode(ts_node_descendant_for_byte_range(tree.root().raw(), byte, byte + 1), &tree.file());
}

/// The statement (a direct child of a block) that contains `node`, and that block.
SyntaxNode enclosingStatement(SyntaxNode node) {
    while (node && !(node.parent().is("block"))) node = node.parent();
    return node;
}

bool mentions(const SyntaxNode& node, const std::string& name) {
    if ((node.is("identifier") || node.is("self")) && node.text() == name) return true;
    // `println!("{rc}")` captures `rc` inside the format string.
    if (node.is("string_literal") && node.parent().is("token_tree")) {
        const std::string_view text = node.text();
        if (text.find("{" + name + "}") != std::string_view::npos ||
            text.find("{" + name + ":") != std::string_view::npos)
            return true;
    }
    for (const SyntaxNode& c : node.namedChildren())
        if (mentions(c, name)) return true;
    return false;
}

bool containsAwait(const SyntaxNode& node) {
    if (node.is("await_expression")) return true;
    for (const SyntaxNode& c : node.namedChildren())
        if (containsAwait(c)) return true;
    return false;
}

void bindingsOf(const SyntaxNode& pattern, std::vector<std::string>& out) {
    if (pattern.is("identifier")) out.emplace_back(pattern.text());
    for (const SyntaxNode& c : pattern.namedChildren()) bindingsOf(c, out);
}

std::string indentationOf(const SourceFile& file, const SyntaxNode& node) {
    const uint32_t lineStart = file.byteOffsetOf({node.start().line, 1});
    return std::string(file.slice(lineStart, node.startByte()));
}

std::string indentBlock(const std::string& text, const std::string& indent) {
    std::string out = indent + "    ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return "{\n" + out + "\n" + indent + "}";
}

} // namespace

bool FixFinder::onlyDroppedLater(const Cause& cause) const {
    for (const LoweredFuture& f : m_lowering.futures())
        for (const auto& state : f.savedLocals)
            for (const SavedLocal& s : state)
                if (f.body.locals[s.local].position == cause.position)
                    return s.reason == SaveReason::DroppedLater;
    return false;
}

void FixFinder::addScopeFixes(const Cause& cause, std::vector<Fix>& out) const {
    if (cause.kind != "held_across_await" || !cause.awaitKeyword) return;
    const SyntaxNode let = enclosingStatement(nodeAt(m_tree, cause.position));
    const SyntaxNode awaitStmt = enclosingStatement(nodeAt(m_tree, *cause.awaitKeyword));
    if (!let.is("let_declaration") || !awaitStmt || !(let.parent() == awaitStmt.parent())) return;
    if (let.startByte() >= awaitStmt.startByte()) return;
    // Everything declared from the `let` up to the await must be unused from there on.
    std::vector<std::string> declared;
    SyntaxNode last = let;
    for (SyntaxNode s = let; s && !(s == awaitStmt); s = SyntaxNode(ts_node_next_named_sibling(s.raw()), s.file())) {
        if (s.is("let_declaration")) bindingsOf(s.field("pattern"), declared);
        if (!s.is("line_comment") && !s.is("block_comment")) last = s;
    }
    for (SyntaxNode s = awaitStmt; s; s = SyntaxNode(ts_node_next_named_sibling(s.raw()), s.file()))
        for (const std::string& name : declared)
            if (mentions(s, name)) return; // still needed after the await: a block would not compile
    const SourceFile& file = m_tree.file();
    const std::string indent = indentationOf(file, let);
    const std::string body(file.slice(let.startByte(), last.endByte()));
    out.push_back({"End `" + cause.variable + "`'s scope in a block that closes before the await",
                   {{{let.start(), last.end()}, indentBlock(body, indent)}}});
    if (onlyDroppedLater(cause))
        out.push_back({"Call `drop(" + cause.variable + ")` before the await",
                       {{{awaitStmt.start(), awaitStmt.start()},
                         "drop(" + cause.variable + ");\n" + indentationOf(file, awaitStmt)}}});
}

void FixFinder::addRcToArc(const Diagnostic& d, std::vector<Fix>& out) const {
    bool sawRc = false;
    for (const Cause& c : d.causes)
        for (const Leaf& l : c.leaves) {
            if (l.type.rfind("Rc<", 0) != 0) return; // Arc only helps when Rc is the problem
            sawRc = true;
        }
    if (!sawRc) return;
    Fix fix{"Share it with `Arc` (thread-safe) instead of `Rc`", {}};
    std::vector<SyntaxNode> stack{m_tree.root()};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        if (n.is("scoped_identifier") && n.text() == "std::rc::Rc") {
            fix.edits.push_back({n.range(), "std::sync::Arc"});
            continue;
        }
        if ((n.is("type_identifier") || n.is("identifier")) && n.text() == "Rc") {
            fix.edits.push_back({n.range(), "Arc"});
            continue;
        }
        for (const SyntaxNode& c : n.namedChildren()) stack.push_back(c);
    }
    if (!fix.edits.empty()) out.push_back(std::move(fix));
}

void FixFinder::addSpawnLocal(const Diagnostic& d, std::vector<Fix>& out) const {
    if (d.requiredBy != "tokio::spawn") return;
    SyntaxNode call = nodeAt(m_tree, d.range.start);
    while (call && !call.is("call_expression")) call = call.parent();
    // For an async fn future the site is the argument: the spawn call is one level up.
    if (call && call.field("function").text() != "tokio::spawn") {
        SyntaxNode up = call.parent();
        while (up && !up.is("call_expression")) up = up.parent();
        call = up;
    }
    if (!call || call.field("function").text() != "tokio::spawn") return;
    out.push_back({"Keep the task on this thread: `tokio::task::spawn_local` (run it inside a `LocalSet`)",
                   {{call.field("function").range(), "tokio::task::spawn_local"}}});
}

void FixFinder::addBindAfterAwait(const Cause& cause, std::vector<Fix>& out) const {
    if (cause.kind != "held_across_await" || !cause.awaitKeyword) return;
    const SyntaxNode let = enclosingStatement(nodeAt(m_tree, cause.position));
    const SyntaxNode awaitStmt = enclosingStatement(nodeAt(m_tree, *cause.awaitKeyword));
    if (!let.is("let_declaration") || !awaitStmt || !(let.parent() == awaitStmt.parent())) return;
    if (let.startByte() >= awaitStmt.startByte() || let.start().line == awaitStmt.start().line) return;
    std::vector<std::string> bound, between;
    bindingsOf(let.field("pattern"), bound);
    // Everything after the `let` up to and including the await's statement must neither use
    // what the `let` binds nor declare anything its initializer reads.
    for (SyntaxNode s(ts_node_next_named_sibling(let.raw()), let.file()); s;
         s = SyntaxNode(ts_node_next_named_sibling(s.raw()), s.file())) {
        for (const std::string& name : bound)
            if (mentions(s, name)) return;
        if (s.is("let_declaration")) bindingsOf(s.field("pattern"), between);
        if (s == awaitStmt) break;
    }
    for (const std::string& name : between)
        if (let.field("value") && mentions(let.field("value"), name)) return;
    // A later await would hold the value again: then moving the `let` does not help.
    for (SyntaxNode s(ts_node_next_named_sibling(awaitStmt.raw()), awaitStmt.file()); s;
         s = SyntaxNode(ts_node_next_named_sibling(s.raw()), s.file()))
        if (containsAwait(s)) return;
    const SourceFile& file = m_tree.file();
    const uint32_t letLineStart = file.byteOffsetOf({let.start().line, 1});
    const uint32_t letLineEnd = file.byteOffsetOf({let.end().line + 1, 1});
    const std::string letText(file.slice(let.startByte(), let.endByte()));
    const TextPosition afterAwait{awaitStmt.end().line + 1, 1};
    out.push_back({"Take `" + cause.variable + "` after the await: move its `let` below it",
                   {{{file.positionOf(letLineStart), file.positionOf(letLineEnd)}, ""},
                    {{afterAwait, afterAwait}, indentationOf(file, let) + letText + "\n"}}});
}

void FixFinder::addFixes(Diagnostic& d) const {
    if (d.code != "future-not-send") return;
    // Moving one value's `let` only clears a diagnostic that blames that value alone.
    if (d.causes.size() == 1) addBindAfterAwait(d.causes.front(), d.fixes);
    for (const Cause& c : d.causes) addScopeFixes(c, d.fixes);
    addRcToArc(d, d.fixes);
    addSpawnLocal(d, d.fixes);
}

} // namespace awaitscope
