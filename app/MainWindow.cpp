#include "MainWindow.h"

#include "AnalysisController.h"
#include "OutlineModel.h"
#include "RecentFiles.h"
#include "SampleCatalog.h"
#include "SourceEditor.h"
#include "util/FileLoader.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace awaitscope {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("MainWindow");
    m_editor = new SourceEditor(this);
    setCentralWidget(m_editor);
    m_analysis = new AnalysisController(this);
    m_outline = new OutlineModel(this);
    setAcceptDrops(true);
    buildDocks();
    buildMenus();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_analysis, &AnalysisController::finished, this, &MainWindow::applySnapshot);
    connect(m_analysis, &AnalysisController::started, this, [this] { m_status->setText(tr("Analysing…")); });
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this] {
        m_analysis->requestDebounced(m_path, m_editor->toPlainText(), currentEdition());
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateTitle(); });
    connect(m_editor, &SourceEditor::cursorMovedTo, this, &MainWindow::selectOutlineAt);

    resize(1200, 800);
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks() {
    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName("OutlineView");
    m_outlineView->setModel(m_outline);
    m_outlineView->header()->setStretchLastSection(false);
    m_outlineView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outlineView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* dock = new QDockWidget(tr("Futures and await points"), this);
    dock->setObjectName("OutlineDock");
    dock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onOutlineActivated(current); });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Rust file"), QFileInfo(m_path).path(),
                                                          tr("Rust sources (*.rs);;All files (*)"));
        if (!path.isEmpty() && maybeSave()) openFile(path);
    });
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& p) {
        if (maybeSave()) openFile(p);
    });
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);

    QMenu* samples = menuBar()->addMenu(tr("&Samples"));
    for (const Sample& sample : listSamples()) {
        QAction* a = samples->addAction(sample.title);
        a->setStatusTip(QFileInfo(sample.path).fileName());
        connect(a, &QAction::triggered, this, [this, path = sample.path] {
            if (maybeSave()) openFile(path);
        });
    }

    QToolBar* bar = addToolBar(tr("Analysis"));
    bar->setObjectName("AnalysisToolBar");
    bar->addWidget(new QLabel(tr(" Edition "), this));
    m_edition = new QComboBox(this);
    m_edition->addItems({"2021", "2024", "2018", "2015"});
    m_edition->setToolTip(tr("The Rust edition decides how long temporaries live"));
    bar->addWidget(m_edition);
    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] { reanalyzeNow(); });
}

Edition MainWindow::currentEdition() const {
    return parseEdition(m_edition->currentText().toStdString()).value_or(Edition::E2021);
}

void MainWindow::reanalyzeNow() { m_analysis->requestNow(m_path, m_editor->toPlainText(), currentEdition()); }

bool MainWindow::openFile(const QString& path) {
    const LoadedFile loaded = loadSourceFile(path.toStdString());
    if (!loaded.ok()) {
        showError(tr("Cannot open file"), QString::fromStdString(loaded.error));
        return false;
    }
    m_path = path;
    m_editor->setPlainText(QString::fromStdString(loaded.text));
    m_editor->document()->setModified(false);
    m_recent->add(path);
    updateTitle();
    reanalyzeNow();
    return true;
}

void MainWindow::applySnapshot(std::shared_ptr<const Snapshot> snapshot) {
    // A broken edit keeps the last good analysis' futures on screen, with the errors marked.
    m_snapshot = std::move(snapshot);
    m_editor->setSnapshot(m_snapshot);
    m_outline->setSnapshot(m_snapshot);
    m_outlineView->expandAll();
    int notSend = 0;
    for (const FutureInfo& f : m_snapshot->futures) notSend += f.send == Verdict::No;
    QString text = tr("%n future(s)", "", static_cast<int>(m_snapshot->futures.size()));
    if (notSend) text += tr(", %n not Send", "", notSend);
    if (!m_snapshot->parseErrors.empty())
        text += tr(" — %n syntax error(s)", "", static_cast<int>(m_snapshot->parseErrors.size()));
    m_status->setText(text);
    selectOutlineAt(m_editor->cursorPosition());
}

void MainWindow::onOutlineActivated(const QModelIndex& index) {
    if (m_syncingSelection || !index.isValid()) return;
    const QVariant line = index.data(OutlineModel::LineRole);
    if (!line.isValid()) return;
    m_syncingSelection = true;
    m_editor->goTo({line.toInt(), index.data(OutlineModel::ColumnRole).toInt()});
    m_syncingSelection = false;
}

void MainWindow::selectOutlineAt(TextPosition position) {
    if (m_syncingSelection || !m_snapshot) return;
    // The await whose keyword the cursor is on (or the `.await` right before it).
    for (size_t f = 0; f < m_snapshot->futures.size(); ++f) {
        const auto& states = m_snapshot->futures[f].states;
        for (size_t s = 0; s < states.size(); ++s) {
            const auto& kw = states[s].awaitKeyword;
            if (!kw || kw->line != position.line) continue;
            if (position.column < kw->column - 1 || position.column > kw->column + 5) continue;
            m_syncingSelection = true;
            m_outlineView->setCurrentIndex(m_outline->stateIndex(static_cast<int>(f), static_cast<int>(s)));
            m_syncingSelection = false;
            return;
        }
    }
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
    return answer == QMessageBox::Discard;
}

bool MainWindow::save() {
    if (m_path.isEmpty()) return saveAs();
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_editor->toPlainText().toUtf8()) < 0 || !out.commit()) {
        showError(tr("Cannot save"), tr("Cannot write %1: %2").arg(m_path, out.errorString()));
        return false;
    }
    m_editor->document()->setModified(false);
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
    settings.setValue("window/state", saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile() && maybeSave()) openFile(urls.front().toLocalFile());
}

} // namespace awaitscope
