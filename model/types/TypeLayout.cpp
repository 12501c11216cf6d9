#include "types/TypeLayout.h"

#include "types/ItemIndex.h"
#include "types/TraitQuery.h"
#include "types/TypeContext.h"
#include "types/TypeOps.h"

#include <algorithm>
#include <map>

namespace awaitscope {

namespace {

constexpr long kPointer = 8;

long roundUp(long size, long align) { return (size + align - 1) / align * align; }

std::optional<Layout> primitiveLayout(const std::string& name) {
    static const std::map<std::string, Layout> table = {
        {"bool", {1, 1, true}},  {"char", {4, 4, true}},   {"i8", {1, 1}},     {"u8", {1, 1}},
        {"i16", {2, 2}},         {"u16", {2, 2}},          {"i32", {4, 4}},    {"u32", {4, 4}},
        {"f32", {4, 4}},         {"i64", {8, 8}},          {"u64", {8, 8}},    {"f64", {8, 8}},
        {"i128", {16, 16}},      {"u128", {16, 16}},       {"isize", {8, 8}},  {"usize", {8, 8}},
    };
    const auto it = table.find(name);
    return it == table.end() ? std::nullopt : std::optional<Layout>(it->second);
}

// std types whose only field is a plain integer with a reserved range (a niche) rustc
// knows about but the prelude spells as that integer.
bool reservesANiche(const std::string& path) {
    return path.size() >= 5 && path.compare(path.size() - 5, 5, "::Cap") == 0; // RawVec's capacity <= isize::MAX
}

bool isSized(const TypePtr& pointee) {
    return pointee && pointee->kind != TypeKind::Str && pointee->kind != TypeKind::Slice &&
           pointee->kind != TypeKind::DynTrait;
}

} // namespace

std::optional<Layout> TypeLayout::of(const TypePtr& type) const {
    std::set<std::string> inProgress;
    return of(type, inProgress);
}

std::optional<Layout> TypeLayout::of(const TypePtr& type, std::set<std::string>& inProgress) const {
    if (!type) return std::nullopt;
    switch (type->kind) {
    case TypeKind::Primitive: return primitiveLayout(type->path);
    case TypeKind::Never: return Layout{0, 1};
    case TypeKind::Ref: case TypeKind::RawPtr: {
        const TypePtr& pointee = type->args.at(0);
        if (!pointee || pointee->kind == TypeKind::Unknown || pointee->kind == TypeKind::Param) return std::nullopt;
        // `&str`, `&[T]`, `&dyn Trait` carry a length or a vtable beside the address.
        return Layout{isSized(pointee) ? kPointer : 2 * kPointer, kPointer, type->kind == TypeKind::Ref};
    }
    case TypeKind::FnPtr: return Layout{kPointer, kPointer, true};
    case TypeKind::Tuple: return ofStruct(type->args, inProgress);
    case TypeKind::Array: {
        const auto element = of(type->args.at(0), inProgress);
        char* end = nullptr;
        const long n = std::strtol(type->arrayLength.c_str(), &end, 10);
        if (!element || type->arrayLength.empty() || *end != '\0') return std::nullopt;
        return Layout{element->size * n, element->align, n > 0 && element->hasNiche};
    }
    case TypeKind::Adt: return ofAdt(type, inProgress);
    default: return std::nullopt; // unknown, generic, dyn, closures, futures: not here
    }
}

std::optional<Layout> TypeLayout::ofStruct(const std::vector<TypePtr>& fields, std::set<std::string>& inProgress) const {
    Layout out{0, 1, false};
    for (const TypePtr& f : fields) {
        const auto field = of(f, inProgress);
        if (!field) return std::nullopt;
        // Fields sorted by alignment, largest first, leave no gaps: the sizes just add up.
        out.size += field->size;
        out.align = std::max(out.align, field->align);
        out.hasNiche = out.hasNiche || field->hasNiche;
    }
    out.size = roundUp(out.size, out.align);
    return out;
}

std::optional<Layout> TypeLayout::ofAdt(const TypePtr& type, std::set<std::string>& inProgress) const {
    const AdtDef* adt = m_types.traitQuery().index().adt(type->path);
    const std::string key = typeKey(type);
    if (!adt || !inProgress.insert(key).second) return std::nullopt; // unknown, or recursive
    std::optional<Layout> out;
    const auto fields = m_types.fieldsOf(type);
    if (adt->kind == AdtKind::Struct) {
        std::vector<TypePtr> types;
        for (const auto& [name, t] : fields) types.push_back(t);
        out = ofStruct(types, inProgress);
        if (out && reservesANiche(type->path)) out->hasNiche = true;
    } else if (adt->kind == AdtKind::Enum && type->path == "std::option::Option" && type->args.size() == 1) {
        if (const auto inner = of(type->args[0], inProgress))
            out = inner->hasNiche ? Layout{inner->size, inner->align, false}
                                  : Layout{roundUp(inner->size + inner->align, inner->align), inner->align, true};
    } else if (adt->kind == AdtKind::Enum && fields.empty() && !adt->variants.empty() && adt->variants.size() <= 256) {
        out = Layout{adt->variants.size() > 1 ? 1 : 0, 1, adt->variants.size() < 256};
    }
    inProgress.erase(key);
    return out;
}

} // namespace awaitscope
