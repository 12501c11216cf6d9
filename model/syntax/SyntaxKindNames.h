#pragma once
// The grammar's own strings for the enumerators of SyntaxKind.h. Only model/syntax includes
// this header (debug dumps, highlighting, parse messages); every other layer compares
// enumerators, and tests/model/GrammarStringsTest fails on a node-type string outside.

#include "SyntaxKind.h"

#include <string_view>

namespace awaitscope {

std::string_view syntaxKindName(SyntaxKind kind);
std::string_view syntaxFieldName(SyntaxField field);

} // namespace awaitscope
