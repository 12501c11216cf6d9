#include "MainWindow.h"

#include "AnalysisController.h"
#include "DiagnosticsModel.h"
#include "DiagnosticsPanel.h"
#include "EditionComparison.h"
#include "EmptyHint.h"
#include "FieldTableModel.h"
#include "FileChangedBar.h"
#include "FixApplier.h"
#include "GraphLegend.h"
#include "GraphSources.h"
#include "LoweredCodeView.h"
#include "MenuBuilder.h"
#include "NavigationController.h"
#include "OutlineModel.h"
#include "PathView.h"
#include "RecentFiles.h"
#include "RustcCheckController.h"
#include "RustcPresentation.h"
#include "SelectionHub.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QTreeView>
#include <QVBoxLayout>

namespace awaitscope {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("MainWindow");
    setDockNestingEnabled(true);
    setAcceptDrops(true);
    m_analysis = new AnalysisController(this);
    m_hub = new SelectionHub(this);
    buildCentralArea();
    buildDocks();
    addEmptyHints();
    m_navigation = new NavigationController(m_hub,
                                            {m_editor, m_outline, m_outlineView, m_fields, m_fieldView, m_stateGraph,
                                             m_pathView, m_loweredCode, m_diagnostics, m_diagnosticsPanel},
                                            this);
    m_recent = MenuBuilder(this).build();
    buildEditionSelector();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_watcher = new QFileSystemWatcher(this);
    m_keeper = new UnsavedWorkKeeper(m_editor, this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChangedOnDisk);

    connect(m_analysis, &AnalysisController::finished, this, &MainWindow::applySnapshot);
    connect(m_analysis, &AnalysisController::started, this, [this] { m_status->setText(tr("Analysing…")); });
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this] { m_analysis->requestDebounced(m_path, m_editor->toPlainText(), currentEdition()); });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateTitle(); });
    connect(m_diagnosticsPanel, &DiagnosticsPanel::applyFixRequested, this, &MainWindow::applyFix);
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

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralArea() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_changedBar = new FileChangedBar(central);
    m_editor = new SourceEditor(central);
    layout->addWidget(m_changedBar);
    layout->addWidget(m_editor);
    setCentralWidget(central);
    connect(m_changedBar, &FileChangedBar::reloadRequested, this, &MainWindow::reloadFromDisk);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& name, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() restores docks by name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildDocks() {
    m_outline = new OutlineModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName("OutlineView");
    m_outlineView->setModel(m_outline);
    m_outlineView->header()->setStretchLastSection(false);
    m_outlineView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outlineView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QDockWidget* outlineDock =
        addDock(m_outlineView, tr("Futures and await points"), "OutlineDock", Qt::LeftDockWidgetArea);

    QDockWidget* loweredDock =
        addDock(buildLoweredPanel(), tr("Lowered code"), "LoweredCodeDock", Qt::LeftDockWidgetArea);
    splitDockWidget(outlineDock, loweredDock, Qt::Vertical);

    QDockWidget* graphDock = addDock(buildGraphPanel(), tr("State machine"), "StateGraphDock", Qt::RightDockWidgetArea);
    m_fields = new FieldTableModel(this);
    m_fieldView = new QTableView(this);
    m_fieldView->setObjectName("FieldTableView");
    m_fieldView->setModel(m_fields);
    m_fieldView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldView->verticalHeader()->hide();
    m_fieldView->horizontalHeader()->setStretchLastSection(true);
    m_fieldView->setWordWrap(false);
    m_fieldView->verticalHeader()->setDefaultSectionSize(m_fieldView->fontMetrics().height() + 6);
    connect(m_fields, &QAbstractItemModel::modelReset, m_fieldView, [this] {
        // Fit the short columns; a long type is elided rather than pushing "why" out of view.
        m_fieldView->resizeColumnsToContents();
        m_fieldView->setColumnWidth(FieldTableModel::TypeColumn,
                                    std::min(m_fieldView->columnWidth(FieldTableModel::TypeColumn), 280));
    });
    QDockWidget* fieldDock =
        addDock(m_fieldView, tr("Fields of the selected state"), "FieldDock", Qt::RightDockWidgetArea);
    splitDockWidget(graphDock, fieldDock, Qt::Vertical);
    m_diagnostics = new DiagnosticsModel(this);
    m_diagnosticsPanel = new DiagnosticsPanel(m_diagnostics, this);
    QDockWidget* problemDock = addDock(m_diagnosticsPanel, tr("Problems"), "ProblemsDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(fieldDock, problemDock);
    m_spaceView = new SpaceView(this);
    QDockWidget* spaceDock = addDock(m_spaceView, tr("What takes the space"), "SpaceDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(problemDock, spaceDock);
    connect(m_hub, &SelectionHub::snapshotChanged, m_spaceView,
            [this] { m_spaceView->setSnapshot(m_hub->snapshot()); });
    connect(m_hub, &SelectionHub::selectionChanged, m_spaceView,
            [this](const Selection& now, const Selection&) { m_spaceView->showFuture(now.future); });
    fieldDock->raise();

    // The propagation path is a wide tree (two leaves side by side): it gets the full width.
    m_pathView = new PathView(this);
    QDockWidget* pathDock = addDock(m_pathView, tr("Why not Send"), "PathDock", Qt::BottomDockWidgetArea);
    m_defaultDocks = {outlineDock, loweredDock, graphDock, fieldDock, pathDock};
}

QWidget* MainWindow::buildGraphPanel() {
    // The graph, a note on what an edition switch changed above it, the legend below.
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_editionNote = new QLabel(panel);
    m_editionNote->setObjectName("EditionNote");
    m_editionNote->setWordWrap(true);
    m_editionNote->setMargin(4);
    m_editionNote->setAutoFillBackground(true);
    m_editionNote->setBackgroundRole(QPalette::ToolTipBase);
    m_editionNote->setForegroundRole(QPalette::ToolTipText);
    m_editionNote->hide();
    m_stateGraph = new StateGraphView(panel);
    layout->addWidget(m_editionNote);
    layout->addWidget(m_stateGraph, 1);
    layout->addWidget(new GraphLegend(panel));
    return panel;
}

QWidget* MainWindow::buildLoweredPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_loweredCode = new LoweredCodeView(panel);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 2);
    m_copyLowered = new QPushButton(tr("Copy as Rust"), panel);
    m_copyLowered->setObjectName("CopyLoweredCode");
    m_copyLowered->setToolTip(tr("Copy the selected future's state machine as Rust that rustc accepts "
                                 "(the enum of states and its Future impl)"));
    connect(m_copyLowered, &QPushButton::clicked, this, &MainWindow::copyLoweredCode);
    bar->addStretch(1);
    bar->addWidget(m_copyLowered);
    layout->addWidget(m_loweredCode, 1);
    layout->addLayout(bar);
    return panel;
}

void MainWindow::addEmptyHints() {
    new EmptyHint(m_outlineView, [this]() -> QString {
        const auto snapshot = m_outline->snapshot();
        if (!snapshot) return tr("Open a Rust file (File > Open, or a lesson from the Samples menu).");
        if (snapshot->futures.empty())
            return tr("No async fn, async block or async closure in this file: write one and its states appear here.");
        return {};
    });
    new EmptyHint(m_fieldView, [this] { return m_fields->emptyText(); });
    new EmptyHint(m_diagnosticsPanel->view(), [this]() -> QString {
        if (!m_snapshot || m_diagnostics->rowCount() > 0) return {};
        return tr("No problems: every future this file requires to be Send is Send, and nothing borrowed must be "
                  "'static.");
    });
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

void MainWindow::arrangeDocks() {
    // Proportions of the window, so that on a 1600x1000 screen the editor, the state
    // machine, the fields, the lowered enum and the path are all readable at once.
    const auto [outline, lowered, graph, fields, path] = m_defaultDocks;
    const int w = width(), h = height();
    // The state machine gets the most room: at 1:1 (its smallest text 10 px) it fits.
    resizeDocks({outline, graph}, {w * 18 / 100, w * 44 / 100}, Qt::Horizontal);
    resizeDocks({outline, lowered, path}, {h * 20 / 100, h * 38 / 100, h * 34 / 100}, Qt::Vertical);
    resizeDocks({graph, fields}, {h * 40 / 100, h * 18 / 100}, Qt::Vertical);
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
    m_analysis->requestNow(m_path, m_editor->toPlainText(), currentEdition());
}

void MainWindow::openWithDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Rust file"), QFileInfo(m_path).path(),
                                                      tr("Rust sources (*.rs);;All files (*)"));
    if (!path.isEmpty() && maybeSave()) openFile(path);
}

bool MainWindow::openFile(const QString& path) {
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
    m_editionNote->hide();
    m_changedBar->hide();
    m_savedBytes = QByteArray::fromStdString(loaded.text);
    m_editor->setPlainText(QString::fromStdString(loaded.text));
    m_editor->document()->setModified(false);
    if (kept && *kept != m_editor->toPlainText()) restoreKeptEdits(*kept);
    m_recent->add(path);
    watch(path);
    updateTitle();
    reanalyzeNow();
    return true;
}

void MainWindow::restoreKeptEdits(const QString& kept) {
    // One edit on top of the file's text: Ctrl+Z goes back to what is on disk.
    QTextCursor all(m_editor->document());
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
    if (m_selectOnArrival) selectSomethingToShow();
    m_selectOnArrival = false;
}

void MainWindow::noteEditionChange(const std::shared_ptr<const Snapshot>& before) {
    // Only an edition switch on the same file gets a note; the next file clears it.
    if (!before || !m_modelSnapshot || before == m_modelSnapshot || before->file != m_modelSnapshot->file) return;
    if (before->edition == m_modelSnapshot->edition) return;
    const QString note = editionChangeNote(*before, *m_modelSnapshot);
    m_editionNote->setText(note);
    m_editionNote->setToolTip(note);
    m_editionNote->show();
    statusBar()->showMessage(note, 15000);
}

void MainWindow::checkWithRustc() {
    if (m_modelSnapshot && !m_rustc->isRunning())
        m_rustc->start(m_path.isEmpty() ? QStringLiteral("untitled.rs") : m_path, m_editor->toPlainText(),
                       currentEdition());
}

void MainWindow::presentSnapshot() {
    const bool stale = m_rustc->result() && m_rustc->checkedText() != m_editor->toPlainText();
    const RustcPresentation shown = presentWithRustc(m_modelSnapshot, m_rustc->result(), stale);
    m_snapshot = shown.snapshot;
    m_hub->setSnapshot(m_snapshot);
    // Shown before the model resets, so that the reset fits the column to its contents.
    m_fieldView->setColumnHidden(FieldTableModel::RustcColumn, !shown.views);
    m_fields->setRustc(shown.views, stale);
    m_stateGraph->setMarkedNodes(shown.differingStates);
    updateStatus();
    if (!shown.summary.isEmpty()) m_status->setText(m_status->text() + QStringLiteral(" — ") + shown.summary);
}

void MainWindow::selectSomethingToShow() {
    // A freshly opened file shows its most telling state: the first await of the future a
    // diagnostic blames, with that diagnostic selected so its path is drawn; else the
    // first await of the file.
    int future = -1, problem = -1;
    const auto& futures = m_snapshot->futures;
    for (size_t d = 0; future < 0 && d < m_snapshot->diagnostics.size(); ++d) {
        const Diagnostic& diagnostic = m_snapshot->diagnostics[d];
        if (const FutureInfo* f = m_snapshot->futureOf(diagnostic); f && f->suspendCount() > 0) {
            future = f->id.index;
            problem = static_cast<int>(d);
        }
    }
    for (size_t f = 0; future < 0 && f < futures.size(); ++f)
        if (futures[f].suspendCount() > 0) future = static_cast<int>(f);
    if (future < 0) return;
    Selection s = m_hub->current();
    s.future = future;
    s.state = 1; // Suspend0
    s.field = -1;
    s.diagnostic = problem;
    s.cause = -1;
    m_hub->select(s);
    if (const auto& kw = futures[future].states[1].awaitKeyword) m_editor->goTo(*kw);
}

void MainWindow::updateStatus() {
    int notSend = 0;
    for (const FutureInfo& f : m_snapshot->futures) notSend += f.send == Verdict::No;
    QString text = tr("%n future(s)", "", static_cast<int>(m_snapshot->futures.size()));
    if (notSend) text += tr(", %n not Send", "", notSend);
    if (!m_snapshot->parseErrors.empty()) {
        // The first one says why, e.g. "not analysed: nesting deeper than 60000 at 3:40".
        const ParseError& first = m_snapshot->parseErrors.front();
        text += tr(" — %n syntax error(s), first at %1: %2", "", static_cast<int>(m_snapshot->parseErrors.size()))
                    .arg(QString::fromStdString(toString(first.position)), QString::fromStdString(first.message));
    }
    if (m_lastGood.showingOlderFutures()) text += tr(" — showing the last analysis that parsed");
    if (const auto& project = m_snapshot->project; project && !project->crate.empty())
        text += tr(" — crate %1 (%2), %3")
                    .arg(QString::fromStdString(project->crate), QString::fromStdString(project->target),
                         QString::fromStdString(project->module));
    else
        text += project ? tr(" — file outside its crate's module tree") : tr(" — single file");
    m_status->setText(text);
}

bool MainWindow::applyFix(int problem, int fix) {
    if (!m_snapshot || problem < 0 || problem >= static_cast<int>(m_snapshot->diagnostics.size())) return false;
    const Diagnostic& d = m_snapshot->diagnostics[problem];
    if (fix < 0 || fix >= static_cast<int>(d.fixes.size())) return false;
    // The document emits contentsChange, so the analysis follows the edit by itself.
    if (applyTextEdits(m_editor->document(), d.fixes[fix].edits)) return true;
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
    m_changedBar->offer(QFileInfo(path).fileName(), m_editor->document()->isModified());
}

void MainWindow::reloadFromDisk() {
    const TextPosition cursor = m_editor->cursorPosition();
    m_editor->document()->setModified(false); // the user chose to discard edits
    if (openFile(m_path)) m_editor->goTo(cursor);
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
    if (!m_editor->document()->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(QFileInfo(m_path).fileName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) m_keeper->discard();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save() {
    if (m_path.isEmpty()) return saveAs();
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit()) {
        showError(tr("Cannot save"), tr("Cannot write %1: %2").arg(m_path, out.errorString()));
        return false;
    }
    m_savedBytes = bytes;
    m_editor->document()->setModified(false);
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
    const QString name = m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(QStringLiteral("%1%2 — Awaitscope").arg(name, m_editor->document()->isModified() ? "*" : ""));
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
    if (!restoreState(m_savedDockState, kDockStateVersion)) arrangeDocks();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile() && maybeSave()) openFile(urls.front().toLocalFile());
}

} // namespace awaitscope
