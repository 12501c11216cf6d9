#pragma once
// The prelude's Rust sources, embedded at build time (see prelude_embed.cmake).

#include <string_view>
#include <vector>

namespace awaitscope {

struct PreludeSource {
    std::string_view crate; // "std", "tokio", "lock_api", "parking_lot", "futures"
    std::string_view text;
};

const std::vector<PreludeSource>& preludeSources();

} // namespace awaitscope
