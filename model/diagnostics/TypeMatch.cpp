#include "diagnostics/TypeMatch.h"

#include <functional>

namespace awaitscope {

namespace {

bool anyPart(const TypePtr& type, const std::function<bool(const Type&)>& test) {
    if (!type) return false;
    if (test(*type)) return true;
    for (const TypePtr& arg : type->args)
        if (anyPart(arg, test)) return true;
    return false;
}

bool inModule(const std::string& path, std::string_view module) {
    return path.size() > module.size() + 2 && path.compare(0, module.size(), module) == 0 &&
           path.compare(module.size(), 2, "::") == 0 && path.find("::", module.size() + 2) == std::string::npos;
}

} // namespace

bool isAdt(const TypePtr& type, std::string_view path) {
    return type && type->kind == TypeKind::Adt && type->path == path;
}

bool isAdtOf(const TypePtr& type, std::string_view path, std::string_view primitive) {
    return isAdt(type, path) && type->args.size() == 1 && type->args[0] && type->args[0]->kind == TypeKind::Primitive &&
           type->args[0]->path == primitive;
}

bool containsAdt(const TypePtr& type, std::string_view path) {
    return anyPart(type, [&](const Type& t) { return t.kind == TypeKind::Adt && t.path == path; });
}

bool containsAdtIn(const TypePtr& type, std::string_view module) {
    return anyPart(type, [&](const Type& t) { return t.kind == TypeKind::Adt && inModule(t.path, module); });
}

} // namespace awaitscope
