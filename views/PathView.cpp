#include "PathView.h"

namespace awaitscope {

PathView::PathView(QWidget* parent) : GraphView(parent) {
    setObjectName("PathView");
    showEmpty();
}

void PathView::showEmpty() {
    showMessage(tr("Select a problem (in Problems, or press F4) to see why its future is not Send."));
}

} // namespace awaitscope
