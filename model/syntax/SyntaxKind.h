#pragma once
// The grammar's node types and field names as enumerators, in the spirit of rust-analyzer's
// SyntaxKind: passes compare integers, and only model/syntax knows the grammar's strings.
// The list is generated (scripts/gen-syntax-kinds); the mapping to the loaded grammar's
// symbol and field ids is built once per process, so an alias or a renamed node of a new
// grammar version shows in SyntaxKindsTest, not as a silently false comparison.

#include <cstdint>

namespace awaitscope {

enum class SyntaxKind : uint16_t {
    Unknown, // a symbol with no enumerator: hidden rules, tree-sitter's own symbols
#define SYNTAX_KIND(enumerator, name) enumerator,
#include "SyntaxKinds.def"
#undef SYNTAX_KIND
    Count
};

enum class SyntaxField : uint8_t {
#define SYNTAX_FIELD(enumerator, name) enumerator,
#include "SyntaxKinds.def"
#undef SYNTAX_FIELD
    Count
};

/// The kind of a grammar symbol (ts_node_symbol), aliases included.
SyntaxKind syntaxKindOfSymbol(uint16_t symbol);
/// A kind whose grammar name ends in `_item`: the declarations (`function_item`,
/// `impl_item`, ...) and the attributes (`attribute_item`, `inner_attribute_item`).
bool isItemKind(SyntaxKind kind);
/// The grammar's field id, 0 when the loaded grammar has no such field.
uint16_t syntaxFieldId(SyntaxField field);

} // namespace awaitscope
