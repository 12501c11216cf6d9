#pragma once
// How a value of a type is laid out, as rustc 1.95 lays it out on x86-64: primitives,
// thin and wide pointers, tuples, arrays, structs and enums from their declared fields
// (StructLayouter has rustc's reordering and niche rules), closures from their captures,
// the scalar niches std declares with `rustc_layout_scalar_valid_range_*` (NonNull, the
// NonZero integers, a Vec's capacity, Duration's nanoseconds), and library types the
// prelude gives a size with `#[awaitscope::layout(size = N, align = A)]`. The futures of
// the analysed file come from a callback (their layout is a coroutine's, see
// lowering/CoroutineLayout.h). Everything else - generic parameters, unknown types, dyn -
// has no layout here rather than a guessed one.

#include "types/Layout.h"
#include "types/Type.h"

#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace awaitscope {

class TypeContext;

class TypeLayout {
  public:
    using FutureLayouts = std::function<std::optional<Layout>(const Type& future)>;

    explicit TypeLayout(const TypeContext& types, FutureLayouts futures = {})
        : m_types(types), m_futures(std::move(futures)) {}
    std::optional<Layout> of(const TypePtr& type) const;

  private:
    bool isSized(const TypePtr& pointee, int depth = 0) const;
    std::optional<Layout> of(const TypePtr& type, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofAdt(const TypePtr& type, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofStruct(const TypePtr& type, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofEnum(const TypePtr& type, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofFields(const std::vector<TypePtr>& fields, std::set<std::string>& inProgress) const;
    std::optional<Layout> ofFuture(const TypePtr& type) const;
    std::optional<Layout> knownAdtLayout(const std::string& key) const;

    const TypeContext& m_types;
    FutureLayouts m_futures;
    // The layouts of ADT instances found so far, by typeKey: a saved value's layout is asked
    // for field by field, state by state, and the same `String` or `MutexGuard<'_, T>` was
    // laid out again from its fields each time. Only layouts that were found are kept: one
    // cut short by a recursive type or by a future still being laid out is not final.
    mutable std::mutex m_adtMutex;
    mutable std::unordered_map<std::string, Layout> m_adtLayouts;
};

} // namespace awaitscope
