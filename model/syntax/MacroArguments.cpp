#include "MacroArguments.h"

#include "SyntaxTree.h"

namespace awaitscope {

MacroArguments::MacroArguments(const SourceFile& file) : m_file(file) {}
MacroArguments::~MacroArguments() = default;

std::string_view MacroArguments::macroName(const SyntaxNode& invocation) {
    SyntaxNode path = invocation.field("macro");
    if (path.is("scoped_identifier")) path = path.field("name");
    return path.text();
}

std::vector<SyntaxNode> MacroArguments::argumentsOf(const SyntaxNode& invocation) {
    if (!invocation.is("macro_invocation")) return {};
    auto it = m_cache.find(invocation.startByte());
    if (it != m_cache.end()) return it->second;
    auto args = parse(invocation);
    m_cache.emplace(invocation.startByte(), args);
    return args;
}

namespace {

// The prefix that makes the blanked text a function; it must fit before the invocation.
constexpr std::string_view kWrapperOpen = "fn _m(){";

std::string blankedCopy(const std::string& text, uint32_t keepFrom, uint32_t keepTo) {
    std::string out(text.size(), ' ');
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') out[i] = '\n';
        else if (i >= keepFrom && i < keepTo) out[i] = text[i];
    }
    return out;
}

} // namespace

std::vector<SyntaxNode> MacroArguments::parse(const SyntaxNode& invocation) {
    const SyntaxNode tokens = invocation.childOfKind("token_tree");
    const SyntaxNode bang = invocation.childOfKind("!");
    if (!tokens || !bang || invocation.startByte() < kWrapperOpen.size()) return {};
    const std::string_view open = tokens.text().substr(0, 1);
    if (open != "(" && open != "[") return {}; // `{ ... }` bodies are not expression lists

    std::string text = blankedCopy(m_file.text(), invocation.startByte(), invocation.endByte());
    text.replace(0, kWrapperOpen.size(), kWrapperOpen);
    text[bang.startByte()] = ' ';
    if (open == "[") // `vec![a; n]` becomes the array expression `[a; n]`
        for (uint32_t i = invocation.startByte(); i < tokens.startByte(); ++i) text[i] = ' ';
    text += ";}";

    auto file = std::make_shared<SourceFile>(m_file.path(), std::move(text));
    auto tree = std::make_unique<SyntaxTree>(file);
    // Find the call/index expression that starts where the invocation starts.
    TSNode raw = ts_node_descendant_for_byte_range(tree->root().raw(), tokens.startByte(),
                                                   tokens.endByte());
    SyntaxNode node(raw, file.get());
    while (node && node.startByte() >= invocation.startByte() &&
           !(node.is("arguments") || node.is("array_expression")))
        node = node.parent();
    std::vector<SyntaxNode> args;
    if (node && node.startByte() == tokens.startByte())
        for (const SyntaxNode& child : node.namedChildren())
            if (!child.is("line_comment") && !child.is("block_comment")) args.push_back(child);
    m_trees.push_back(std::move(tree));
    return args;
}

} // namespace awaitscope

namespace awaitscope {

SyntaxNode MacroArguments::parseExpression(uint32_t start, uint32_t end) {
    if (start < kWrapperOpen.size() || end <= start) return {};
    std::string text = blankedCopy(m_file.text(), start, end);
    text.replace(0, kWrapperOpen.size(), kWrapperOpen);
    text += ";}";
    auto file = std::make_shared<SourceFile>(m_file.path(), std::move(text));
    auto tree = std::make_unique<SyntaxTree>(file);
    TSNode raw = ts_node_descendant_for_byte_range(tree->root().raw(), start, end);
    SyntaxNode node(raw, file.get());
    // Climb to the outermost node that still covers exactly the requested bytes.
    while (node.parent() && node.parent().startByte() == start && node.parent().endByte() <= end &&
           !node.parent().is("expression_statement"))
        node = node.parent();
    m_trees.push_back(std::move(tree));
    return node;
}

std::vector<MacroArguments::SelectBranch>
MacroArguments::selectBranches(const SyntaxNode& invocation) {
    std::vector<SelectBranch> branches;
    const SyntaxNode tokens = invocation.childOfKind("token_tree");
    if (!tokens) return branches;
    // Split the top-level tokens at `=` (future starts), `=>` (handler starts) and `,`.
    const std::vector<SyntaxNode> children = tokens.children();
    uint32_t futureStart = 0, futureEnd = 0, handlerStart = 0;
    bool inHandler = false, isElse = false;
    auto finishBranch = [&](uint32_t handlerEnd) {
        if (!inHandler) return;
        SelectBranch branch;
        if (!isElse) branch.future = parseExpression(futureStart, futureEnd);
        branch.handler = parseExpression(handlerStart, handlerEnd);
        branches.push_back(branch);
        inHandler = false;
        isElse = false;
        futureStart = futureEnd = 0;
    };
    for (size_t i = 1; i + 1 < children.size(); ++i) {
        const SyntaxNode& t = children[i];
        const std::string_view k = t.kind();
        if (inHandler) {
            if (k == ",") finishBranch(t.startByte());
            else if (t.is("token_tree") && t.text().front() == '{' && t.startByte() == handlerStart)
                finishBranch(t.endByte()); // a block handler needs no comma after it
            continue;
        }
        if (k == "=" && futureStart == 0 && i + 1 < children.size()) {
            futureStart = children[i + 1].startByte();
        } else if (k == "," && futureStart != 0 && futureEnd == 0) {
            futureEnd = t.startByte(); // `, if precondition` follows
        } else if (k == "=>") {
            if (futureStart != 0 && futureEnd == 0) futureEnd = t.startByte();
            isElse = futureStart == 0;
            inHandler = true;
            handlerStart = i + 1 < children.size() ? children[i + 1].startByte() : t.endByte();
        }
    }
    finishBranch(children.empty() ? 0 : children.back().startByte());
    return branches;
}

} // namespace awaitscope
