#pragma once
// Macro arguments as expressions.
//
// tree-sitter leaves a macro's input as a flat token tree, so `println!("{}", f().await)`
// hides an await from any walk over expressions. Expression-like macros (format!, vec!,
// assert!, write!, tokio::join! ...) are re-parsed from their own text, once: the
// invocation's `!` becomes a space (`println ("{}", f().await)` is a call) and it is
// wrapped in a function, parsed at its own byte offsets with the rest of the file left
// out (PartialParse), so every node of the re-parse has the same line, column and text as
// in the real file, and the cost is the invocation's length, not the file's.

#include "BodyMacroExpansion.h"
#include "SyntaxNode.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace awaitscope {

class PartialParse;

class MacroArguments {
  public:
    explicit MacroArguments(const SourceFile& file);
    ~MacroArguments();

    /// Where invocations of macro_rules! macros find their expansions (none by default).
    void setExpansions(BodyMacroExpansion* expansions) { m_expansions = expansions; }
    /// The file whose invocations this parses.
    const SourceFile& file() const { return m_file; }
    /// The invocation's parsed macro_rules! expansion, or null (see BodyMacroExpansion).
    const BodyExpansion* expansionOf(const SyntaxNode& macroInvocation);

    /// The macro's arguments as expression nodes; empty when they are not expressions
    /// (e.g. `tokio::select! { ... }`, `macro_rules!`), or for a non-macro node. For an
    /// invocation with an expansion, the expansion's nodes: what the code rustc compiles
    /// holds in its place.
    std::vector<SyntaxNode> argumentsOf(const SyntaxNode& macroInvocation);

    /// One branch of `tokio::select! { pattern = future [, if cond] => handler, ... }`.
    struct SelectBranch {
        SyntaxNode pattern;      // what the future's output is matched against; null for `else`
        SyntaxNode future;       // null for the `else` branch
        SyntaxNode precondition; // tokio's `pattern = future, if precondition => handler`
        SyntaxNode handler;
        std::string keyword; // a branch without a future: `else` (tokio), `complete`, `default` (futures)
    };
    std::vector<SelectBranch> selectBranches(const SyntaxNode& macroInvocation);
    /// tokio's `select!`, futures' `select!` / `select_biased!`: `pattern = future => handler`.
    static bool isSelectMacro(std::string_view name) {
        return name == "select" || name == "try_select" || name == "select_biased";
    }

    /// The `let` statements written as a macro's `{ .. }` input (`tokio::pin! { let x = f(); }`),
    /// at their own bytes; empty when the input is anything else.
    std::vector<SyntaxNode> letStatementsOf(const SyntaxNode& macroInvocation);

    /// The last path segment of a macro invocation's name: `tokio::join!` -> "join".
    static std::string_view macroName(const SyntaxNode& macroInvocation);

  private:
    /// The arguments, parsed into `tree` (which holds them).
    std::vector<SyntaxNode> parse(const SyntaxNode& macroInvocation, std::unique_ptr<PartialParse>& tree);
    std::vector<SyntaxNode> parseLetStatements(const SyntaxNode& macroInvocation);
    std::vector<SelectBranch> parseSelectBranches(const SyntaxNode& macroInvocation);
    /// Re-parses bytes [start, end) of the file as one expression.
    SyntaxNode parseExpression(uint32_t start, uint32_t end);
    /// The pattern of `pattern = expression` at bytes [start, end), parsed as a `let`.
    SyntaxNode parseLetPattern(uint32_t start, uint32_t end);
    /// Parses `text` placed at byte `start` of `file`, wrapped in a function; kept alive
    /// with the nodes.
    const PartialParse& parsePieces(const SourceFile& file, uint32_t start, std::string text);
    /// The same parse, kept by the caller (parsePieces keeps it here, under the lock).
    static std::unique_ptr<PartialParse> wrappedParse(const SourceFile& file, uint32_t start, std::string text);

    const SourceFile& m_file;
    BodyMacroExpansion* m_expansions = nullptr;
    // The bodies of a file lower on several threads (FileLowering): each question takes
    // the lock, the expansion's too (recursive: argumentsOf asks expansionOf).
    std::recursive_mutex m_mutex;
    // By the invocation's first byte: asked again, an invocation answers the same nodes, so a
    // HIR built from them (hir::BodySourceMap) finds them.
    std::map<uint32_t, std::vector<SyntaxNode>> m_cache, m_letCache;
    std::map<uint32_t, std::vector<SelectBranch>> m_selectCache;
    std::vector<std::unique_ptr<PartialParse>> m_trees;
};

} // namespace awaitscope
