#pragma once
// Keeps a copy of unsaved edits on disk so that a crash or a killed session loses nothing:
// a moment after the user stops typing, the editor's text is written (atomically) to
// <app data>/recovery/<hash of the file's path>.rs. Saving, reloading or choosing
// Discard removes the copy; opening the file again offers what was kept.

#include <QObject>
#include <QString>
#include <optional>

class QPlainTextEdit;
class QTimer;

namespace awaitscope {

class UnsavedWorkKeeper : public QObject {
    Q_OBJECT
  public:
    UnsavedWorkKeeper(QPlainTextEdit* editor, QObject* parent);
    /// A clean shutdown comes after the window asked about unsaved edits; a crash or a
    /// kill never gets here, so the copy survives exactly when it is needed.
    ~UnsavedWorkKeeper() override { discard(); }

    /// The file the editor now shows; edits are kept under its name.
    void setPath(const QString& path) { m_path = path; }
    /// What was kept for `path` by an earlier session that did not save it.
    std::optional<QString> keptTextFor(const QString& path) const;
    /// The user saved or threw the edits away: nothing to keep any more.
    void discard();
    /// Writes the copy now instead of after the pause (tests; before risky work).
    void keepNow();

    static QString directory();

  private:
    QString copyPathFor(const QString& path) const;

    QPlainTextEdit* m_editor;
    QTimer* m_pause;
    QString m_path;
};

} // namespace awaitscope
