#pragma once
// What rustc's cfg-stripping removes from a parsed file before anything else looks at it
// (rustc_expand/src/config.rs, StripUnconfigured::configure, called from expand.rs's
// InvocationCollector on items, statements (let, expression, item and macro-invocation
// statements), match arms, struct-literal fields, parameters, and from filter_map_expr on
// the elements of arrays, tuples and call arguments): every node whose outer attributes,
// cfg_attr applied first, hold a false #[cfg] is gone. The removed text is blanked, its
// line breaks and byte offsets kept, so that the parse of the result has every other node
// at its place and every pass (futures, lowering, captures, inference) sees the code rustc
// compiles.

#include "project/CfgSet.h"
#include "syntax/SyntaxTree.h"

#include <optional>
#include <string>

namespace awaitscope {

class CfgStripper {
  public:
    /// The file's text with its unconfigured code blanked, or nullopt when nothing is
    /// removed (the tree can be used as it is).
    static std::optional<std::string> strip(const SyntaxTree& tree, const CfgSet& cfg);
    /// False when the text holds no attribute that could be a cfg (no cfg set needed).
    static bool mayStrip(const std::string& text) { return text.find("cfg") != std::string::npos; }
};

} // namespace awaitscope
