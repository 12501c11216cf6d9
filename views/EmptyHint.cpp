#include "EmptyHint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace awaitscope {

EmptyHint::EmptyHint(QAbstractItemView* view, std::function<QString()> text)
    : QLabel(view->viewport()), m_view(view), m_text(std::move(text)) {
    setObjectName(view->objectName() + "EmptyHint");
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh);
    refresh();
}

void EmptyHint::refresh() {
    const QString text = m_text();
    setText(text);
    setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    setVisible(!text.isEmpty());
}

bool EmptyHint::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize) setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QLabel::eventFilter(watched, event);
}

} // namespace awaitscope
