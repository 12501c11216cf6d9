#pragma once
// The outline: every future of the file, and under each its states (Suspend states carry
// their await's position). Reset whole when a new Snapshot arrives.

#include "data/Snapshot.h"

#include <QAbstractItemModel>
#include <memory>

namespace awaitscope {

class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Roles { LineRole = Qt::UserRole + 1, ColumnRole, FutureIndexRole, StateIndexRole, SendRole };

    explicit OutlineModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }

    QModelIndex futureIndex(int future) const;
    QModelIndex stateIndex(int future, int state) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    QVariant futureData(const FutureInfo& f, int column, int role) const;
    QVariant stateData(const FutureInfo& f, const State& s, int column, int role) const;

    std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace awaitscope
