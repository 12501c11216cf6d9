#pragma once
// Name resolution over an ItemIndex: a name in a module (its items and imports, then the
// extern crates, then std's prelude) and paths through modules, enums and re-exports.

#include "types/ItemIndex.h"

#include <string>
#include <vector>

namespace awaitscope {

enum class Namespace { Type, Value };

struct PathResolution {
    ItemRef item;
    size_t consumed = 0; // segments resolved; the rest name an associated item of `item`
};

class PathResolver {
  public:
    explicit PathResolver(const ItemIndex& index) : m_index(index) {}

    /// A single name as seen from inside `module`.
    ItemRef lookupName(const ModuleDef* module, const std::string& name, Namespace ns) const;
    /// A name inside a module, without the prelude fallback (`std::sync::Arc`'s `Arc`).
    static ItemRef member(const ModuleDef* module, const std::string& name, Namespace ns);
    /// As far as the path goes through modules and enums.
    PathResolution resolve(const ModuleDef* module, const std::vector<std::string>& segments, Namespace ns) const;
    /// The whole path must resolve; otherwise an empty ItemRef.
    ItemRef resolveFully(const ModuleDef* module, const std::vector<std::string>& segments, Namespace ns) const;
    const ModuleDef* externCrate(const std::string& name) const;

  private:
    ItemRef first(const ModuleDef* module, const std::string& name, Namespace ns) const;
    ItemRef canonical(const ItemRef& ref) const;
    const ItemIndex& m_index;
};

ItemRef moduleRef(const ModuleDef* module);

} // namespace awaitscope
