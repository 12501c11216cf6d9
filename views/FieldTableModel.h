#pragma once
// The values one state of a future holds: the upvars (present in every state) first, then
// what this state saves, with kind, type, Send/Sync and why. Reset on every new Snapshot
// or selected state; rows are the field indices of Selection::field.

#include "compiler/RustcComparison.h"
#include "data/Snapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace awaitscope {

class FieldTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        NameColumn,
        KindColumn,
        TypeColumn,
        SizeColumn,
        OffsetColumn,
        SendColumn,
        SyncColumn,
        RustcColumn,
        WhyColumn,
        ColumnCount
    };
    using RustcViews = std::vector<std::optional<RustcFutureView>>;
    enum Roles { FieldIndexRole = Qt::UserRole + 1, LineRole, ColumnRole, VerdictRole };

    explicit FieldTableModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    /// rustc's layouts per future of the snapshot (same index), for the "rustc" column;
    /// null: no check ran. `stale`: the text changed since.
    void setRustc(std::shared_ptr<const RustcViews> views, bool stale);
    /// Shows one state's fields; (-1, -1) shows nothing.
    void setState(int future, int state);
    int future() const { return m_future; }
    int state() const { return m_state; }
    /// The field behind a row (upvars first), or nullptr.
    const SavedField* field(int row) const;

    /// What an empty table means and what to do next; empty when it has rows.
    QString emptyText() const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    const FutureInfo* currentFuture() const;
    QVariant displayData(const SavedField& field, int column) const;
    QString toolTip(const SavedField& field) const;
    QString rustcVerdict(const SavedField& field) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    int m_future = -1;
    int m_state = -1;
    std::shared_ptr<const RustcViews> m_rustc;
    bool m_rustcStale = false;
};

/// A field's name as the views show it: the binding, or the expression for a temporary.
QString fieldDisplayName(const SavedField& field);

} // namespace awaitscope
