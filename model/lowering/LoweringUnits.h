#pragma once
// The pieces of a file whose lowering can be kept from one analysis to the next (the
// window's, after a keystroke): each fn item with a body is one unit, lowered with every
// async block and closure inside it (an enclosing body decides what they capture).
//
// What a unit's lowering reads besides its own text is the rest of the file: the items
// and signatures it resolves names against, the futures' numbering and names. All of that
// goes into the skeleton: the file's text with the units' bodies left out (each replaced
// by the number of futures it holds), the futures' names, kinds and positions, the edition
// and the crates the type printer names. Equal skeletons and an equal unit text at the
// same position give the same lowering. A fn is not a unit (its text stays in the
// skeleton) where another body can see into it:
//   - it returns `impl Trait`: auto traits leak through an opaque type, so a caller's
//     verdicts depend on the hidden type's body (TypeContext's opaqueFnReturning);
//   - its body declares an item seen outside the block (an impl, a trait, a module, a
//     macro_rules); a nested fn, struct, `use`... belong to the body (block-scoped);
//   - the file does not parse cleanly: the tree's shape around an error depends on more
//     than the unit's text.

#include "data/Snapshot.h"
#include "hir/AsyncItem.h"
#include "syntax/SyntaxTree.h"

#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

struct LoweringUnit {
    uint32_t startByte = 0;
    uint32_t endByte = 0;
    TextPosition start;
    std::string_view text; // the whole fn item: its signature and its body
    int firstFuture = 0;   // its futures are items [firstFuture, firstFuture + futureCount)
    int futureCount = 0;
};

class LoweringUnits {
  public:
    LoweringUnits(const SyntaxTree& tree, const std::vector<AsyncItem>& items, Edition edition);

    /// False when nothing may be kept (the file does not parse cleanly).
    bool usable() const { return !m_skeleton.empty(); }
    const std::vector<LoweringUnit>& units() const { return m_units; }
    /// Everything outside the units that a unit's lowering may read (see above).
    const std::string& skeleton() const { return m_skeleton; }
    /// The first byte of every fn item of the file, in order: with equal skeletons (which
    /// count the fns inside each unit) the n-th fn of one text is the n-th of the other (a
    /// call records where its callee is).
    const std::vector<uint32_t>& fnStarts() const { return m_fnStarts; }

  private:
    struct Found {
        std::vector<SyntaxNode> outermostFns; // fn items with a body, not inside another fn
        std::vector<uint32_t> itemStarts;     // every item seen outside its block (isSeenOutsideItsBlock)
    };
    Found walk(const SyntaxTree& tree);
    bool isUnit(const SyntaxNode& fn, const std::vector<uint32_t>& itemStarts) const;
    void addUnit(const SyntaxNode& fn, const std::vector<AsyncItem>& items);
    void buildSkeleton(const SyntaxTree& tree, const std::vector<AsyncItem>& items, Edition edition);

    std::vector<LoweringUnit> m_units;
    std::vector<uint32_t> m_bodyStarts; // each unit's body block, for the skeleton
    std::vector<uint32_t> m_bodyEnds;
    std::vector<uint32_t> m_fnStarts;
    std::string m_skeleton;
};

} // namespace awaitscope
