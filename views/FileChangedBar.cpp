#include "FileChangedBar.h"

#include "VerdictStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace awaitscope {

FileChangedBar::FileChangedBar(QWidget* parent) : QFrame(parent) {
    setObjectName("FileChangedBar");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, blend(p.color(QPalette::Window), verdictColor(Verdict::Unknown, p), 0.2));
    setPalette(p);
    m_label = new QLabel(this);
    m_reload = new QPushButton(tr("Reload"), this);
    auto* ignore = new QPushButton(tr("Ignore"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(ignore);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(ignore, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void FileChangedBar::offer(const QString& fileName, bool unsavedEdits) {
    m_label->setText(unsavedEdits ? tr("%1 changed on disk. Reloading discards your unsaved edits.").arg(fileName)
                                  : tr("%1 changed on disk.").arg(fileName));
    show();
}

} // namespace awaitscope
