#pragma once
// The one selection of the window (future, state, field, diagnostic, cause), by semantic
// identity. Views never talk to each other: they ask the hub to select, and follow its
// selectionChanged (wired in NavigationController). A new Snapshot keeps the selection
// when the same future (by name) still exists.

#include "Selection.h"
#include "data/Snapshot.h"

#include <QObject>
#include <QString>
#include <memory>

namespace awaitscope {

class SelectionHub : public QObject {
    Q_OBJECT
  public:
    explicit SelectionHub(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    /// Selects; indices outside the snapshot become -1. Emits only when something changed.
    void select(const Selection& selection);
    const Selection& current() const { return m_current; }
    const FutureInfo* future() const;
    const State* state() const;

  signals:
    /// A new snapshot: every view reloads, then a selectionChanged follows.
    void snapshotChanged();
    void selectionChanged(const awaitscope::Selection& now, const awaitscope::Selection& before);

  private:
    Selection validated(Selection selection) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    Selection m_current;
};

/// Where a selection is in a state machine graph, in the ids model/graph gives its nodes
/// and rows: node "future:<id>/state:<s>"; row "future:<id>/upvar:<i>" for an upvar,
/// "future:<id>/state:<s>/field:<j>" for the state's own field j (<id>: FutureId::text()).
struct GraphIds {
    QString node, row;
};
GraphIds graphIdsOf(const Snapshot& snapshot, const Selection& selection);
/// Reads a clicked node / row back into a selection (-1 where absent). The future is
/// given by its id.
Selection selectionFromGraph(const Snapshot& snapshot, const QString& nodeId, const QString& rowId = {});

} // namespace awaitscope
