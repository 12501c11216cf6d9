#pragma once
// The Project dock: which project is open, the current package's features (checkable),
// the tree of packages, targets and modules with each file's futures and not-Send
// futures, an "only problems" filter, and while a survey runs its progress and Cancel.

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace awaitscope {

class ProblemFilter;
class ProjectTreeModel;

class ProjectDock : public QWidget {
    Q_OBJECT
  public:
    explicit ProjectDock(QWidget* parent = nullptr);

    ProjectTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    ProblemFilter* filter() const { return m_filter; }
    QCheckBox* onlyProblems() const { return m_onlyProblems; }
    QListWidget* features() const { return m_features; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progress() const { return m_progress; }

    void setHeading(const QString& text);
    /// Every feature of the package; `enabled` are on (checked), `requested` the ones the
    /// user asked for (the others are on because an enabled feature names them).
    void setFeatures(const QStringList& all, const QStringList& enabled, const QStringList& requested);
    /// Progress of the running survey; total < 0 hides the bar (idle).
    void setProgress(int done, int total, const QString& file);
    /// Expands the surveyed target's modules.
    void expandSurveyed();

  signals:
    void fileActivated(const QString& path);
    void targetActivated(int package, int target);
    void featureToggled(const QString& feature, bool on);
    void cancelRequested();

  private:
    void onActivated(const QModelIndex& index);
    void onFeatureChanged(QListWidgetItem* item);

    QLabel* m_heading = nullptr;
    QListWidget* m_features = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QTreeView* m_tree = nullptr;
    ProjectTreeModel* m_model = nullptr;
    ProblemFilter* m_filter = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_progressText = nullptr;
    bool m_filling = false; // setFeatures is checking items: not the user
};

} // namespace awaitscope
