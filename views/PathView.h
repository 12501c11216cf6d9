#pragma once
// The propagation path of the selected diagnostic or cause: from the future that must be
// Send, through states, fields and nested futures, down to the leaf type that is not.
// Drawn by GraphView, like the state machine.

#include "GraphView.h"

#include <string>

namespace awaitscope {

class PathView : public GraphView {
    Q_OBJECT
  public:
    explicit PathView(QWidget* parent = nullptr);
    void showEmpty();

    /// The question the path answers for a diagnostic of this code ("Why not Send" for a
    /// future that must be Send, "Why so large" for a large future, ...): the dock's title.
    static QString titleFor(const std::string& diagnosticCode);
};

} // namespace awaitscope
