#include "compiler/RustcLayout.h"

namespace awaitscope {

std::string RustcField::bindingName() const {
    if (isTemporary() || name.empty()) return "";
    return name[0] == '.' ? name.substr(1) : name;
}

std::vector<std::string> RustcVariant::localNames() const {
    std::vector<std::string> names;
    for (const RustcField& f : fields)
        if (f.kind == "local" && !f.isAwaitee() && !f.isTemporary()) names.push_back(f.bindingName());
    return names;
}

// A drop flag is the `bool` rustc saves beside a local whose drop is conditional
// (rustc_mir_transform/src/elaborate_drops.rs); it is not a value of the program.
int RustcVariant::temporaryCount() const {
    int n = 0;
    for (const RustcField& f : fields)
        if (f.kind == "local" && f.isTemporary() && f.type != "bool") ++n;
    return n;
}

int RustcVariant::dropFlagCount() const {
    int n = 0;
    for (const RustcField& f : fields)
        if (f.kind == "local" && f.isTemporary() && f.type == "bool") ++n;
    return n;
}

const RustcField* RustcVariant::awaitee() const {
    for (const RustcField& f : fields)
        if (f.isAwaitee()) return &f;
    return nullptr;
}

const RustcVariant* RustcLayout::variant(const std::string& name) const {
    for (const RustcVariant& v : variants)
        if (v.name == name) return &v;
    return nullptr;
}

} // namespace awaitscope
