#pragma once
// The Rust grammar (tree-sitter-rust 0.23.3, ABI 14), compiled as C from the npm package.

#include <tree_sitter/api.h>

extern "C" const TSLanguage* tree_sitter_rust(void);

namespace awaitscope {
inline const TSLanguage* rustLanguage() {
    return tree_sitter_rust();
}
} // namespace awaitscope
