#pragma once
// What the editor's tooltip says at a position: the diagnostics and syntax errors there,
// and for a binding its type, Send/Sync and the states that save it (and why).
// Plain functions of the Snapshot, so they are tested without a mouse.

#include "data/Snapshot.h"

#include <QString>

namespace awaitscope {

/// Rich text, or empty when there is nothing to say. `word` is the identifier under the
/// mouse (empty if none).
QString hoverText(const Snapshot& snapshot, TextPosition position, const QString& word);

/// The binding part alone: where `name` (inside the future around `position`) is saved.
QString bindingHoverText(const Snapshot& snapshot, TextPosition position, const QString& name);

} // namespace awaitscope
