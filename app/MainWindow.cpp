#include "MainWindow.h"

#include "AnalysisController.h"
#include "DefinitionNavigator.h"
#include "DiagnosticsModel.h"
#include "DiagnosticsPanel.h"
#include "EditionComparison.h"
#include "FieldTableModel.h"
#include "FileChangedBar.h"
#include "FixApplier.h"
#include "GraphSources.h"
#include "LoweredCodeView.h"
#include "MenuBuilder.h"
#include "NavigationController.h"
#include "OutlineModel.h"
#include "PathView.h"
#include "ProjectController.h"
#include "ProjectDock.h"
#include "RecentFiles.h"
#include "RustcCheckController.h"
#include "RustcPresentation.h"
#include "SelectionHub.h"
#include "SnapshotSummary.h"
#include "SourceEditor.h"
#include "SpaceView.h"
#include "StateGraphView.h"
#include "UnsavedWorkKeeper.h"
#include "util/FileLoader.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QToolBar>

namespace awaitscope {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("MainWindow");
    setDockNestingEnabled(true);
    setAcceptDrops(true);
    m_analysis = new AnalysisController(this);
    m_hub = new SelectionHub(this);
    m_views = MainWindowViews::build(this);
    connect(m_views.changedBar, &FileChangedBar::reloadRequested, this, &MainWindow::reloadFromDisk);
    connect(m_views.copyLowered, &QPushButton::clicked, this, &MainWindow::copyLoweredCode);
    connect(m_hub, &SelectionHub::snapshotChanged, m_views.spaceView,
            [this] { m_views.spaceView->setSnapshot(m_hub->snapshot()); });
    connect(m_hub, &SelectionHub::selectionChanged, m_views.spaceView,
            [this](const Selection& now, const Selection&) { m_views.spaceView->showFuture(now.future); });
    m_views.addEmptyHints([this] { return m_snapshot != nullptr; });
    m_navigation = new NavigationController(m_hub,
                                            {m_views.editor, m_views.outline, m_views.outlineView, m_views.fields,
                                             m_views.fieldView, m_views.stateGraph, m_views.pathView,
                                             m_views.loweredCode, m_views.diagnostics, m_views.diagnosticsPanel},
                                            this);
    m_project = new ProjectController(m_views.project, this);
    m_definitions = new DefinitionNavigator(this);
    connectProject();
    m_recent = MenuBuilder(this).build();
    buildEditionSelector();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_watcher = new QFileSystemWatcher(this);
    m_keeper = new UnsavedWorkKeeper(m_views.editor, this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChangedOnDisk);

    connect(m_analysis, &AnalysisController::finished, this, &MainWindow::applySnapshot);
    connect(m_analysis, &AnalysisController::started, this, [this] { m_status->setText(tr("Analysing…")); });
    connect(m_views.editor->document(), &QTextDocument::contentsChange, this,
            [this] { m_analysis->requestDebounced(m_path, m_views.editor->toPlainText(), currentEdition()); });
    connect(m_views.editor->document(), &QTextDocument::modificationChanged, this, [this] { updateTitle(); });
    connect(m_views.diagnosticsPanel, &DiagnosticsPanel::applyFixRequested, this, &MainWindow::applyFix);
    m_rustc = new RustcCheckController(this);
    connect(m_rustc, &RustcCheckController::finished, this, [this] {
        presentSnapshot();
        statusBar()->showMessage(rustcStatusText(m_rustc->lastStatus()), 20000);
    });

    // The whole screen (up to 1600x1000) when no earlier size was saved.
    resize(screen()->availableSize().boundedTo(QSize(1600, 1000)));
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    m_savedDockState = settings.value("window/state").toByteArray();
    updateTitle();
}

// The background work ends first, while every part of the window is still there: a
// check that is waited for lets events run, and a finished analysis delivered then must
// find the views it updates (a QObject child would be deleted only after them).
MainWindow::~MainWindow() {
    delete m_rustc;
    m_rustc = nullptr;
    delete m_analysis;
    m_analysis = nullptr;
}

void MainWindow::connectProject() {
    connect(m_project, &ProjectController::opened, this, [this] {
        m_views.projectDock->show();
        m_views.projectDock->raise();
        resizeDocks({m_views.projectDock}, {width() / 4}, Qt::Horizontal); // room for the module names
        updateTitle();
    });
    connect(m_project, &ProjectController::optionsChanged, this, [this] {
        m_analysis->setProjectOptions(m_project->options());
        if (!m_path.isEmpty()) reanalyzeNow();
    });
    connect(m_project, &ProjectController::fileActivated, this, [this](const QString& path) {
        if (path != m_path && maybeSave()) openFile(path);
    });
}

bool MainWindow::openProject(const QString& path) {
    QString error;
    if (!maybeSave()) return false;
    if (!m_project->openProject(path, &error)) {
        showError(tr("Cannot open project"), error);
        return false;
    }
    m_recent->add(path);
    if (const CargoTarget* target = m_project->target()) openFile(QString::fromStdString(target->rootFile));
    return true;
}

void MainWindow::openProjectWithDialog() {
    // A folder, the usual way to name a package; a Cargo.toml is accepted by Open Recent and the command line.
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Cargo project (package or workspace folder)"),
                                                          QFileInfo(m_path).path());
    if (!dir.isEmpty()) openProject(dir);
}

void MainWindow::openPath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir() || info.fileName() == "Cargo.toml")
        openProject(path);
    else if (maybeSave())
        openFile(path);
}

bool MainWindow::goToDefinition() {
    return m_definitions->goToDefinition();
}

bool MainWindow::isReadOnly() const {
    return m_views.editor->isReadOnly();
}

void MainWindow::setReadOnly(bool readOnly) {
    // A dependency's source: shown, never edited, so nothing typed can be lost with it.
    m_views.editor->setReadOnly(readOnly);
    m_views.readOnlyBar->setText(tr("Read-only: %1 is a dependency's source; its edits would not be yours to keep.")
                                     .arg(QFileInfo(m_path).fileName()));
    m_views.readOnlyBar->setVisible(readOnly);
}

void MainWindow::copyLoweredCode() {
    const FutureInfo* future = m_hub->future();
    if (!future) {
        statusBar()->showMessage(tr("Select a future or an await first: its lowered code is what gets copied."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(awaitscope::loweredCode(*future).text);
    statusBar()->showMessage(tr("Lowered code of %1 copied as Rust").arg(QString::fromStdString(future->name)), 5000);
}

QList<QDockWidget*> MainWindow::docks() const {
    return findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::buildEditionSelector() {
    QToolBar* bar = addToolBar(tr("Analysis"));
    bar->setObjectName("AnalysisToolBar");
    bar->addWidget(new QLabel(tr(" Edition "), this));
    m_edition = new QComboBox(this);
    m_edition->setObjectName("EditionSelector");
    m_edition->addItems({"2021", "2024", "2018", "2015"});
    m_edition->setToolTip(tr("The Rust edition decides how long temporaries live"));
    bar->addWidget(m_edition);
    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] { reanalyzeNow(); });
}

void MainWindow::setEditionText(const QString& edition) {
    m_edition->setCurrentText(edition);
}

Edition MainWindow::currentEdition() const {
    return parseEdition(m_edition->currentText().toStdString()).value_or(Edition::E2021);
}

void MainWindow::reanalyzeNow() {
    m_analysis->requestNow(m_path, m_views.editor->toPlainText(), currentEdition());
}

void MainWindow::openWithDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Rust file"), QFileInfo(m_path).path(),
                                                      tr("Rust sources (*.rs);;All files (*)"));
    if (!path.isEmpty() && maybeSave()) openFile(path);
}

bool MainWindow::openFile(const QString& path, bool readOnly) {
    const LoadedFile loaded = loadSourceFile(path.toStdString());
    if (!loaded.ok()) {
        showError(tr("Cannot open file"), QString::fromStdString(loaded.error));
        return false;
    }
    const auto kept = m_keeper->keptTextFor(path); // read before the new text replaces it
    m_keeper->setPath(path);
    m_path = path;
    m_lastGood.reset();
    m_selectOnArrival = true;
    m_views.editionNote->hide();
    m_views.changedBar->hide();
    m_savedBytes = QByteArray::fromStdString(loaded.text);
    m_views.editor->setPlainText(QString::fromStdString(loaded.text));
    m_views.editor->document()->setModified(false);
    setReadOnly(readOnly);
    if (kept && !readOnly && *kept != m_views.editor->toPlainText()) restoreKeptEdits(*kept);
    m_recent->add(path);
    watch(path);
    updateTitle();
    reanalyzeNow();
    return true;
}

void MainWindow::restoreKeptEdits(const QString& kept) {
    // One edit on top of the file's text: Ctrl+Z goes back to what is on disk.
    QTextCursor all(m_views.editor->document());
    all.select(QTextCursor::Document);
    all.insertText(kept);
    statusBar()->showMessage(
        tr("Restored unsaved changes from an earlier session (Edit > Undo returns to the saved file)"), 15000);
}

void MainWindow::applySnapshot(std::shared_ptr<const Snapshot> snapshot) {
    // A broken edit keeps the last good analysis' futures on screen, with the errors marked.
    const auto before = m_modelSnapshot;
    m_modelSnapshot = m_lastGood.accept(std::move(snapshot));
    noteEditionChange(before);
    presentSnapshot();
    if (m_selectOnArrival)
        if (const auto telling = mostTellingSelection(*m_snapshot, m_hub->current())) {
            m_hub->select(telling->selection);
            if (telling->awaitKeyword) m_views.editor->goTo(*telling->awaitKeyword);
        }
    m_selectOnArrival = false;
}

void MainWindow::noteEditionChange(const std::shared_ptr<const Snapshot>& before) {
    // Only an edition switch on the same file gets a note; the next file clears it.
    if (!before || !m_modelSnapshot || before == m_modelSnapshot || before->file != m_modelSnapshot->file) return;
    if (before->edition == m_modelSnapshot->edition) return;
    const QString note = editionChangeNote(*before, *m_modelSnapshot);
    m_views.editionNote->setText(note);
    m_views.editionNote->setToolTip(note);
    m_views.editionNote->show();
    statusBar()->showMessage(note, 15000);
}

void MainWindow::checkWithRustc() {
    if (m_modelSnapshot && !m_rustc->isRunning())
        m_rustc->start(m_path.isEmpty() ? QStringLiteral("untitled.rs") : m_path, m_views.editor->toPlainText(),
                       currentEdition());
}

void MainWindow::presentSnapshot() {
    const bool stale = m_rustc->result() && m_rustc->checkedText() != m_views.editor->toPlainText();
    const RustcPresentation shown = presentWithRustc(m_modelSnapshot, m_rustc->result(), stale);
    m_snapshot = shown.snapshot;
    m_hub->setSnapshot(m_snapshot);
    // Shown before the model resets, so that the reset fits the column to its contents.
    m_views.fieldView->setColumnHidden(FieldTableModel::RustcColumn, !shown.views);
    m_views.fields->setRustc(shown.views, stale);
    m_views.stateGraph->setMarkedNodes(shown.differingStates);
    m_status->setText(snapshotStatusText(*m_snapshot, m_lastGood.showingOlderFutures()));
    if (!shown.summary.isEmpty()) m_status->setText(m_status->text() + QStringLiteral(" — ") + shown.summary);
}

bool MainWindow::applyFix(int problem, int fix) {
    if (!m_snapshot || problem < 0 || problem >= static_cast<int>(m_snapshot->diagnostics.size())) return false;
    const Diagnostic& d = m_snapshot->diagnostics[problem];
    if (fix < 0 || fix >= static_cast<int>(d.fixes.size()) || isReadOnly()) return false;
    // The document emits contentsChange, so the analysis follows the edit by itself.
    if (applyTextEdits(m_views.editor->document(), d.fixes[fix].edits)) return true;
    showError(tr("Cannot apply fix"), tr("The source changed since the fix was computed."));
    return false;
}

void MainWindow::watch(const QString& path) {
    if (!m_watcher->files().isEmpty()) m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(path)) m_watcher->addPath(path);
}

void MainWindow::onFileChangedOnDisk(const QString& path) {
    if (path != m_path) return;
    watch(path); // editors that save by renaming drop the file from the watcher
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.readAll() == m_savedBytes) return; // our own save
    m_views.changedBar->offer(QFileInfo(path).fileName(), m_views.editor->document()->isModified());
}

void MainWindow::reloadFromDisk() {
    const TextPosition cursor = m_views.editor->cursorPosition();
    m_views.editor->document()->setModified(false); // the user chose to discard edits
    if (openFile(m_path)) m_views.editor->goTo(cursor);
}

void MainWindow::showError(const QString& title, const QString& message) {
    // Non-blocking: the window keeps working (and tests never hang on a modal loop).
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_status->setText(message);
    emit errorShown(message);
}

bool MainWindow::maybeSave() {
    if (!m_views.editor->document()->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(QFileInfo(m_path).fileName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) m_keeper->discard();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save() {
    if (m_path.isEmpty()) return saveAs();
    const QByteArray bytes = m_views.editor->toPlainText().toUtf8();
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit()) {
        showError(tr("Cannot save"), tr("Cannot write %1: %2").arg(m_path, out.errorString()));
        return false;
    }
    m_savedBytes = bytes;
    m_views.editor->document()->setModified(false);
    watch(m_path);
    return true;
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rust file"), m_path, tr("Rust sources (*.rs)"));
    if (path.isEmpty()) return false;
    m_path = path;
    m_recent->add(path);
    return save();
}

void MainWindow::updateTitle() {
    QString name = m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName();
    if (m_views.editor->document()->isModified()) name += "*";
    if (isReadOnly()) name += tr(" [read-only]");
    // The mode: the open project's crate and target, or a file on its own.
    const QString mode = m_project->isOpen() ? tr("project %1").arg(m_project->title()) : tr("single file");
    setWindowTitle(QStringLiteral("%1 — %2 — Awaitscope").arg(name, mode));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState(kDockStateVersion));
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_docksPlaced) return;
    m_docksPlaced = true;
    // Both need the window's real size: restored before it, the dock sizes are scaled
    // against a window that is not yet laid out and drift on every restart.
    if (!restoreState(m_savedDockState, kDockStateVersion)) m_views.arrange(this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) openPath(urls.front().toLocalFile());
}

} // namespace awaitscope
