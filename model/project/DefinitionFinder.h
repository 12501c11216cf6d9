#pragma once
// Go to definition: the path under the cursor (`Counter`, `net::tcp::connect`,
// `Connection::open`) resolved the way the analysis resolves it, from the module the file
// is, through its crate's and dependencies' items, to the file and position of the item's
// name. A name the analysis did not resolve (a local, a field, a method of an unknown
// type) has no definition here.

#include "syntax/TextPosition.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

class CrateModel;

struct DefinitionSite {
    std::string path; // the file on disk
    TextPosition position;
    std::string item; // what was found, in words: "struct shapes::Handle"
};

/// The path expression around byte `offset` of `text`, as segments up to the one under
/// the cursor: `a::b::c` with the cursor on b gives {"a", "b"}. Empty if not on a name.
std::vector<std::string> pathAtOffset(const std::string& text, size_t offset);

/// The definition of the path at `offset`, `text` being module `modulePath` of `crate`.
std::optional<DefinitionSite> findDefinition(const CrateModel& crate, const std::string& modulePath,
                                             const std::string& text, size_t offset);

} // namespace awaitscope
