#include "BusyOverlay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace awaitscope {

BusyOverlay::BusyOverlay(QWidget* parent) : QFrame(parent) {
    setObjectName("BusyOverlay");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 0); // busy: the layout cannot report progress
    bar->setMaximumWidth(120);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_label);
    layout->addWidget(bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyOverlay::cancelRequested);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        reposition();
        show();
        raise();
    });
    hide();
}

void BusyOverlay::start(const QString& message, int delayMs) {
    m_label->setText(message);
    m_delay.start(delayMs);
}

void BusyOverlay::stop() {
    m_delay.stop();
    hide();
}

void BusyOverlay::reposition() {
    adjustSize();
    const QSize area = parentWidget()->size();
    move((area.width() - width()) / 2, (area.height() - height()) / 2);
}

} // namespace awaitscope
