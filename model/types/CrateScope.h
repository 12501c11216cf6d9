#pragma once
// Where the analysed file sits when it is part of a crate: the crate's items (every other
// file, as an index layered on the prelude), the expansion that applies cfg and item
// macros, and the module the file is ("net::tcp").

#include <memory>
#include <string>

namespace awaitscope {

class ItemIndex;
class ItemExpansion;

struct CrateScope {
    std::shared_ptr<const ItemIndex> crateIndex; // the crate's items (this file's copy on disk included)
    const ItemExpansion* expansion = nullptr;    // the analysed file's tree, cfg and macros applied
    std::string modulePath;                      // "" for the crate root
    std::string diskPath;                        // the crate's name for this file (its copy is hidden)
    std::string crateName;                       // a dependency's file: its crate, which starts modulePath
};

} // namespace awaitscope
