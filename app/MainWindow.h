#pragma once
// The main window: the source editor in the middle, the outline of futures and await
// points in a dock, menus for files and samples. It owns the current Snapshot and hands it
// to every view; the views never analyse anything themselves.

#include "analysis/Snapshot.h"

#include <QMainWindow>
#include <memory>

class QComboBox;
class QLabel;
class QTreeView;

namespace awaitscope {

class AnalysisController;
class OutlineModel;
class RecentFiles;
class SourceEditor;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString& path);
    SourceEditor* editor() const { return m_editor; }
    QTreeView* outlineView() const { return m_outlineView; }
    OutlineModel* outlineModel() const { return m_outline; }
    AnalysisController* analysis() const { return m_analysis; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }

signals:
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildDocks();
    void applySnapshot(std::shared_ptr<const Snapshot> snapshot);
    void selectOutlineAt(TextPosition position);
    void onOutlineActivated(const QModelIndex& index);
    void showError(const QString& title, const QString& message);
    bool maybeSave();
    bool save();
    bool saveAs();
    void updateTitle();
    Edition currentEdition() const;
    void reanalyzeNow();

    SourceEditor* m_editor = nullptr;
    OutlineModel* m_outline = nullptr;
    QTreeView* m_outlineView = nullptr;
    AnalysisController* m_analysis = nullptr;
    RecentFiles* m_recent = nullptr;
    QComboBox* m_edition = nullptr;
    QLabel* m_status = nullptr;
    QString m_path;
    std::shared_ptr<const Snapshot> m_snapshot;
    bool m_syncingSelection = false;
};

} // namespace awaitscope
