#include "GraphLegend.h"

#include "VerdictStyle.h"
#include "graph/GraphText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace awaitscope {

namespace {

QLabel* chip(const QString& word, const QColor& colour, const QPalette& palette, QWidget* parent) {
    auto* label = new QLabel(word, parent);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; border-radius: 3px;"
                                        " padding: 0px 4px; font-weight: bold; }")
                             .arg(colour.name(), blend(palette.color(QPalette::Base), colour, 0.15).name()));
    return label;
}

QLabel* words(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GraphLegend::GraphLegend(QWidget* parent) : QWidget(parent) {
    setObjectName("GraphLegend");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(6);
    // A key, not content: it never makes the graph's dock wider than the window allows.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    rebuild();
}

void GraphLegend::rebuild() {
    QLayout* layout = this->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QPalette p = palette();
    const struct {
        Badge badge;
        QString word, meaning;
    } entries[] = {{Badge::Yes, QStringLiteral("Send"), tr("may cross threads")},
                   {Badge::No, QStringLiteral("!Send"), tr("must stay on its thread")},
                   {Badge::Unknown, QStringLiteral("Send?"), tr("type unknown")}};
    for (const auto& e : entries) {
        QLabel* badge = chip(e.word, badgeColor(e.badge, p), p, this);
        const QString tip = QString::fromStdString(badgeMeaning(e.badge, "Send"));
        badge->setToolTip(tip);
        QLabel* text = words(e.meaning, this);
        text->setToolTip(tip);
        layout->addWidget(badge);
        layout->addWidget(text);
    }
    QLabel* border = words(tr("· red node: holds a !Send value"), this);
    border->setToolTip(tr("A state's border and title take the worst verdict of what it holds: red when any value "
                          "is !Send, amber when one is unknown. Dashed edges show where a panic leaves the future "
                          "Panicked. Sync badges read the same way: !Sync means &T is not Send."));
    layout->addWidget(border);
    static_cast<QHBoxLayout*>(layout)->addStretch(1);
}

void GraphLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) rebuild();
}

} // namespace awaitscope
