#include "ProjectController.h"

#include "BackgroundWork.h"
#include "ProjectDock.h"
#include "ProjectTreeModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace awaitscope {

namespace {

QStringList toQt(const std::vector<std::string>& list) {
    QStringList out;
    for (const std::string& s : list) out << QString::fromStdString(s);
    return out;
}

} // namespace

ProjectController::ProjectController(ProjectDock* dock, QObject* parent)
    : QObject(parent), m_dock(dock), m_work(new BackgroundWork(this)) {
    m_cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/index";
    connect(dock, &ProjectDock::fileActivated, this, &ProjectController::fileActivated);
    connect(dock, &ProjectDock::targetActivated, this, &ProjectController::setActiveTarget);
    connect(dock, &ProjectDock::featureToggled, this, &ProjectController::setFeature);
    connect(dock, &ProjectDock::cancelRequested, this, &ProjectController::cancel);
}

ProjectController::~ProjectController() {
    // The workers report to this object: they stop at the next file and are waited for.
    if (m_cancel) m_cancel->store(true);
    delete m_work;
}

const CargoPackage* ProjectController::package() const {
    return m_location ? &m_location->workspace.members[static_cast<size_t>(m_package)] : nullptr;
}

const CargoTarget* ProjectController::target() const {
    const CargoPackage* p = package();
    return p && m_target < static_cast<int>(p->targets.size()) ? &p->targets[static_cast<size_t>(m_target)] : nullptr;
}

QString ProjectController::title() const {
    const CargoTarget* t = target();
    if (!t) return {};
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(t->name), QString::fromStdString(t->kind));
}

bool ProjectController::openProject(const QString& path, QString* error) {
    const QFileInfo info(path);
    const QString manifest = info.isDir() ? info.absoluteFilePath() + "/Cargo.toml" : info.absoluteFilePath();
    std::optional<ProjectLocation> found;
    if (QFileInfo(manifest).fileName() == "Cargo.toml" && QFileInfo::exists(manifest))
        found = locateProject(manifest.toStdString(), true);
    if (!found || found->workspace.members.empty()) {
        if (error)
            *error = found ? tr("Cannot read the package at %1: %2").arg(path, toQt(found->problems).join("; "))
                           : tr("No Cargo.toml at %1").arg(path);
        return false;
    }
    m_location = std::move(found);
    m_package = std::max(0, m_location->packageIndex);
    const CargoPackage& p = *package();
    m_target = p.lib() ? static_cast<int>(p.lib() - p.targets.data()) : 0;
    m_options = {};
    m_survey.reset();
    emit opened();
    emit optionsChanged();
    startSurvey();
    return true;
}

void ProjectController::setActiveTarget(int package, int target) {
    if (!m_location || package < 0 || package >= static_cast<int>(m_location->workspace.members.size())) return;
    const bool packageChanged = package != m_package;
    m_package = package;
    m_target = target;
    if (packageChanged) {
        m_options = {}; // features belong to one package
        emit optionsChanged();
    }
    m_survey.reset();
    startSurvey();
}

void ProjectController::setFeature(const QString& feature, bool on) {
    const std::string name = feature.toStdString();
    auto& requested = m_options.features;
    requested.erase(std::remove(requested.begin(), requested.end(), name), requested.end());
    if (name == "default")
        m_options.noDefaultFeatures = !on;
    else if (on)
        requested.push_back(name);
    emit optionsChanged();
    startSurvey();
}

void ProjectController::cancel() {
    if (m_cancel) m_cancel->store(true);
}

void ProjectController::startSurvey() {
    if (!target()) return;
    cancel(); // a newer request: the running one stops at its next file
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    SurveyOptions survey;
    survey.jobs = std::max(1, QThread::idealThreadCount());
    survey.cancelled = m_cancel.get();
    survey.cacheDirectory = m_cacheDirectory.toStdString();
    // Called on the survey's threads: the call that shows it is queued to the GUI thread.
    survey.progress = [this, work = m_work, generation](size_t done, size_t total, const std::string& file) {
        work->post([this, generation, done, total, file = QString::fromStdString(file)] {
            if (generation == m_generation) m_dock->setProgress(static_cast<int>(done), static_cast<int>(total), file);
        });
    };
    ++m_running;
    showInDock();
    m_dock->setProgress(0, 0, {});
    const ProjectLocation location = *m_location;
    const CargoTarget target = *this->target();
    m_work->run([location, target, options = m_options, survey,
                 cancel = m_cancel] { return surveyCrate(location, target, options, survey); },
                [this, generation](const CrateSurvey& result) {
                    --m_running;
                    onSurveyDone(generation, result);
                });
}

void ProjectController::onSurveyDone(quint64 generation, const CrateSurvey& survey) {
    if (generation != m_generation) return; // superseded
    m_dock->setProgress(0, -1, {});
    if (survey.cancelled) {
        m_dock->setHeading(tr("%1: survey cancelled (double-click the target to survey it again)").arg(title()));
        emit surveyCancelled();
        return;
    }
    m_survey = survey;
    showInDock();
    emit surveyFinished();
}

void ProjectController::showInDock() {
    const CargoPackage& p = *package();
    m_dock->model()->show(m_location->workspace, m_package, m_target, survey());
    m_dock->expandSurveyed();
    QStringList all;
    for (const auto& [name, implied] : p.features) all << QString::fromStdString(name);
    const QStringList enabled = toQt(enabledFeatures(p, m_options.features, m_options.noDefaultFeatures));
    QStringList requested = toQt(m_options.features);
    if (!m_options.noDefaultFeatures) requested << "default";
    m_dock->setFeatures(all, enabled, requested);
    QString heading = tr("%1 %2 — %3").arg(QString::fromStdString(p.name), QString::fromStdString(p.version), title());
    if (const CrateSurvey* s = survey()) {
        const FileSurvey t = s->totals();
        heading += tr(": %n file(s), %1 futures, %2 not Send", "", static_cast<int>(s->files.size()))
                       .arg(t.futures)
                       .arg(t.notSend);
        heading += s->fromCache ? tr(" (from the cache, %1 s)").arg(s->seconds, 0, 'f', 2)
                                : tr(" (%1 s)").arg(s->seconds, 0, 'f', 1);
    }
    m_dock->setHeading(heading);
}

void ProjectController::waitForIdle() {
    while (m_running > 0) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace awaitscope
