#pragma once
// The problems dock: every diagnostic with its causes and fixes (a DiagnosticsModel in a
// tree), and an "Apply fix" button for the fix under the cursor (double-click works too).

#include <QWidget>

class QPushButton;
class QTreeView;

namespace awaitscope {

class DiagnosticsModel;

class DiagnosticsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit DiagnosticsPanel(DiagnosticsModel* model, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    QPushButton* applyButton() const { return m_apply; }
    /// Shows a problem (and one of its causes, or -1) as current.
    void setCurrent(int problem, int cause);

  signals:
    void problemActivated(int problem, int cause);
    void applyFixRequested(int problem, int fix);

  private:
    void onCurrentChanged(const QModelIndex& current);
    void applyCurrentFix();

    DiagnosticsModel* m_model;
    QTreeView* m_view = nullptr;
    QPushButton* m_apply = nullptr;
    bool m_settingCurrent = false;
};

} // namespace awaitscope
