#include "RustcCheckController.h"

#include "BackgroundWork.h"
#include "util/ProcessRunner.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

namespace awaitscope {

namespace {

const char* const kConsentGroup = "rustcCheckAllowed";

QString settingsKey(const QString& key) {
    return QString::fromLatin1(kConsentGroup) + "/" + QString(key).replace('/', '|');
}

QString whatRuns(const RustcCheckPlan& plan) {
    QString text;
    for (const std::string& item : plan.buildTimeCode)
        text += QStringLiteral("• %1\n").arg(QString::fromStdString(item));
    return text.isEmpty() ? QObject::tr("• (cargo could not list them offline; whatever the crates' build needs)\n")
                          : text;
}

} // namespace

RustcCheckController::RustcCheckController(QWidget* window)
    : QObject(window), m_window(window), m_work(new BackgroundWork(this)) {}

RustcCheckController::~RustcCheckController() {
    if (m_cancel) m_cancel->store(true);
    waitForIdle();
}

bool RustcCheckController::toolsAvailable(QString* why) {
    const bool ok = findOnPath("cargo") && findOnPath("rustc");
    if (!ok && why) *why = QString::fromStdString(installRustAdvice());
    return ok;
}

bool RustcCheckController::allowed(const QString& key) {
    return QSettings().value(settingsKey(key), false).toBool();
}

void RustcCheckController::allow(const QString& key) {
    QSettings().setValue(settingsKey(key), true);
}

bool RustcCheckController::askToRun(const RustcCheckPlan& plan, const QString& path) {
    const QString key = QString::fromStdString(plan.consentKey);
    if (!m_ask || allowed(key)) return true;
    const QString where = plan.manifest.empty()
                              ? tr("%1 is compiled against tokio, parking_lot and futures from the local registry "
                                   "(offline), in Awaitscope's cache folder.")
                                    .arg(path)
                              : tr("The project %1 is built with `cargo rustc` (offline) into a target folder "
                                   "of Awaitscope's own; your target folder is not touched.")
                                    .arg(key);
    const auto answer = QMessageBox::question(
        m_window, tr("Check with rustc"),
        tr("%1\n\nBuilding runs code from these crates on this machine:\n%2\nRun it? The answer is remembered for %3.")
            .arg(where, whatRuns(plan), plan.manifest.empty() ? tr("standalone files") : tr("this project")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return false;
    allow(key);
    return true;
}

void RustcCheckController::start(const QString& path, const QString& text, Edition edition) {
    if (m_running) return;
    m_running = true;
    m_pendingText = text;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    showProgress();
    emit progress(tr("Looking for cargo, rustc and what the build runs…"));
    // The plan asks cargo what will run (cargo metadata): off the GUI thread too.
    const std::string file = path.toStdString();
    auto planned = [this, path, text, edition](const RustcCheckPlan& plan) {
        const bool go = !m_cancel->load() && (!plan.toolchain || askToRun(plan, path));
        if (go) return run(path, text, edition);
        m_running = false;
        if (m_progress) m_progress->hide();
        m_lastStatus = RustcStatus{};
        m_lastStatus.error = m_cancel->load() ? "cancelled"
                             : plan.toolchain ? "not run: the build was not allowed"
                                              : plan.missingTool;
        emit finished();
    };
    m_work->run([file, cancel = m_cancel] { return planRustcCheck(file, "", cancel.get()); }, planned);
}

void RustcCheckController::run(const QString& path, const QString& text, Edition edition) {
    RustcCheckRequest request;
    request.path = path.toStdString();
    request.text = text.toStdString();
    request.edition = editionName(edition);
    request.timeLimitSeconds = timeLimitSeconds;
    request.cancelled = m_cancel.get();
    // Called on the check's thread: the signal is queued to the GUI thread.
    request.progress = [this, work = m_work](const std::string& step) {
        work->post([this, step] { emit progress(QString::fromStdString(step)); });
    };
    auto checked = [this](const RustcCheck& check) {
        m_lastStatus = check.status;
        if (check.status.ok) { // a failed run leaves the earlier result (and the model) as they were
            m_result = std::make_shared<const RustcCheck>(check);
            m_checkedText = m_pendingText;
        }
        m_running = false;
        if (m_progress) m_progress->hide();
        emit finished();
    };
    // The request keeps the cancel flag alive with the worker.
    m_work->run([request, keep = m_cancel] { return runRustcCheck(request); }, checked);
}

void RustcCheckController::showProgress() {
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Check with rustc"));
        m_progress->setWindowModality(Qt::NonModal); // the window stays usable while rustc runs
        m_progress->setRange(0, 0);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &RustcCheckController::cancel);
        connect(this, &RustcCheckController::progress, m_progress, &QProgressDialog::setLabelText);
    }
    m_progress->setLabelText(tr("Starting…"));
    m_progress->show();
}

void RustcCheckController::cancel() {
    if (m_cancel) m_cancel->store(true);
    emit progress(tr("Cancelling…"));
}

void RustcCheckController::waitForIdle() {
    while (m_running) QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace awaitscope
