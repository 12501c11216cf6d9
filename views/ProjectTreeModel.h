#pragma once
// The Project dock's tree: the workspace's packages, each with its targets; the surveyed
// target with its module tree, every file with its count of futures and of futures that
// are not Send. ProblemFilter keeps only the files with a future that is not Send (and
// the rows above them).

#include "analysis/CrateSurvey.h"
#include "project/CargoPackage.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace awaitscope {

class ProjectTreeModel : public QStandardItemModel {
    Q_OBJECT
  public:
    enum Column { NameColumn, FuturesColumn, NotSendColumn };
    enum Role { PathRole = Qt::UserRole + 1, NotSendRole, PackageRole, TargetRole };

    explicit ProjectTreeModel(QObject* parent = nullptr);
    /// `survey` (may be null: not surveyed yet) belongs to target `target` of `package`.
    void show(const CargoWorkspace& workspace, int package, int target, const CrateSurvey* survey);

  private:
    QList<QStandardItem*> targetRow(const CargoTarget& target, int package, int index, bool active);
    /// The target's files as a module tree under `targetItem`; returns the totals.
    std::pair<int, int> addModules(QStandardItem* targetItem, const CrateSurvey& survey);
};

class ProblemFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit ProblemFilter(QObject* parent = nullptr);
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_only; }

  protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

  private:
    bool m_only = false;
};

} // namespace awaitscope
