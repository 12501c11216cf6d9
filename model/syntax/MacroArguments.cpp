#include "MacroArguments.h"

#include "PartialParse.h"

namespace awaitscope {

MacroArguments::MacroArguments(const SourceFile& file) : m_file(file) {}
MacroArguments::~MacroArguments() = default;

std::string_view MacroArguments::macroName(const SyntaxNode& invocation) {
    SyntaxNode path = invocation.field(SyntaxField::Macro);
    if (path.is(SyntaxKind::ScopedIdentifier)) path = path.field(SyntaxField::Name);
    return path.text();
}

const BodyExpansion* MacroArguments::expansionOf(const SyntaxNode& invocation) {
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    return m_expansions && invocation.is(SyntaxKind::MacroInvocation) ? m_expansions->expansionOf(invocation) : nullptr;
}

std::vector<SyntaxNode> MacroArguments::argumentsOf(const SyntaxNode& invocation) {
    if (!invocation.is(SyntaxKind::MacroInvocation)) return {};
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (const BodyExpansion* expansion = expansionOf(invocation)) return expansion->nodes;
        if (auto it = m_cache.find(invocation.startByte()); it != m_cache.end()) return it->second;
    }
    // Parsed outside the lock, so that other threads parse theirs meanwhile (the collector
    // and the lowering run on two); the first answer stored is the one every asker gets,
    // as a HIR built from the nodes needs, and a parse that came second is dropped unseen.
    std::unique_ptr<PartialParse> tree;
    std::vector<SyntaxNode> args = parse(invocation, tree);
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    const auto [it, stored] = m_cache.emplace(invocation.startByte(), std::move(args));
    if (stored && tree) m_trees.push_back(std::move(tree));
    return it->second;
}

namespace {

// The prefix that makes the invocation a function body; it must fit before the invocation.
constexpr std::string_view kWrapperOpen = "fn _m(){";
constexpr std::string_view kWrapperClose = ";}";

} // namespace

std::vector<SyntaxNode> MacroArguments::parse(const SyntaxNode& invocation, std::unique_ptr<PartialParse>& tree) {
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    const SyntaxNode bang = invocation.childOfKind(SyntaxKind::Bang);
    if (!tokens || !bang || invocation.startByte() < kWrapperOpen.size()) return {};
    const std::string_view open = tokens.text().substr(0, 1);
    if (open != "(" && open != "[") return {}; // `{ ... }` bodies are not expression lists

    const uint32_t start = invocation.startByte();
    std::string text(invocation.text());
    text[bang.startByte() - start] = ' '; // `println ("{}", x)` is a call
    if (open == "[")                      // `vec![a; n]` becomes the array expression `[a; n]`
        for (uint32_t i = start; i < tokens.startByte(); ++i) text[i - start] = ' ';
    // An invocation inside a macro's expansion is re-parsed at its bytes of that text.
    const SourceFile& file = *invocation.file();
    tree = wrappedParse(file, start, std::move(text));
    const PartialParse& parsed = *tree;
    if (!parsed.root()) return {};
    // Find the call/index expression that starts where the invocation starts.
    SyntaxNode node(ts_node_descendant_for_byte_range(parsed.root().raw(), tokens.startByte(), tokens.endByte()),
                    &file);
    while (node && node.startByte() >= start &&
           !(node.is(SyntaxKind::Arguments) || node.is(SyntaxKind::ArrayExpression)))
        node = node.parent();
    std::vector<SyntaxNode> args;
    if (node && node.startByte() == tokens.startByte())
        for (const SyntaxNode& child : node.namedChildren())
            if (!child.is(SyntaxKind::LineComment) && !child.is(SyntaxKind::BlockComment)) args.push_back(child);
    return args;
}

std::vector<SyntaxNode> MacroArguments::letStatementsOf(const SyntaxNode& invocation) {
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    const auto cached = m_letCache.find(invocation.startByte());
    if (cached != m_letCache.end()) return cached->second;
    return m_letCache[invocation.startByte()] = parseLetStatements(invocation);
}

std::vector<SyntaxNode> MacroArguments::parseLetStatements(const SyntaxNode& invocation) {
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    if (!tokens || tokens.text().front() != '{' || tokens.endByte() < tokens.startByte() + 2) return {};
    const uint32_t start = tokens.startByte() + 1;
    const SourceFile& file = *invocation.file();
    const PartialParse& parsed = parsePieces(file, start, std::string(file.slice(start, tokens.endByte() - 1)));
    const SyntaxNode root = parsed.root();
    const SyntaxNode fn = root ? root.childOfKind(SyntaxKind::FunctionItem) : SyntaxNode{};
    const SyntaxNode body = fn ? fn.field(SyntaxField::Body) : SyntaxNode{};
    std::vector<SyntaxNode> lets;
    if (!body) return lets;
    for (const SyntaxNode& statement : body.namedChildren()) {
        if (statement.is(SyntaxKind::LineComment) || statement.is(SyntaxKind::BlockComment) ||
            statement.is(SyntaxKind::EmptyStatement))
            continue;
        if (!statement.is(SyntaxKind::LetDeclaration) || statement.startByte() < start) return {};
        lets.push_back(statement);
    }
    return lets;
}

std::unique_ptr<PartialParse> MacroArguments::wrappedParse(const SourceFile& file, uint32_t start, std::string text) {
    text += kWrapperClose;
    std::vector<PartialParse::Piece> pieces{{0, std::string(kWrapperOpen)}, {start, std::move(text)}};
    return std::make_unique<PartialParse>(file, std::move(pieces));
}

const PartialParse& MacroArguments::parsePieces(const SourceFile& file, uint32_t start, std::string text) {
    m_trees.push_back(wrappedParse(file, start, std::move(text)));
    return *m_trees.back();
}

// `pattern = future` of a select! branch reads as a `let` without its keyword: placed after
// `fn _m(){let `, its pattern is the let's, at the file's own bytes.
SyntaxNode MacroArguments::parseLetPattern(uint32_t start, uint32_t end) {
    constexpr std::string_view kLetOpen = "fn _m(){let ";
    if (start < kLetOpen.size() || end <= start) return {};
    std::string text(m_file.slice(start, end));
    text += kWrapperClose;
    std::vector<PartialParse::Piece> pieces{{0, std::string(kLetOpen)}, {start, std::move(text)}};
    m_trees.push_back(std::make_unique<PartialParse>(m_file, std::move(pieces)));
    const SyntaxNode root = m_trees.back()->root();
    if (!root) return {};
    SyntaxNode node(ts_node_descendant_for_byte_range(root.raw(), start, start), &m_file);
    while (node && !node.is(SyntaxKind::LetDeclaration)) node = node.parent();
    const SyntaxNode pattern = node ? node.field(SyntaxField::Pattern) : SyntaxNode{};
    return pattern && pattern.startByte() == start ? pattern : SyntaxNode{};
}

SyntaxNode MacroArguments::parseExpression(uint32_t start, uint32_t end) {
    if (start < kWrapperOpen.size() || end <= start) return {};
    const PartialParse& parsed = parsePieces(m_file, start, std::string(m_file.slice(start, end)));
    if (!parsed.root()) return {};
    SyntaxNode node(ts_node_descendant_for_byte_range(parsed.root().raw(), start, end), &m_file);
    // Climb to the outermost node that still covers exactly the requested bytes.
    while (node.parent() && node.parent().startByte() == start && node.parent().endByte() <= end &&
           !node.parent().is(SyntaxKind::ExpressionStatement))
        node = node.parent();
    return node;
}

std::vector<MacroArguments::SelectBranch> MacroArguments::selectBranches(const SyntaxNode& invocation) {
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    const auto cached = m_selectCache.find(invocation.startByte());
    if (cached != m_selectCache.end()) return cached->second;
    return m_selectCache[invocation.startByte()] = parseSelectBranches(invocation);
}

std::vector<MacroArguments::SelectBranch> MacroArguments::parseSelectBranches(const SyntaxNode& invocation) {
    std::vector<SelectBranch> branches;
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    if (!tokens) return branches;
    // Split the top-level tokens at `=` (future starts), `=>` (handler starts) and `,`.
    const std::vector<SyntaxNode> children = tokens.children();
    uint32_t branchStart = children.size() > 2 ? children[1].startByte() : 0;
    uint32_t futureStart = 0, futureEnd = 0, handlerStart = 0, conditionStart = 0, conditionEnd = 0;
    std::string keyword;
    bool inHandler = false, isElse = false;
    auto finishBranch = [&](uint32_t handlerEnd) {
        if (!inHandler) return;
        SelectBranch branch;
        if (!isElse) {
            branch.pattern = parseLetPattern(branchStart, futureEnd);
            branch.future = parseExpression(futureStart, futureEnd);
            if (conditionStart != 0 && conditionEnd > conditionStart)
                branch.precondition = parseExpression(conditionStart, conditionEnd);
        } else {
            branch.keyword = keyword;
        }
        branch.handler = parseExpression(handlerStart, handlerEnd);
        branches.push_back(branch);
        inHandler = false;
        isElse = false;
        futureStart = futureEnd = conditionStart = conditionEnd = 0;
    };
    for (size_t i = 1; i + 1 < children.size(); ++i) {
        const SyntaxNode& t = children[i];
        const SyntaxKind k = t.kind();
        if (inHandler) {
            if (k == SyntaxKind::Comma)
                finishBranch(children[i - 1].endByte());
            else if (t.is(SyntaxKind::TokenTree) && t.text().front() == '{' && t.startByte() == handlerStart)
                finishBranch(t.endByte()); // a block handler needs no comma after it
            if (!inHandler) branchStart = i + 1 < children.size() ? children[i + 1].startByte() : 0;
            continue;
        }
        if ((k == SyntaxKind::Comma || k == SyntaxKind::Semicolon) &&
            futureStart == 0) { // after a block handler; `biased;`
            branchStart = children[i + 1].startByte();
        } else if (k == SyntaxKind::Eq && futureStart == 0 && i + 1 < children.size()) {
            futureStart = children[i + 1].startByte();
        } else if (k == SyntaxKind::Comma && futureStart != 0 && futureEnd == 0) {
            futureEnd = children[i - 1].endByte(); // `, if precondition` follows
            if (i + 2 < children.size() && children[i + 1].text() == "if") conditionStart = children[i + 2].startByte();
        } else if (k == SyntaxKind::FatArrow) {
            // Each piece ends with its last token, not the blank before the next one: a
            // range with a trailing blank is not one expression node.
            if (futureStart != 0 && futureEnd == 0) futureEnd = children[i - 1].endByte();
            if (conditionStart != 0) conditionEnd = children[i - 1].endByte();
            isElse = futureStart == 0;
            inHandler = true;
            if (isElse) keyword = std::string(children[i - 1].text());
            handlerStart = i + 1 < children.size() ? children[i + 1].startByte() : t.endByte();
        }
    }
    finishBranch(children.size() > 2 ? children[children.size() - 2].endByte() : 0);
    return branches;
}

} // namespace awaitscope
