#pragma once
// The propagation path of the selected diagnostic or cause: from the future that must be
// Send, through states, fields and nested futures, down to the leaf type that is not.
// Drawn by GraphView, like the state machine.

#include "GraphView.h"

namespace awaitscope {

class PathView : public GraphView {
    Q_OBJECT
  public:
    explicit PathView(QWidget* parent = nullptr);
    void showEmpty();
};

} // namespace awaitscope
