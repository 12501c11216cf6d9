#include "StateGraphView.h"

namespace awaitscope {

StateGraphView::StateGraphView(QWidget* parent) : GraphView(parent) {
    setObjectName("StateGraphView");
    showEmpty();
}

void StateGraphView::showEmpty() { showMessage(tr("Select a future or an await to see its state machine.")); }

} // namespace awaitscope
