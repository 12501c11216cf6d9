#include "Type.h"

namespace awaitscope {

TypePtr unknownType() {
    static const TypePtr unknown = std::make_shared<Type>();
    return unknown;
}

TypePtr primitiveType(const std::string& name) {
    auto t = std::make_shared<Type>();
    t->kind = name == "str" ? TypeKind::Str : name == "!" ? TypeKind::Never : TypeKind::Primitive;
    t->path = name;
    return t;
}

TypePtr unitType() {
    return tupleType({});
}

TypePtr adtType(const std::string& path, std::vector<TypePtr> args, std::vector<std::string> lifetimes) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Adt;
    t->path = path;
    t->args = std::move(args);
    t->lifetimes = std::move(lifetimes);
    return t;
}

TypePtr refType(TypePtr inner, bool isMut, const std::string& lifetime) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Ref;
    t->args = {std::move(inner)};
    t->isMut = isMut;
    if (!lifetime.empty() && lifetime != "'_") t->lifetimes = {lifetime};
    return t;
}

TypePtr tupleType(std::vector<TypePtr> elements) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Tuple;
    t->args = std::move(elements);
    return t;
}

TypePtr paramType(const std::string& name) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Param;
    t->path = name;
    return t;
}

bool isUnknown(const TypePtr& t) {
    return !t || t->kind == TypeKind::Unknown;
}

bool containsUnknown(const TypePtr& t) {
    if (isUnknown(t)) return true;
    for (const auto& a : t->args)
        if (containsUnknown(a)) return true;
    for (const auto& b : t->bounds)
        for (const auto& a : b.args)
            if (containsUnknown(a)) return true;
    return false;
}

} // namespace awaitscope
