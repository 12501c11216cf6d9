#include "AnalysisController.h"

#include "BackgroundWork.h"
#include "analysis/Analyzer.h"
#include "project/ProjectSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>

#include <exception>

namespace awaitscope {

namespace {

/// The analysis, or (on a bug that throws) a snapshot that says so: an exception must not
/// reach the event loop, which would end the program and lose the user's unsaved text.
std::shared_ptr<const Snapshot> analyzeOrExplain(const AnalysisInput& input) {
    try {
        return analyze(input);
    } catch (const std::exception& e) {
        auto failed = std::make_shared<Snapshot>();
        failed->file = input.path;
        failed->text = input.text;
        failed->edition = input.edition;
        failed->parseErrors.push_back({{1, 1}, std::string("not analysed: internal error (") + e.what() + ")"});
        return failed;
    }
}

} // namespace

AnalysisController::AnalysisController(QObject* parent) : QObject(parent), m_work(new BackgroundWork(this)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
    m_largeFutureBytes = QSettings().value("analysis/largeFutureBytes", 16384).toLongLong();
    if (m_largeFutureBytes < 1) m_largeFutureBytes = 16384;
}

AnalysisController::~AnalysisController() {
    if (m_cancelCurrent) m_cancelCurrent->store(true);
    delete m_work; // waits for the cancelled run, which reports to this object
}

void AnalysisController::requestDebounced(const QString& path, const QString& text, Edition edition) {
    m_path = path;
    m_text = text;
    m_edition = edition;
    m_debounce.start();
}

void AnalysisController::requestNow(const QString& path, const QString& text, Edition edition) {
    m_path = path;
    m_text = text;
    m_edition = edition;
    m_debounce.stop();
    start();
}

void AnalysisController::setLargeFutureBytes(long bytes) {
    m_largeFutureBytes = bytes;
    QSettings().setValue("analysis/largeFutureBytes", static_cast<qlonglong>(bytes));
}

void AnalysisController::start() {
    if (m_cancelCurrent) m_cancelCurrent->store(true); // superseded: stop early
    m_cancelCurrent = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    AnalysisInput input{m_path.toStdString(), m_text.toStdString(), m_edition, nullptr};
    input.largeFutureBytes = m_largeFutureBytes;
    input.reusePrevious = true; // the same file after an edit, mostly
    auto cancel = m_cancelCurrent;
    ++m_running;
    emit started();
    m_work->run(
        [input, cancel, options = m_projectOptions]() mutable {
            input.cancelled = cancel.get();
            // The file's crate, found once per file and options (ProjectSession caches it).
            if (!input.path.empty()) input.project = ProjectSession::forFile(input.path, options);
            return analyzeOrExplain(input);
        },
        [this, generation](std::shared_ptr<const Snapshot> snapshot) {
            --m_running;
            if (generation == m_generation) emit finished(snapshot); // else: stale, discard
        });
}

void AnalysisController::waitForIdle() {
    if (m_debounce.isActive()) {
        m_debounce.stop();
        start();
    }
    while (m_running > 0) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace awaitscope
