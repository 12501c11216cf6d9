#include "DiagnosticsPanel.h"

#include "DiagnosticsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

DiagnosticsModel::RowKind kindOf(const QModelIndex& index) {
    return static_cast<DiagnosticsModel::RowKind>(index.data(DiagnosticsModel::RowKindRole).toInt());
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(DiagnosticsModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    setObjectName("DiagnosticsPanel");
    m_view = new QTreeView(this);
    m_view->setObjectName("DiagnosticsView");
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_apply = new QPushButton(tr("Apply fix"), this);
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Edit the source as the selected fix says; Ctrl+Z undoes it"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (kindOf(index) == DiagnosticsModel::RowKind::Fix) applyCurrentFix();
    });
    connect(m_apply, &QPushButton::clicked, this, &DiagnosticsPanel::applyCurrentFix);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_apply->setEnabled(false);
    });
}

void DiagnosticsPanel::onCurrentChanged(const QModelIndex& current) {
    const bool isFix = current.isValid() && kindOf(current) == DiagnosticsModel::RowKind::Fix;
    m_apply->setEnabled(isFix);
    if (m_settingCurrent || !current.isValid()) return;
    const QVariant cause = current.data(DiagnosticsModel::CauseRole);
    emit problemActivated(current.data(DiagnosticsModel::ProblemRole).toInt(), cause.isValid() ? cause.toInt() : -1);
}

void DiagnosticsPanel::applyCurrentFix() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || kindOf(current) != DiagnosticsModel::RowKind::Fix) return;
    emit applyFixRequested(current.data(DiagnosticsModel::ProblemRole).toInt(),
                           current.data(DiagnosticsModel::FixRole).toInt());
}

void DiagnosticsPanel::setCurrent(int problem, int cause) {
    const QModelIndex target = cause >= 0 ? m_model->causeIndex(problem, cause) : m_model->problemIndex(problem);
    if (target == m_view->currentIndex()) return;
    // A fix row under the same problem stays current: the user is about to apply it.
    const QModelIndex current = m_view->currentIndex();
    if (cause < 0 && current.isValid() && current.parent() == target) return;
    m_settingCurrent = true;
    if (target.isValid())
        m_view->setCurrentIndex(target);
    else
        m_view->selectionModel()->clearCurrentIndex();
    m_settingCurrent = false;
}

} // namespace awaitscope
