#include "BodyMacroExpander.h"

#include "macros/ExpansionText.h"
#include "syntax/PartialParse.h"

namespace awaitscope {

namespace {

// rustc's default `#![recursion_limit]` (rustc_session/src/session.rs, Limit 128).
constexpr int kRecursionLimit = 128;
// A macro that invokes itself twice per level stays within the recursion limit on every
// path and still doubles at each: rustc spends the time, the window must not. Past this
// many expansions (or bytes of them) in one file, invocations stay as written.
constexpr int kMaxExpansions = 4096;
constexpr uint32_t kMaxExpansionBytes = 64u << 20;
// The expansion is parsed as the body of a function (the wrapper answers the invocation's
// position and is never lowered).
constexpr std::string_view kOpen = "fn _m(){";
constexpr std::string_view kClose = "}";

std::vector<std::string> pathSegments(const SyntaxNode& path) {
    std::vector<std::string> segments;
    for (const TokenTree& t : lexTokens(path.text()))
        if (t.kind == TokenKind::Ident) segments.push_back(t.text);
    return segments;
}

bool isComment(const SyntaxNode& n) {
    return n.is(SyntaxKind::LineComment) || n.is(SyntaxKind::BlockComment);
}

// In expression position the expansion must be one expression (rustc parses an
// AstFragmentKind::Expr and rejects what follows it).
std::optional<SyntaxNode> oneExpression(const std::vector<SyntaxNode>& statements) {
    if (statements.size() != 1) return std::nullopt;
    SyntaxNode n = statements.front();
    if (n.is(SyntaxKind::ExpressionStatement)) {
        const auto inner = n.namedChildren();
        if (n.text().ends_with(";") || inner.size() != 1) return std::nullopt;
        n = inner.front();
    }
    if (n.is(SyntaxKind::LetDeclaration) || n.is(SyntaxKind::EmptyStatement)) return std::nullopt;
    return n;
}

} // namespace

BodyMacroExpander::BodyMacroExpander(const SyntaxNode& root, CrateMacros crateMacros, DescribedByHand describedByHand)
    : m_file(root.file()), m_crateMacros(std::move(crateMacros)), m_describedByHand(std::move(describedByHand)),
      m_nextBase(root.file() ? static_cast<uint32_t>(root.file()->text().size()) + 1 : 1), m_firstBase(m_nextBase) {
    if (root && root.file()->text().find("macro_rules") != std::string::npos) collectDefinitions(root);
}

BodyMacroExpander::~BodyMacroExpander() = default;

void BodyMacroExpander::collectDefinitions(const SyntaxNode& node) {
    for (const SyntaxNode& child : node.namedChildren()) {
        if (child.is(SyntaxKind::MacroDefinition)) {
            if (auto rules = MacroRules::parse(child.text())) m_definitions.emplace_back(child.startByte(), *rules);
        } else if (!child.is(SyntaxKind::TokenTree) && !isComment(child)) {
            collectDefinitions(child);
        }
    }
}

const BodyExpansion* BodyMacroExpander::expansionOf(const SyntaxNode& invocation) {
    const auto key = std::make_pair(invocation.file(), invocation.startByte());
    if (auto it = m_expansions.find(key); it != m_expansions.end())
        return it->second ? &it->second->expansion : nullptr;
    const ExpansionOrigin* origin = invocation.file()->origin();
    const bool exhausted = m_expansionCount >= kMaxExpansions || m_nextBase - m_firstBase > kMaxExpansionBytes;
    const MacroRules* rules = exhausted || (origin && origin->depth >= kRecursionLimit) ? nullptr : find(invocation);
    auto entry = rules ? expand(invocation, *rules) : nullptr;
    const BodyExpansion* out = entry ? &entry->expansion : nullptr;
    m_expansions.emplace(key, std::move(entry));
    return out;
}

// How rustc finds the macro a path names (rustc_resolve/src/macros.rs, resolve_macro_path,
// and ident.rs, early_resolve_ident_in_lexical_scope): one segment is the innermost
// macro_rules! of that name defined before the invocation, then the crate's textual scope
// and imports; `crate::name` / `$crate::name` a #[macro_export] macro of this crate; a
// longer path a dependency's exported macro.
const MacroRules* BodyMacroExpander::find(const SyntaxNode& invocation) const {
    const std::vector<std::string> segments = pathSegments(invocation.field(SyntaxField::Macro));
    if (segments.empty()) return nullptr;
    const std::string& name = segments.back();
    const bool local = segments.size() == 1 || segments.front() == "crate" || segments.front() == "self" ||
                       segments.front() == "super";
    if (local) {
        const auto at = invocation.file()->rangeIn(m_file, invocation.startByte(), invocation.endByte());
        const uint32_t before = segments.size() == 1 && at ? at->first : UINT32_MAX;
        if (const MacroRules* rules = findLocal(name, before)) return rules;
    }
    if (!m_crateMacros || (m_describedByHand && m_describedByHand(name))) return nullptr;
    return m_crateMacros(local ? std::vector<std::string>{name} : segments, invocation);
}

const MacroRules* BodyMacroExpander::findLocal(const std::string& name, uint32_t before) const {
    const MacroRules* found = nullptr;
    for (const auto& [start, rules] : m_definitions)
        if (start < before && rules.name() == name) found = &rules;
    return found;
}

bool BodyMacroExpander::inStatementPosition(const SyntaxNode& invocation) {
    const SyntaxNode parent = invocation.parent();
    if (parent.is(SyntaxKind::ExpressionStatement)) return true;
    if (!parent.is(SyntaxKind::Block)) return false;
    // Directly in a block: a statement, unless it is the block's tail expression.
    const auto children = parent.namedChildren();
    int last = static_cast<int>(children.size()) - 1;
    while (last >= 0 && isComment(children[last])) --last;
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    const bool braces = tokens && tokens.text().starts_with("{");
    return braces || last < 0 || !(children[last] == invocation);
}

std::unique_ptr<BodyMacroExpander::Entry> BodyMacroExpander::expand(const SyntaxNode& invocation,
                                                                    const MacroRules& rules) {
    const SyntaxNode tokens = invocation.childOfKind(SyntaxKind::TokenTree);
    if (!tokens) return nullptr;
    const TokenStream input = lexTokens(tokens.text(), static_cast<long>(tokens.startByte()));
    auto transcribed = input.size() == 1 ? rules.expand(input[0].children) : std::nullopt;
    if (!transcribed) return nullptr;
    ++m_expansionCount;
    separateMacroLocals(*transcribed, m_nextContext++);
    const SourceFile& parent = *invocation.file();
    ExpansionText text = writeExpansion(*transcribed, parent, invocation.range(), kOpen, kClose);
    ExpansionOrigin origin{m_nextBase,
                           std::move(text.positions),
                           &parent,
                           invocation.startByte(),
                           invocation.endByte(),
                           parent.origin() ? parent.origin()->depth + 1 : 1};
    m_nextBase += static_cast<uint32_t>(text.text.size()) + 1;
    auto entry = std::make_unique<Entry>();
    entry->text = std::make_shared<SourceFile>(parent.path(), text.text, std::move(origin));
    entry->tree = std::make_unique<PartialParse>(
        *entry->text, std::vector<PartialParse::Piece>{{entry->text->origin()->base, text.text}});
    const SyntaxNode root = entry->tree->root();
    const SyntaxNode fn = root && !root.hasError() ? root.childOfKind(SyntaxKind::FunctionItem) : SyntaxNode();
    const SyntaxNode body = fn ? fn.field(SyntaxField::Body) : SyntaxNode();
    if (!body) return nullptr;
    std::vector<SyntaxNode> statements;
    for (const SyntaxNode& n : body.namedChildren())
        if (!isComment(n)) statements.push_back(n);
    entry->expansion.statements = inStatementPosition(invocation);
    if (entry->expansion.statements) {
        entry->expansion.nodes = std::move(statements);
    } else if (auto expression = oneExpression(statements)) {
        entry->expansion.nodes = {*expression};
    } else {
        return nullptr;
    }
    return entry;
}

} // namespace awaitscope
