#include "MenuBuilder.h"

#include "AnalysisController.h"
#include "MainWindow.h"
#include "NavigationController.h"
#include "RecentFiles.h"
#include "RustcCheckController.h"
#include "SampleCatalog.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "StateGraphView.h"
#include "WalkthroughDialog.h"
#include "WindowExporter.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace awaitscope {

RecentFiles* MenuBuilder::build() {
    RecentFiles* recent = buildFileMenu();
    buildEditMenu();
    buildNavigateMenu();
    buildViewMenu();
    buildSamplesMenu();
    buildToolsMenu();
    buildHelpMenu();
    return recent;
}

void MenuBuilder::buildToolsMenu() {
    MainWindow* w = m_window;
    QMenu* tools = w->menuBar()->addMenu(QObject::tr("&Tools"));
    tools->setToolTipsVisible(true);
    QAction* check = tools->addAction(QObject::tr("Check with &rustc"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                      w, [w] { w->checkWithRustc(); });
    check->setObjectName("checkWithRustc");
    QString missing;
    const bool available = RustcCheckController::toolsAvailable(&missing);
    check->setEnabled(available);
    check->setToolTip(available ? QObject::tr("Compile the file with the real compiler and compare its layouts "
                                              "with the model's (runs the dependencies' build scripts and macros)")
                                : missing);
}

RecentFiles* MenuBuilder::buildFileMenu() {
    MainWindow* w = m_window;
    QMenu* file = w->menuBar()->addMenu(QObject::tr("&File"));
    file->addAction(QObject::tr("&Open…"), QKeySequence::Open, w, [w] { w->openWithDialog(); });
    QAction* project = file->addAction(QObject::tr("Open &Project…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), w,
                                       [w] { w->openProjectWithDialog(); });
    project->setObjectName("openProject");
    auto* recent = new RecentFiles(file->addMenu(QObject::tr("Open &Recent")), w);
    QObject::connect(recent, &RecentFiles::openRequested, w, [w](const QString& path) { w->openPath(path); });
    file->addAction(QObject::tr("&Save"), QKeySequence::Save, w, [w] { w->save(); });
    file->addAction(QObject::tr("Save &As…"), QKeySequence::SaveAs, w, [w] { w->saveAs(); });
    file->addAction(QObject::tr("Re&load from Disk"), w, [w] { w->reloadFromDisk(); });
    file->addSeparator();
    // The same exports as `awaitscope export`, of the selected future / problem.
    QMenu* exportMenu = file->addMenu(QObject::tr("&Export"));
    const std::pair<const char*, const char*> views[] = {
        {"&State Machine…", "states"}, {"Why-not-Send &Path…", "path"}, {"&Lowered Code…", "code"}};
    for (const auto& [label, view] : views)
        exportMenu->addAction(QObject::tr(label), w, [w, view = QString(view)] {
            if (w->snapshot()) WindowExporter::exportWithDialog(w, *w->snapshot(), w->selection()->current(), view);
        });
    file->addSeparator();
    file->addAction(QObject::tr("&Quit"), QKeySequence::Quit, w, &QWidget::close);
    return recent;
}

void MenuBuilder::buildEditMenu() {
    QMenu* edit = m_window->menuBar()->addMenu(QObject::tr("&Edit"));
    SourceEditor* editor = m_window->editor();
    edit->addAction(QObject::tr("&Undo"), QKeySequence::Undo, editor, &QPlainTextEdit::undo);
    edit->addAction(QObject::tr("&Redo"), QKeySequence::Redo, editor, &QPlainTextEdit::redo);
    edit->addSeparator();
    MainWindow* w = m_window;
    edit->addAction(
        QObject::tr("Copy State Machine as &Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), w, [w] {
            if (!w->snapshot()) return;
            const QString error = WindowExporter::copyAsImage(*w->snapshot(), w->selection()->current(), "states");
            w->statusBar()->showMessage(error.isEmpty() ? QObject::tr("State machine copied as an image") : error,
                                        5000);
        });
}

void MenuBuilder::buildNavigateMenu() {
    QMenu* go = m_window->menuBar()->addMenu(QObject::tr("&Navigate"));
    NavigationController* nav = m_window->navigation();
    QAction* next = go->addAction(QObject::tr("&Next Await"), nav, [nav] { nav->nextAwait(false); });
    next->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    QAction* previous = go->addAction(QObject::tr("&Previous Await"), nav, [nav] { nav->nextAwait(true); });
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    go->addAction(QObject::tr("Next &Problem"), QKeySequence(Qt::Key_F4), nav, [nav] { nav->nextProblem(); });
    go->addSeparator();
    MainWindow* w = m_window;
    QAction* definition = go->addAction(QObject::tr("Go to &Definition (or Ctrl+Click)"), QKeySequence(Qt::Key_F12), w,
                                        [w] { w->goToDefinition(); });
    definition->setObjectName("goToDefinition");
}

void MenuBuilder::buildViewMenu() {
    QMenu* view = m_window->menuBar()->addMenu(QObject::tr("&View"));
    for (QDockWidget* dock : m_window->docks()) view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // Window-wide keys: they zoom the graph that has focus (the path), else the state machine.
    MainWindow* w = m_window;
    const auto target = [w]() -> GraphView* {
        for (QWidget* f = QApplication::focusWidget(); f; f = f->parentWidget())
            if (auto* graph = qobject_cast<GraphView*>(f)) return graph;
        return w->stateGraph();
    };
    QAction* in = view->addAction(QObject::tr("Zoom &In Graph"), w, [target] { target()->zoomBy(1.25); });
    in->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    view->addAction(QObject::tr("Zoom &Out Graph"), QKeySequence(Qt::CTRL | Qt::Key_Minus), w,
                    [target] { target()->zoomBy(0.8); });
    view->addAction(QObject::tr("&Fit Graph"), QKeySequence(Qt::CTRL | Qt::Key_0), w,
                    [target] { target()->fitGraph(); });
    view->addSeparator();
    view->addAction(QObject::tr("&Large-Future Threshold…"), w, [w] {
        bool ok = false;
        const int bytes = QInputDialog::getInt(
            w, QObject::tr("Large-future threshold"), QObject::tr("Warn about futures larger than (bytes):"),
            static_cast<int>(w->analysis()->largeFutureBytes()), 1, 1 << 30, 1024, &ok);
        if (!ok) return;
        w->analysis()->setLargeFutureBytes(bytes);
        w->reanalyze();
    });
}

void MenuBuilder::buildSamplesMenu() {
    MainWindow* w = m_window;
    QMenu* samples = w->menuBar()->addMenu(QObject::tr("&Samples"));
    for (const Sample& sample : listSamples()) {
        QAction* a = samples->addAction(sample.title);
        a->setStatusTip(QFileInfo(sample.path).fileName());
        QObject::connect(a, &QAction::triggered, w, [w, path = sample.path] {
            if (w->maybeSave()) w->openFile(path);
        });
    }
}

void MenuBuilder::buildHelpMenu() {
    MainWindow* w = m_window;
    QMenu* help = w->menuBar()->addMenu(QObject::tr("&Help"));
    help->addAction(QObject::tr("&Walk-through"), QKeySequence::HelpContents, w, [w] {
        auto* dialog = new WalkthroughDialog(w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // non-modal: the user can follow it in the window
    });
    help->addAction(QObject::tr("&About Awaitscope"), w, [w] {
        QMessageBox::about(w, QObject::tr("About Awaitscope"),
                           QObject::tr("<h3>Awaitscope %1</h3>"
                                       "<p>Shows the state machine rustc builds for async Rust: the states, "
                                       "what each await keeps alive and why, whether each value is Send and Sync, "
                                       "and the path that makes a future !Send.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(QObject::tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace awaitscope
