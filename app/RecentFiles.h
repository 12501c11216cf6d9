#pragma once
// The Open Recent list, kept in QSettings so it survives restarts.

#include <QMenu>
#include <QObject>
#include <QStringList>

namespace awaitscope {

class RecentFiles : public QObject {
    Q_OBJECT
  public:
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);
    void add(const QString& path);
    QStringList paths() const;

  signals:
    void openRequested(const QString& path);

  private:
    void rebuildMenu();
    QMenu* m_menu;
    static constexpr int kMaxEntries = 10;
};

} // namespace awaitscope
