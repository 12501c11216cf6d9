#pragma once
// Runs analyses off the GUI thread. Edits are debounced; each request gets a generation
// number and a result that arrives after a newer request was made is discarded, so the
// window never shows a stale analysis and never freezes while one runs.

#include "data/Snapshot.h"
#include "project/ProjectSession.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace awaitscope {

class BackgroundWork;

class AnalysisController : public QObject {
    Q_OBJECT
  public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Schedules an analysis after a short pause in typing.
    void requestDebounced(const QString& path, const QString& text, Edition edition);
    /// Starts an analysis now (opening a file, changing the edition).
    void requestNow(const QString& path, const QString& text, Edition edition);
    bool isRunning() const { return m_running > 0; }
    /// The large-future warning's threshold (bytes); kept in the settings.
    long largeFutureBytes() const { return m_largeFutureBytes; }
    void setLargeFutureBytes(long bytes);
    /// The features a file of a Cargo package is analysed with (the Project dock's).
    void setProjectOptions(const ProjectOptions& options) { m_projectOptions = options; }
    const ProjectOptions& projectOptions() const { return m_projectOptions; }
    /// Blocks until the latest request has been delivered (tests, export).
    void waitForIdle();

  signals:
    void started();
    void finished(std::shared_ptr<const awaitscope::Snapshot> snapshot);

  private:
    void start();

    QTimer m_debounce;
    QString m_path, m_text;
    Edition m_edition = Edition::E2021;
    long m_largeFutureBytes = 16384;
    ProjectOptions m_projectOptions;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelCurrent;
    BackgroundWork* m_work; // a child: runs each analysis on a thread of its own
};

} // namespace awaitscope
