#include "types/TypeLayout.h"

#include "types/ItemIndex.h"
#include "types/StructLayouter.h"
#include "types/TraitQuery.h"
#include "types/TypeContext.h"
#include "types/TypeOps.h"

#include <cstdlib>
#include <map>

namespace awaitscope {

namespace {

constexpr long kPointer = 8;

// A scalar whose valid values are [0, validEnd] (or [1, max] for pointers).
Layout scalar(long bytes, NicheCount invalid) {
    Layout l{bytes, bytes, std::nullopt, true};
    if (invalid > 0) l.niche = Niche{0, static_cast<int>(bytes), invalid};
    return l;
}

NicheCount pow2(int bits) {
    return NicheCount(1) << bits;
}

std::optional<Layout> primitiveLayout(const std::string& name) {
    static const std::map<std::string, Layout> table = {
        {"bool", scalar(1, 254)}, {"char", scalar(4, pow2(32) - 0x110000)},
        {"i8", scalar(1, 0)},     {"u8", scalar(1, 0)},
        {"i16", scalar(2, 0)},    {"u16", scalar(2, 0)},
        {"i32", scalar(4, 0)},    {"u32", scalar(4, 0)},
        {"f32", scalar(4, 0)},    {"i64", scalar(8, 0)},
        {"u64", scalar(8, 0)},    {"f64", scalar(8, 0)},
        {"i128", scalar(16, 0)},  {"u128", scalar(16, 0)},
        {"isize", scalar(8, 0)},  {"usize", scalar(8, 0)},
    };
    const auto it = table.find(name);
    return it == table.end() ? std::nullopt : std::optional<Layout>(it->second);
}

// std's `#[rustc_layout_scalar_valid_range_start/end]` types, which the prelude spells as
// the plain integer or pointer inside: how many values each rules out.
std::optional<NicheCount> declaredInvalidValues(const std::string& path) {
    auto endsWith = [&](const std::string& tail) {
        return path.size() >= tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (path == "std::ptr::NonNull" || endsWith("::NonZero") || path.find("::NonZero") != std::string::npos)
        return NicheCount(1);                                    // never 0
    if (endsWith("::Cap")) return pow2(63);                      // RawVec capacity: 0..=isize::MAX (UsizeNoHighBit)
    if (endsWith("::Nanoseconds")) return pow2(32) - 1000000000; // 0..=999_999_999
    if (endsWith("::ValidRawFd")) return 1;                      // OwnedFd: 0..=0xFFFF_FFFE
    return std::nullopt;
}

} // namespace

// A struct whose last field is unsized is unsized too (rustc_middle ty/util.rs
// struct_tail_raw), so a reference to it carries the tail's length or vtable beside the
// address: `&Path` (a wrapper of OsStr, of [u8]) is as wide as `&[u8]`.
bool TypeLayout::isSized(const TypePtr& pointee, int depth) const {
    if (!pointee) return false;
    if (pointee->kind == TypeKind::Str || pointee->kind == TypeKind::Slice || pointee->kind == TypeKind::DynTrait)
        return false;
    if (pointee->kind != TypeKind::Adt || depth > 8) return true;
    const AdtDef* adt = m_types.traitQuery().index().adt(pointee->path);
    if (!adt || adt->kind != AdtKind::Struct || adt->fixedLayout || adt->fields.empty()) return true;
    const auto fields = m_types.fieldsOf(pointee);
    return fields.empty() || isSized(fields.back().second, depth + 1);
}

std::optional<Layout> TypeLayout::of(const TypePtr& type) const {
    std::set<std::string> inProgress;
    return of(type, inProgress);
}

std::optional<Layout> TypeLayout::of(const TypePtr& type, std::set<std::string>& inProgress) const {
    if (!type) return std::nullopt;
    switch (type->kind) {
    case TypeKind::Primitive: return primitiveLayout(type->path);
    case TypeKind::Never: return Layout{0, 1, std::nullopt, true, true};
    case TypeKind::Ref:
    case TypeKind::RawPtr: {
        const TypePtr& pointee = type->args.at(0);
        if (!pointee || pointee->kind == TypeKind::Unknown || pointee->kind == TypeKind::Param) return std::nullopt;
        // `&str`, `&[T]`, `&dyn Trait` carry a length or a vtable beside the address; a
        // reference is never null (a niche), a raw pointer may be.
        Layout l{isSized(pointee) ? kPointer : 2 * kPointer, kPointer, std::nullopt, true};
        if (type->kind == TypeKind::Ref) l.niche = Niche{0, kPointer, 1};
        return l;
    }
    case TypeKind::FnPtr: return Layout{kPointer, kPointer, Niche{0, kPointer, 1}, true};
    case TypeKind::Tuple:
    case TypeKind::Closure: return ofFields(type->args, inProgress);
    case TypeKind::Array: {
        const auto element = of(type->args.at(0), inProgress);
        char* end = nullptr;
        const long n = std::strtol(type->arrayLength.c_str(), &end, 10);
        if (!element || type->arrayLength.empty() || *end != '\0') return std::nullopt;
        Layout l{element->size * n, element->align, n > 0 ? element->niche : std::nullopt, element->nicheKnown};
        l.uninhabited = n > 0 && element->uninhabited;
        return l;
    }
    case TypeKind::Adt: return ofAdt(type, inProgress);
    case TypeKind::Future:
    case TypeKind::LibraryFuture: return ofFuture(type);
    default: return std::nullopt; // unknown, generic, dyn, impl Trait: not here
    }
}

std::optional<Layout> TypeLayout::ofFuture(const TypePtr& type) const {
    if (type->kind == TypeKind::LibraryFuture) {
        if (!type->libraryLayout) return m_futures ? m_futures(*type) : std::nullopt; // from its body, if known
        // A coroutine has no niche (rustc_abi layout/coroutine.rs: largest_niche: None).
        return Layout{type->libraryLayout->size, type->libraryLayout->align, std::nullopt, true};
    }
    return m_futures ? m_futures(*type) : std::nullopt;
}

std::optional<Layout> TypeLayout::ofFields(const std::vector<TypePtr>& fields,
                                           std::set<std::string>& inProgress) const {
    std::vector<Layout> layouts;
    for (const TypePtr& f : fields) {
        const auto l = of(f, inProgress);
        if (!l) return std::nullopt;
        layouts.push_back(*l);
    }
    return StructLayouter::univariant(layouts).layout;
}

std::optional<Layout> TypeLayout::ofAdt(const TypePtr& type, std::set<std::string>& inProgress) const {
    const AdtDef* adt = m_types.traitQuery().index().adt(type->path);
    if (adt && adt->fixedLayout) return Layout{adt->fixedLayout->size, adt->fixedLayout->align, std::nullopt, false};
    std::string key = typeKey(type);
    if (auto known = knownAdtLayout(key)) return known;
    if (!adt || !inProgress.insert(key).second) return std::nullopt; // unknown, or recursive
    std::optional<Layout> out;
    if (adt->kind == AdtKind::Struct)
        out = ofStruct(type, inProgress);
    else if (adt->kind == AdtKind::Enum)
        out = ofEnum(type, inProgress);
    inProgress.erase(key);
    // A layout that was found depends on the type alone: a cycle or a future still in
    // progress only ever makes the answer unknown, which is not kept. (containsFuture: a
    // future's layout is more than its key says.)
    if (out && !containsFuture(type)) {
        const std::lock_guard lock(m_adtMutex);
        m_adtLayouts.emplace(std::move(key), *out);
    }
    return out;
}

std::optional<Layout> TypeLayout::knownAdtLayout(const std::string& key) const {
    const std::lock_guard lock(m_adtMutex);
    const auto it = m_adtLayouts.find(key);
    return it == m_adtLayouts.end() ? std::nullopt : std::optional<Layout>(it->second);
}

std::optional<Layout> TypeLayout::ofStruct(const TypePtr& type, std::set<std::string>& inProgress) const {
    std::vector<TypePtr> types;
    for (const auto& [name, t] : m_types.fieldsOf(type)) types.push_back(t);
    auto out = ofFields(types, inProgress);
    if (!out) return out;
    // UnsafeCell hides its content's niches (layout_of_struct_or_enum, is_unsafe_cell).
    if (type->path == "std::cell::UnsafeCell") out->niche.reset();
    if (const auto invalid = declaredInvalidValues(type->path))
        out->niche = Niche{0, static_cast<int>(type->path == "std::ptr::NonNull" ? kPointer : out->size), *invalid};
    return out;
}

std::optional<Layout> TypeLayout::ofEnum(const TypePtr& type, std::set<std::string>& inProgress) const {
    const AdtDef* adt = m_types.traitQuery().index().adt(type->path);
    const auto fields = m_types.fieldsOf(type); // "Variant.field", variant by variant
    std::vector<std::vector<Layout>> variants;
    size_t next = 0;
    for (const VariantDef& v : adt->variants) {
        std::vector<Layout> layouts;
        for (size_t i = 0; i < v.fields.size(); ++i, ++next) {
            const auto l = next < fields.size() ? of(fields[next].second, inProgress) : std::nullopt;
            if (!l) return std::nullopt;
            layouts.push_back(*l);
        }
        variants.push_back(std::move(layouts));
    }
    return StructLayouter::enumLayout(variants);
}

} // namespace awaitscope
