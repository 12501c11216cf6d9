#pragma once
// Prints types the way rustc's diagnostics do (rustc 1.95):
// * a name is trimmed to its last segment when no other public item of the loaded crates
//   has that simple name (`RefMut<'_, i64>`, `Rc<u32>`, `HashMap<String, i64>`);
// * otherwise it is printed by its shortest public path (`std::sync::MutexGuard<'_, u64>`,
//   `parking_lot::lock_api::MutexGuard<'_, parking_lot::RawMutex, u64>`);
// * which crates are loaded depends on the file: rustc loads tokio, parking_lot or futures
//   only when the file names them, and their names then compete with std's;
// * default type arguments are left out; `dyn` types with a lifetime bound get parentheses.

#include "types/ItemIndex.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace awaitscope {

/// The public names of a set of crates: shortest visible path and owners of each name.
struct VisibleNames {
    std::map<std::string, std::string> visiblePath;      // canonical -> shortest public path
    std::map<std::string, std::set<std::string>> owners; // simple name -> canonical items
};

class TypePrinter {
  public:
    /// `crates`: the extern crates the file uses ("tokio", "parking_lot", "futures").
    TypePrinter(const ItemIndex& index, std::set<std::string> crates);

    std::string print(const TypePtr& type) const;
    std::string printBound(const TraitBound& bound) const;
    /// How an item with this canonical path is named in a diagnostic.
    std::string itemName(const std::string& canonical) const;

    /// The shortest public path of a std item (`std::collections::HashMap`), or nothing
    /// when the item is not reachable through std's public modules.
    std::optional<std::string> stdPath(const std::string& canonical) const;
    /// An ADT's type arguments as written: trailing ones equal to their default left out.
    std::vector<TypePtr> writtenArgs(const Type& adt) const;

    /// The crates a source text refers to, as rustc would load them.
    static std::set<std::string> cratesUsedBy(const std::string& text);

  private:
    void printTo(std::string& out, const TypePtr& type) const;
    void printArgsTo(std::string& out, const std::vector<std::string>& lifetimes,
                     const std::vector<TypePtr>& args) const;
    std::string printBounds(const Type& t) const;
    std::string printList(const std::vector<TypePtr>& types) const;
    void printListTo(std::string& out, const std::vector<TypePtr>& types) const;

    const ItemIndex& m_index;
    std::set<std::string> m_crates;
    std::shared_ptr<const VisibleNames> m_names;
    std::set<std::string> m_localNames; // names the analysed file defines itself
};

} // namespace awaitscope
