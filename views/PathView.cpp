#include "PathView.h"

namespace awaitscope {

PathView::PathView(QWidget* parent) : GraphView(parent) {
    setObjectName("PathView");
    showEmpty();
}

void PathView::showEmpty() {
    showMessage(tr("Select a problem (in Problems, or press F4) to see the path from its future down to the cause."));
}

QString PathView::titleFor(const std::string& code) {
    if (code == "large-future") return tr("Why so large");
    if (code == "moved-while-borrowed") return tr("Why the borrow conflicts");
    if (code == "not-static") return tr("Why not 'static");
    return tr("Why not Send"); // future-, output- and closure-not-send
}

} // namespace awaitscope
