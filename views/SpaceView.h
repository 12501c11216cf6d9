#pragma once
// "What takes the space": the selected future's saved values as bars, largest first,
// each bar the value's share of the whole future; an awaited future of the file expands
// into its own values. Export writes the breakdown as CSV or the view as a PNG image.

#include "data/Snapshot.h"
#include "graph/SpaceBreakdown.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace awaitscope {

class SpaceView : public QWidget {
    Q_OBJECT
  public:
    explicit SpaceView(QWidget* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void showFuture(int future);
    const SpaceBreakdown& breakdown() const { return m_breakdown; }
    /// Writes CSV (`.csv`) or a PNG image of the view (anything else); false on failure.
    bool exportTo(const QString& path);

  private:
    void rebuild();
    void addItems(QTreeWidgetItem* parent, const std::vector<SpaceItem>& items);
    void exportInteractively();

    std::shared_ptr<const Snapshot> m_snapshot;
    int m_future = -1;
    SpaceBreakdown m_breakdown;
    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace awaitscope
