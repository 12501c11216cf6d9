#include "PathView.h"

namespace awaitscope {

PathView::PathView(QWidget* parent) : GraphView(parent) {
    setObjectName("PathView");
    showEmpty();
}

void PathView::showEmpty() { showMessage(tr("Select a problem to see why its future is not Send.")); }

} // namespace awaitscope
