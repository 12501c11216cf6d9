#pragma once
// The one place where views are wired to the selection: each view reports what the user
// picked (an await in the editor, a state in the outline, a node or row in the graph, a
// row in the field table, a variant in the lowered code, a problem in the diagnostics
// panel) to the SelectionHub, and every view follows the hub. Also next/previous await
// and next problem.

#include "Selection.h"
#include "data/Snapshot.h"

#include <QObject>
#include <optional>

class QTableView;
class QTreeView;

namespace awaitscope {

class DiagnosticsModel;
class DiagnosticsPanel;
class FieldTableModel;
class LoweredCodeView;
class OutlineModel;
class PathView;
class SelectionHub;
class SourceEditor;
class StateGraphView;

struct WindowViews {
    SourceEditor* editor = nullptr;
    OutlineModel* outline = nullptr;
    QTreeView* outlineView = nullptr;
    FieldTableModel* fields = nullptr;
    QTableView* fieldView = nullptr;
    StateGraphView* stateGraph = nullptr;
    PathView* pathView = nullptr;
    LoweredCodeView* loweredCode = nullptr;
    DiagnosticsModel* diagnostics = nullptr;
    DiagnosticsPanel* diagnosticsPanel = nullptr;
};

class NavigationController : public QObject {
    Q_OBJECT
  public:
    NavigationController(SelectionHub* hub, const WindowViews& views, QObject* parent = nullptr);

    /// Moves the editor to the next (or previous) await after the cursor; wraps around.
    void nextAwait(bool backwards = false);
    /// Moves the editor to the next problem after the cursor and selects it; wraps around.
    void nextProblem();

  private:
    enum class Origin { None, Editor, Other };
    void connectViews();
    void onSnapshot();
    void onSelection(const Selection& now, const Selection& before);
    void followFuture(const Selection& now);
    void followState(const Selection& now);
    void followProblem(const Selection& now, const Selection& before);
    void moveEditorTo(const Selection& now, const Selection& before);
    void selectFrom(Origin origin, const Selection& selection);
    void onCursorMoved(TextPosition position);
    void onGraphClicked(const QString& id, const QString& nodeId);
    void onProblemActivated(int problem, int cause);
    std::optional<Selection> awaitAt(TextPosition position) const;

    SelectionHub* m_hub;
    WindowViews m_views;
    Origin m_origin = Origin::None;
    bool m_updating = false; // views are following the hub: their signals are echoes
    bool m_newSnapshot = false;
};

} // namespace awaitscope
