#pragma once
// The problems of a Snapshot as a tree: each diagnostic with its causes and fixes as
// children, then the syntax errors (unless the diagnostics already report them as
// "parse-error"). Top-level rows are Selection::diagnostic; cause rows Selection::cause.

#include "data/Snapshot.h"

#include <QAbstractItemModel>
#include <memory>

namespace awaitscope {

class DiagnosticsModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum class RowKind { Diagnostic, Cause, Fix, ParseError };
    enum Roles { RowKindRole = Qt::UserRole + 1, ProblemRole, CauseRole, FixRole, LineRole, ColumnRole };

    explicit DiagnosticsModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    int problemCount() const;
    /// nullptr for a syntax error.
    const Diagnostic* diagnostic(int problem) const;
    TextPosition problemPosition(int problem) const;
    QModelIndex problemIndex(int problem) const;
    QModelIndex causeIndex(int problem, int cause) const;
    QModelIndex fixIndex(int problem, int fix) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    int parseErrorCount() const;
    QVariant problemData(int problem, int column, int role) const;
    QVariant childData(int problem, int row, int column, int role) const;
    QVariant causeData(const Cause& cause, int column, int role) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    bool m_parseErrorsInDiagnostics = false;
};

} // namespace awaitscope
