#pragma once
// Tools > Check with rustc: asks once per project (or once for standalone files) whether
// the build scripts and procedural macros a build runs may run, remembers the answer, then
// runs the check off the GUI thread with progress, Cancel and a time limit. Never on open.

#include "compiler/RustcCheck.h"
#include "data/Snapshot.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace awaitscope {

class BackgroundWork;

class RustcCheckController : public QObject {
    Q_OBJECT
  public:
    explicit RustcCheckController(QWidget* window);
    ~RustcCheckController() override;

    /// Whether cargo and rustc are on PATH (no process is run); `why` says what to install.
    static bool toolsAvailable(QString* why);

    /// Starts a check of the text (a standalone file compiles it as it is; a project file
    /// compiles the saved files). Asks first when this project was never allowed.
    void start(const QString& path, const QString& text, Edition edition);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Blocks (processing events) until no check runs; tests.
    void waitForIdle();

    /// The last check that ran to its end (a failed or cancelled one leaves it as it was).
    std::shared_ptr<const RustcCheck> result() const { return m_result; }
    /// The status of the last check, failed ones included.
    const RustcStatus& lastStatus() const { return m_lastStatus; }
    /// The text the result was made from: any other text makes it stale.
    const QString& checkedText() const { return m_checkedText; }

    /// Whether the user allowed checks for the project (or standalone files) `key`.
    static bool allowed(const QString& key);
    static void allow(const QString& key);
    /// Tests: no question is asked, as if allowed.
    void setAskBeforeRunning(bool ask) { m_ask = ask; }
    double timeLimitSeconds = 300;

  signals:
    void progress(const QString& step);
    /// A check ended: see lastStatus(), and result() when it succeeded.
    void finished();

  private:
    bool askToRun(const RustcCheckPlan& plan, const QString& path);
    void run(const QString& path, const QString& text, Edition edition);
    void showProgress();

    QWidget* m_window;
    BackgroundWork* m_work; // a child: plans and runs each check on a thread of its own
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<const RustcCheck> m_result;
    RustcStatus m_lastStatus;
    QString m_checkedText, m_pendingText;
    bool m_running = false;
    bool m_ask = true;
};

} // namespace awaitscope
