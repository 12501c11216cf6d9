#include "StateGraphView.h"

namespace awaitscope {

StateGraphView::StateGraphView(QWidget* parent) : GraphView(parent) {
    setObjectName("StateGraphView");
    showEmpty();
}

void StateGraphView::showEmpty() {
    showMessage(tr("Select a future in the outline, or an await in the editor (F8), to see its state machine."));
}

} // namespace awaitscope
