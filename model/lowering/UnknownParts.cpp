#include "lowering/UnknownParts.h"

namespace awaitscope {

TypePtr unknownPartsAsParams(const TypePtr& type, std::vector<std::string>& params, std::vector<TypePtr>& replaced) {
    if (!type || type->kind == TypeKind::Unknown) {
        params.push_back("?" + std::to_string(params.size()));
        replaced.push_back(type);
        return paramType(params.back());
    }
    if (!containsUnknown(type)) return type;
    auto open = std::make_shared<Type>(*type);
    for (TypePtr& a : open->args) a = unknownPartsAsParams(a, params, replaced);
    return open;
}

} // namespace awaitscope
