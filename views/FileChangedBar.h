#pragma once
// A non-modal bar above the editor: "the file changed on disk — Reload / Ignore".
// Never a dialog, so nothing blocks while the user (or a test) decides.

#include <QFrame>

class QLabel;
class QPushButton;

namespace awaitscope {

class FileChangedBar : public QFrame {
    Q_OBJECT
  public:
    explicit FileChangedBar(QWidget* parent = nullptr);
    /// Shows the bar for a file; `unsavedEdits` warns that reloading discards them.
    void offer(const QString& fileName, bool unsavedEdits);
    QPushButton* reloadButton() const { return m_reload; }

  signals:
    void reloadRequested();
    void dismissed();

  private:
    QLabel* m_label = nullptr;
    QPushButton* m_reload = nullptr;
};

} // namespace awaitscope
