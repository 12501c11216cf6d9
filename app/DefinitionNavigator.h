#pragma once
// Go to definition (F12, or Ctrl+click in the editor): the name under the cursor resolved
// in the file's crate (project/DefinitionFinder), then the editor goes there. A file of
// the open workspace opens for editing; a dependency's source (outside it, or not
// writable) opens read-only. Unsaved edits are offered for saving first.

#include <QObject>

namespace awaitscope {

class MainWindow;

class DefinitionNavigator : public QObject {
    Q_OBJECT
  public:
    explicit DefinitionNavigator(MainWindow* window);
    /// False (with a status message) when nothing resolvable is under the cursor.
    bool goToDefinition();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool isEditable(const QString& file) const;
    MainWindow* m_window;
};

} // namespace awaitscope
