#pragma once
// Second step of building an ItemIndex: binds every `use` (imports, `pub use` re-exports,
// globs) into its module's name tables. Imports may depend on each other across modules
// and crates, so it repeats until nothing changes.

#include "types/PathResolver.h"

namespace awaitscope {

class UseResolver {
  public:
    explicit UseResolver(ItemIndex& index) : m_index(index), m_resolver(index) {}
    void resolveAll();

  private:
    bool resolveUse(ModuleDef* module, const UseDecl& use);
    bool importGlob(ModuleDef* module, const UseDecl& use);
    static bool bind(ModuleDef* module, const std::string& name, const ItemRef& ref, Namespace ns, const UseDecl& use);

    ItemIndex& m_index;
    PathResolver m_resolver;
};

} // namespace awaitscope
