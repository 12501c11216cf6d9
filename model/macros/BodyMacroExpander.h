#pragma once
// Expands macro_rules! invocations inside bodies (expression and statement position) and
// parses what they expand to, so that a body is lowered from the code rustc compiles
// (rustc_expand/src/expand.rs, `fully_expand_fragment`). Each expansion is a text of its
// own (macros/ExpansionText.h) laid past the end of the file, parsed into a tree kept alive
// with this object; its nodes answer positions in the user's file. An invocation inside an
// expansion is expanded when it is reached, one level deeper, up to rustc's default
// `recursion_limit` (128). An invocation no visible macro_rules! matches, whose expansion
// does not parse, or that is too deep stays as written: "unknown", never a guess.

#include "macros/MacroRules.h"
#include "syntax/BodyMacroExpansion.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace awaitscope {

class PartialParse;

class BodyMacroExpander : public BodyMacroExpansion {
  public:
    /// The macro a path names outside the file (`name` in the crate's textual scope or
    /// imports, `dep::name` a dependency's #[macro_export]), written at `invocation` (whose
    /// enclosing blocks may import it); null when none is known.
    using CrateMacros =
        std::function<const MacroRules*(const std::vector<std::string>& segments, const SyntaxNode& invocation)>;
    /// Macros of other crates that the lowering describes by hand (tokio's join!/select!,
    /// whose real expansion needs procedural helpers or reproduces rustc less well): an
    /// invocation resolving to one of these outside the file stays as written.
    using DescribedByHand = std::function<bool(const std::string& name)>;

    /// `root`: the file's tree, whose macro_rules! definitions (anywhere in it) are visible
    /// after them in textual order.
    BodyMacroExpander(const SyntaxNode& root, CrateMacros crateMacros = {}, DescribedByHand describedByHand = {});
    ~BodyMacroExpander() override;

    const BodyExpansion* expansionOf(const SyntaxNode& invocation) override;

  private:
    struct Entry {
        std::shared_ptr<SourceFile> text;
        std::unique_ptr<PartialParse> tree;
        BodyExpansion expansion;
    };

    void collectDefinitions(const SyntaxNode& node);
    const MacroRules* find(const SyntaxNode& invocation) const;
    const MacroRules* findLocal(const std::string& name, uint32_t before) const;
    std::unique_ptr<Entry> expand(const SyntaxNode& invocation, const MacroRules& rules);
    static bool inStatementPosition(const SyntaxNode& invocation);

    const SourceFile* m_file;
    CrateMacros m_crateMacros;
    DescribedByHand m_describedByHand;
    std::vector<std::pair<uint32_t, MacroRules>> m_definitions; // the file's, by start byte
    std::map<std::pair<const SourceFile*, uint32_t>, std::unique_ptr<Entry>> m_expansions;
    uint32_t m_nextBase;
    uint32_t m_firstBase;
    int m_nextContext = 1;
    int m_expansionCount = 0;
};

} // namespace awaitscope
