#pragma once
// A type's memory layout as rustc computes it on x86-64 (compiler/rustc_abi): size,
// alignment and its largest niche (invalid bit patterns an enum around it can use as its
// tag). Plain data shared by TypeLayout, StructLayouter and the coroutine layout.

#include <optional>
#include <vector>

namespace awaitscope {

using NicheCount = unsigned __int128; // rustc counts niche values in u128

struct Niche {
    long offset = 0;          // bytes from the start of the value
    int bytes = 0;            // size of the scalar holding it
    NicheCount available = 0; // how many invalid values it has (rustc's Niche::available)
};

struct Layout {
    long size = 0;
    long align = 1;
    std::optional<Niche> niche;
    // The prelude gave only size and align (#[awaitscope::layout]): whether and where the
    // type has a niche is not known, so what depends on it (an Option around it, the field
    // order of a struct holding it) is not known either.
    bool nicheKnown = true;
    // No value of the type exists (`!`, an enum without variants, a struct holding one):
    // an enum variant holding only such zero-sized fields takes no space and no
    // discriminant (rustc_abi layout.rs, layout_of_enum: `absent`).
    bool uninhabited = false;
};

/// A struct-like layout: the whole and each field's offset, in the fields' given order.
struct FieldsLayout {
    Layout layout;
    std::vector<long> offsets;
};

/// `#[awaitscope::layout(size = N, align = A)]` on a prelude item.
struct FixedLayout {
    long size = 0;
    long align = 1;
};

inline long roundUpTo(long size, long align) {
    return (size + align - 1) / align * align;
}

} // namespace awaitscope
