#include "ProjectDock.h"

#include "ProjectTreeModel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace awaitscope {

ProjectDock::ProjectDock(QWidget* parent) : QWidget(parent) {
    setObjectName("ProjectDockWidget");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_heading = new QLabel(tr("Single file. File > Open Project opens a Cargo package or workspace."), this);
    m_heading->setObjectName("ProjectHeading");
    m_heading->setWordWrap(true);
    m_features = new QListWidget(this);
    m_features->setObjectName("ProjectFeatures");
    m_features->setToolTip(tr("The package's features: checked ones are on. The analysis follows them."));
    m_features->setMaximumHeight(6 * m_features->fontMetrics().height() + 8);
    m_features->hide();
    m_onlyProblems = new QCheckBox(tr("Only problems (futures that are not Send)"), this);
    m_onlyProblems->setObjectName("OnlyProblems");
    m_model = new ProjectTreeModel(this);
    m_filter = new ProblemFilter(this);
    m_filter->setSourceModel(m_model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName("ProjectTree");
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName("ProjectProgress");
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName("ProjectCancel");
    m_progressText = new QLabel(this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addWidget(m_heading);
    layout->addWidget(m_features);
    layout->addWidget(m_onlyProblems);
    layout->addWidget(m_tree, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressText);
    setProgress(0, -1, {});
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyProblems(on);
        expandSurveyed();
    });
    connect(m_tree, &QTreeView::activated, this, &ProjectDock::onActivated);
    connect(m_features, &QListWidget::itemChanged, this, &ProjectDock::onFeatureChanged);
    connect(m_cancel, &QPushButton::clicked, this, &ProjectDock::cancelRequested);
}

void ProjectDock::setHeading(const QString& text) {
    m_heading->setText(text);
}

void ProjectDock::setFeatures(const QStringList& all, const QStringList& enabled, const QStringList& requested) {
    m_filling = true;
    m_features->clear();
    for (const QString& name : all) {
        auto* item = new QListWidgetItem(name, m_features);
        const bool on = enabled.contains(name);
        const bool implied = on && !requested.contains(name);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        // On through another feature: unchecking it alone would not switch it off.
        item->setFlags(implied ? Qt::ItemIsSelectable : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        if (implied) item->setToolTip(tr("On because another enabled feature names it"));
    }
    m_features->setVisible(!all.isEmpty());
    m_filling = false;
}

void ProjectDock::setProgress(int done, int total, const QString& file) {
    const bool running = total >= 0;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_progressText->setVisible(running);
    if (!running) return;
    m_progress->setRange(0, total); // 0..0: busy (loading the crate)
    m_progress->setValue(done);
    m_progressText->setText(file.isEmpty() ? tr("Loading the crate…")
                                           : tr("%1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
}

void ProjectDock::expandSurveyed() {
    // Packages and the surveyed target open; other targets stay one line each.
    for (int p = 0; p < m_filter->rowCount(); ++p) {
        const QModelIndex package = m_filter->index(p, 0);
        m_tree->expand(package);
        for (int t = 0; t < m_filter->rowCount(package); ++t) {
            const QModelIndex target = m_filter->index(t, 0, package);
            if (m_filter->hasChildren(target)) m_tree->expandRecursively(target);
        }
    }
}

void ProjectDock::onActivated(const QModelIndex& index) {
    const QModelIndex first = index.siblingAtColumn(0);
    const QVariant target = first.data(ProjectTreeModel::TargetRole);
    if (target.isValid() && !m_filter->hasChildren(first)) {
        emit targetActivated(first.data(ProjectTreeModel::PackageRole).toInt(), target.toInt());
        return;
    }
    const QString path = first.data(ProjectTreeModel::PathRole).toString();
    if (!path.isEmpty()) emit fileActivated(path);
}

void ProjectDock::onFeatureChanged(QListWidgetItem* item) {
    if (m_filling) return;
    // Queued: the answer rebuilds this list, which must not happen inside its own signal.
    QMetaObject::invokeMethod(
        this, [this, name = item->text(), on = item->checkState() == Qt::Checked] { emit featureToggled(name, on); },
        Qt::QueuedConnection);
}

} // namespace awaitscope
