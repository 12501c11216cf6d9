#pragma once
// How many bytes a value of a type takes, as rustc lays it out on x86-64, for the types
// whose layout follows from what the prelude declares: primitives, pointers (thin or
// wide), tuples and arrays, structs (rustc orders fields by alignment, so a struct is the
// sum of its fields rounded up to its alignment), fieldless enums, and `Option<T>` (which
// costs nothing extra when `T` has a niche: a reference, a `Box`, a `NonNull`, a `bool`,
// a `Vec`'s capacity...). Everything else - other enums, closures, futures, unknown
// types - has no layout here rather than a guessed one.

#include "types/Type.h"

#include <optional>
#include <set>
#include <string>

namespace awaitscope {

class TypeContext;

struct Layout {
    long size = 0;
    long align = 1;
    bool hasNiche = false; // some bit pattern is invalid, so `Option<Self>` needs no tag
};

class TypeLayout {
public:
    explicit TypeLayout(const TypeContext& types) : m_types(types) {}
    std::optional<Layout> of(const TypePtr& type) const;

private:
    std::optional<Layout> ofAdt(const TypePtr& type, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofStruct(const std::vector<TypePtr>& fields, std::set<std::string>& inProgress) const;
    std::optional<Layout> of(const TypePtr& type, std::set<std::string>& inProgress) const;

    const TypeContext& m_types;
};

} // namespace awaitscope
