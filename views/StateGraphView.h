#pragma once
// The state machine of the selected future (Unresumed, Suspend0.., Returned, Panicked),
// each state a node listing what it holds. Drawn by GraphView; this class names the view
// and says what an empty one means.

#include "GraphView.h"

namespace awaitscope {

class StateGraphView : public GraphView {
    Q_OBJECT
  public:
    explicit StateGraphView(QWidget* parent = nullptr);
    /// Nothing selected: explain how to get a graph.
    void showEmpty();
};

} // namespace awaitscope
