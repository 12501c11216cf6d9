#pragma once
// A crate that the prelude describes by hand (tokio, futures, parking_lot, lock_api) and
// whose real sources were also read, as a dependency of a Cargo project: the prelude's
// description is checked against rustc's layouts and verdicts, the real sources hold
// everything the description leaves out (tokio::net, tokio::fs, tokio::process, ...).
// overlayPrelude lays the prelude's names over the real crate's modules, so a path
// finds the prelude's item where the prelude has one and the real item otherwise.

#include "types/ItemIndex.h"

#include <string>

namespace awaitscope {

/// Puts the prelude's (the index's base's) names of `crate` into the modules of the same
/// path that the index itself holds for that crate. Call it after the crate's items are
/// collected and before imports are resolved: an import never displaces a name already
/// bound (UseResolver::bind), so the crate's own `pub use` lines keep the prelude's items.
/// A module both sides have is merged name by name; a prelude module the sources lack
/// is linked in whole. Returns how many names were laid over.
int overlayPrelude(ItemIndex& index, const std::string& crate);

} // namespace awaitscope
