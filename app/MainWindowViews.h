#pragma once
// The main window's views and where they sit: the editor in the middle (under the bars
// that say the file changed on disk or is read-only), docks for the project, the outline,
// the lowered code, the state machine, the fields, the problems, the space and the path.
// MainWindow owns the snapshot and wires them; this only builds and arranges them.

#include <QString>
#include <array>
#include <functional>

class QDockWidget;
class QLabel;
class QMainWindow;
class QPushButton;
class QTableView;
class QTreeView;
class QWidget;

namespace awaitscope {

class DiagnosticsModel;
class DiagnosticsPanel;
class FieldTableModel;
class FileChangedBar;
class LoweredCodeView;
class OutlineModel;
class PathView;
class ProjectDock;
class SourceEditor;
class SpaceView;
class StateGraphView;

struct MainWindowViews {
    SourceEditor* editor = nullptr;
    FileChangedBar* changedBar = nullptr;
    QLabel* readOnlyBar = nullptr; // shown over a dependency's source, which cannot be edited
    ProjectDock* project = nullptr;
    QDockWidget* projectDock = nullptr;
    OutlineModel* outline = nullptr;
    QTreeView* outlineView = nullptr;
    FieldTableModel* fields = nullptr;
    QTableView* fieldView = nullptr;
    DiagnosticsModel* diagnostics = nullptr;
    DiagnosticsPanel* diagnosticsPanel = nullptr;
    StateGraphView* stateGraph = nullptr;
    PathView* pathView = nullptr;
    SpaceView* spaceView = nullptr;
    LoweredCodeView* loweredCode = nullptr;
    QPushButton* copyLowered = nullptr;
    QLabel* editionNote = nullptr;
    std::array<QDockWidget*, 5> defaultDocks{}; // outline, lowered code, state machine, fields, path

    /// Creates every view inside `window`.
    static MainWindowViews build(QMainWindow* window);
    /// The hints an empty outline, field table or problem list shows; `analysed` says
    /// whether a file has been analysed yet.
    void addEmptyHints(const std::function<bool()>& analysed) const;
    /// The default proportions, for the window's current size.
    void arrange(QMainWindow* window) const;

  private:
    void buildCentralArea(QMainWindow* window);
    void buildDocks(QMainWindow* window);
    QWidget* buildGraphPanel(QWidget* parent);
    QWidget* buildLoweredPanel(QWidget* parent);
};

} // namespace awaitscope
