#pragma once
// The main window: the source editor in the middle; docks for the outline of futures, the
// state machine graph, the lowered code, the propagation path, the fields of the selected
// state and the problems. It owns the current Snapshot and hands it to the SelectionHub;
// NavigationController wires every view to the one selection; MenuBuilder builds the menus.

#include "LastGoodAnalysis.h"
#include "MainWindowViews.h"
#include "data/Snapshot.h"

#include <QMainWindow>
#include <array>
#include <memory>

class QComboBox;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace awaitscope {

class AnalysisController;
class DefinitionNavigator;
class DiagnosticsModel;
class DiagnosticsPanel;
class FieldTableModel;
class FileChangedBar;
class LoweredCodeView;
class NavigationController;
class OutlineModel;
class PathView;
class ProjectController;
class ProjectDock;
class SpaceView;
class RecentFiles;
class RustcCheckController;
class SelectionHub;
class SourceEditor;
class StateGraphView;
class UnsavedWorkKeeper;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a file; a read-only one (a dependency's source) cannot be edited.
    bool openFile(const QString& path, bool readOnly = false);
    void openWithDialog();
    /// File > Open Project: a Cargo package or workspace (its folder or Cargo.toml).
    bool openProject(const QString& path);
    void openProjectWithDialog();
    /// A file, or a project when `path` is a folder or a Cargo.toml (Open Recent).
    void openPath(const QString& path);
    /// F12: the definition of the name under the cursor (DefinitionNavigator).
    bool goToDefinition();
    QString currentPath() const { return m_path; }
    bool isReadOnly() const;
    bool save();
    bool saveAs();
    /// Applies one fix of a diagnostic to the editor as a single undoable edit.
    bool applyFix(int problem, int fix);
    void reloadFromDisk();
    void setEditionText(const QString& edition);
    void reanalyze() { reanalyzeNow(); } // after a setting that changes the analysis
    /// Tools > Check with rustc: compiles the file with the real compiler in the background.
    void checkWithRustc();
    void updateTitle(); // the file name, with * for unsaved edits

    SourceEditor* editor() const { return m_views.editor; }
    QTreeView* outlineView() const { return m_views.outlineView; }
    OutlineModel* outlineModel() const { return m_views.outline; }
    FieldTableModel* fieldModel() const { return m_views.fields; }
    QTableView* fieldView() const { return m_views.fieldView; }
    DiagnosticsModel* diagnosticsModel() const { return m_views.diagnostics; }
    DiagnosticsPanel* diagnosticsPanel() const { return m_views.diagnosticsPanel; }
    StateGraphView* stateGraph() const { return m_views.stateGraph; }
    PathView* pathView() const { return m_views.pathView; }
    SpaceView* spaceView() const { return m_views.spaceView; }
    LoweredCodeView* loweredCode() const { return m_views.loweredCode; }
    /// Copies the selected future's lowered code (real Rust) to the clipboard.
    QPushButton* copyLoweredButton() const { return m_views.copyLowered; }
    /// Above the state machine: what the last edition switch changed (hidden otherwise).
    QLabel* editionNote() const { return m_views.editionNote; }
    FileChangedBar* fileChangedBar() const { return m_views.changedBar; }
    QLabel* readOnlyBar() const { return m_views.readOnlyBar; }
    ProjectDock* projectDock() const { return m_views.project; }
    ProjectController* project() const { return m_project; }
    SelectionHub* selection() const { return m_hub; }
    NavigationController* navigation() const { return m_navigation; }
    AnalysisController* analysis() const { return m_analysis; }
    RustcCheckController* rustcCheck() const { return m_rustc; }
    RecentFiles* recentFiles() const { return m_recent; }
    UnsavedWorkKeeper* unsavedWork() const { return m_keeper; }
    QList<QDockWidget*> docks() const;
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    /// True while a broken edit shows the last good analysis' futures.
    bool showingOlderFutures() const { return m_lastGood.showingOlderFutures(); }
    bool maybeSave();

  signals:
    void errorShown(const QString& message);

  protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void connectProject();
    void setReadOnly(bool readOnly);
    void copyLoweredCode();
    void noteEditionChange(const std::shared_ptr<const Snapshot>& before);
    void buildEditionSelector();
    void applySnapshot(std::shared_ptr<const Snapshot> snapshot);
    void presentSnapshot(); // the model's snapshot, with the rustc check's findings if any
    void showError(const QString& title, const QString& message);
    void watch(const QString& path);
    void onFileChangedOnDisk(const QString& path);
    Edition currentEdition() const;
    void reanalyzeNow();
    void restoreKeptEdits(const QString& kept);

    MainWindowViews m_views;
    SelectionHub* m_hub = nullptr;
    NavigationController* m_navigation = nullptr;
    ProjectController* m_project = nullptr;
    DefinitionNavigator* m_definitions = nullptr;
    AnalysisController* m_analysis = nullptr;
    RustcCheckController* m_rustc = nullptr;
    RecentFiles* m_recent = nullptr;
    UnsavedWorkKeeper* m_keeper = nullptr;
    QComboBox* m_edition = nullptr;
    QLabel* m_status = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_path;
    QByteArray m_savedBytes;                         // what we last read or wrote, to ignore our own saves
    std::shared_ptr<const Snapshot> m_snapshot;      // what the views show
    std::shared_ptr<const Snapshot> m_modelSnapshot; // the analysis alone
    LastGoodAnalysis m_lastGood;
    bool m_docksPlaced = false;                 // restored from the settings, or arranged, when first shown
    QByteArray m_savedDockState;                // restored once the window has its real size (showEvent)
    static constexpr int kDockStateVersion = 4; // the arrangement changed: ignore older saved states
    bool m_selectOnArrival = false;             // a file was opened: select an await when its analysis arrives
};

} // namespace awaitscope
