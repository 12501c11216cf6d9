#pragma once
// The open Cargo project: File > Open Project locates it (a folder or a Cargo.toml), and
// the current target is surveyed in the background (CrateSurvey: every file's futures and
// not-Send futures) with progress in the Project dock and a Cancel button; a newer
// request cancels the one running. The features chosen in the dock are the project
// options every analysis of the window uses.

#include "analysis/CrateSurvey.h"
#include "project/ProjectLocator.h"
#include "project/ProjectSession.h"

#include <QObject>
#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

namespace awaitscope {

class BackgroundWork;
class ProjectDock;

class ProjectController : public QObject {
    Q_OBJECT
  public:
    ProjectController(ProjectDock* dock, QObject* parent = nullptr);
    ~ProjectController() override;

    /// Opens the package or workspace at `path` (a folder or a Cargo.toml) and surveys its
    /// first package's library (else its first target). False, with `error`, if there is none.
    bool openProject(const QString& path, QString* error = nullptr);
    bool isOpen() const { return m_location.has_value(); }
    const ProjectLocation* location() const { return m_location ? &*m_location : nullptr; }
    const CargoPackage* package() const;
    const CargoTarget* target() const;
    /// "tokio (lib)"; empty when no project is open.
    QString title() const;

    void setActiveTarget(int package, int target);
    void setFeature(const QString& feature, bool on);
    /// The features the user asked for, as every analysis in the window uses them.
    ProjectOptions options() const { return m_options; }
    void cancel();
    bool isRunning() const { return m_running > 0; }
    /// The last finished survey (null before the first, or after a cancel).
    const CrateSurvey* survey() const { return m_survey ? &*m_survey : nullptr; }
    /// Where surveys are cached; "" turns the cache off.
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }
    /// Blocks (running the event loop) until no survey runs (tests).
    void waitForIdle();

  signals:
    void opened();
    void optionsChanged();
    void fileActivated(const QString& path);
    void surveyFinished();
    void surveyCancelled();

  private:
    void startSurvey();
    void onSurveyDone(quint64 generation, const CrateSurvey& survey);
    void showInDock();

    ProjectDock* m_dock;
    std::optional<ProjectLocation> m_location;
    int m_package = 0, m_target = 0;
    ProjectOptions m_options;
    std::optional<CrateSurvey> m_survey;
    QString m_cacheDirectory;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    BackgroundWork* m_work; // a child: runs each survey on a thread of its own
};

} // namespace awaitscope
