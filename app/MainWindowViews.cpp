#include "MainWindowViews.h"

#include "DiagnosticsModel.h"
#include "DiagnosticsPanel.h"
#include "EmptyHint.h"
#include "FieldTableModel.h"
#include "FileChangedBar.h"
#include "GraphLegend.h"
#include "LoweredCodeView.h"
#include "OutlineModel.h"
#include "PathView.h"
#include "ProjectDock.h"
#include "SourceEditor.h"
#include "SpaceView.h"
#include "StateGraphView.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

QDockWidget* addDock(QMainWindow* window, QWidget* widget, const QString& title, const QString& name,
                     Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name); // saveState() restores docks by name
    dock->setWidget(widget);
    window->addDockWidget(area, dock);
    return dock;
}

QLabel* noteLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setMargin(4);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->hide();
    return label;
}

QTableView* fieldTable(QWidget* parent, FieldTableModel* fields) {
    auto* view = new QTableView(parent);
    view->setObjectName("FieldTableView");
    view->setModel(fields);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    QObject::connect(fields, &QAbstractItemModel::modelReset, view, [view] {
        // Fit the short columns; a long type is elided rather than pushing "why" out of view.
        view->resizeColumnsToContents();
        view->setColumnWidth(FieldTableModel::TypeColumn,
                             std::min(view->columnWidth(FieldTableModel::TypeColumn), 280));
    });
    return view;
}

} // namespace

MainWindowViews MainWindowViews::build(QMainWindow* window) {
    MainWindowViews views;
    views.buildCentralArea(window);
    views.buildDocks(window);
    return views;
}

void MainWindowViews::buildCentralArea(QMainWindow* window) {
    auto* central = new QWidget(window);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    changedBar = new FileChangedBar(central);
    readOnlyBar = noteLabel(central, "ReadOnlyBar");
    editor = new SourceEditor(central);
    layout->addWidget(changedBar);
    layout->addWidget(readOnlyBar);
    layout->addWidget(editor);
    window->setCentralWidget(central);
}

void MainWindowViews::buildDocks(QMainWindow* window) {
    outline = new OutlineModel(window);
    outlineView = new QTreeView(window);
    outlineView->setObjectName("OutlineView");
    outlineView->setModel(outline);
    outlineView->header()->setStretchLastSection(false);
    outlineView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    outlineView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const auto tr = [](const char* text) { return QObject::tr(text); };
    QDockWidget* outlineDock =
        addDock(window, outlineView, tr("Futures and await points"), "OutlineDock", Qt::LeftDockWidgetArea);

    QDockWidget* loweredDock =
        addDock(window, buildLoweredPanel(window), tr("Lowered code"), "LoweredCodeDock", Qt::LeftDockWidgetArea);
    window->splitDockWidget(outlineDock, loweredDock, Qt::Vertical);
    // A tab behind the outline, added after the split so the lowered code stays below both.
    project = new ProjectDock(window);
    projectDock = addDock(window, project, tr("Project"), "ProjectDock", Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(outlineDock, projectDock);
    outlineDock->raise();

    QDockWidget* graphDock =
        addDock(window, buildGraphPanel(window), tr("State machine"), "StateGraphDock", Qt::RightDockWidgetArea);
    fields = new FieldTableModel(window);
    fieldView = fieldTable(window, fields);
    QDockWidget* fieldDock =
        addDock(window, fieldView, tr("Fields of the selected state"), "FieldDock", Qt::RightDockWidgetArea);
    window->splitDockWidget(graphDock, fieldDock, Qt::Vertical);
    diagnostics = new DiagnosticsModel(window);
    diagnosticsPanel = new DiagnosticsPanel(diagnostics, window);
    QDockWidget* problemDock =
        addDock(window, diagnosticsPanel, tr("Problems"), "ProblemsDock", Qt::RightDockWidgetArea);
    window->tabifyDockWidget(fieldDock, problemDock);
    spaceView = new SpaceView(window);
    QDockWidget* spaceDock =
        addDock(window, spaceView, tr("What takes the space"), "SpaceDock", Qt::RightDockWidgetArea);
    window->tabifyDockWidget(problemDock, spaceDock);
    fieldDock->raise();

    // The propagation path is a wide tree (two leaves side by side): it gets the full width.
    pathView = new PathView(window);
    QDockWidget* pathDock = addDock(window, pathView, tr("Why not Send"), "PathDock", Qt::BottomDockWidgetArea);
    defaultDocks = {outlineDock, loweredDock, graphDock, fieldDock, pathDock};
}

QWidget* MainWindowViews::buildGraphPanel(QWidget* parent) {
    // The graph, a note on what an edition switch changed above it, the legend below.
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    editionNote = noteLabel(panel, "EditionNote");
    stateGraph = new StateGraphView(panel);
    layout->addWidget(editionNote);
    layout->addWidget(stateGraph, 1);
    layout->addWidget(new GraphLegend(panel));
    return panel;
}

QWidget* MainWindowViews::buildLoweredPanel(QWidget* parent) {
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    loweredCode = new LoweredCodeView(panel);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 2);
    copyLowered = new QPushButton(QObject::tr("Copy as Rust"), panel);
    copyLowered->setObjectName("CopyLoweredCode");
    copyLowered->setToolTip(QObject::tr("Copy the selected future's state machine as Rust that rustc accepts "
                                        "(the enum of states and its Future impl)"));
    bar->addStretch(1);
    bar->addWidget(copyLowered);
    layout->addWidget(loweredCode, 1);
    layout->addLayout(bar);
    return panel;
}

void MainWindowViews::addEmptyHints(const std::function<bool()>& analysed) const {
    OutlineModel* outlineModel = outline;
    new EmptyHint(outlineView, [outlineModel]() -> QString {
        const auto snapshot = outlineModel->snapshot();
        if (!snapshot) return QObject::tr("Open a Rust file (File > Open, or a lesson from the Samples menu).");
        if (snapshot->futures.empty())
            return QObject::tr(
                "No async fn, async block or async closure in this file: write one and its states appear here.");
        return {};
    });
    FieldTableModel* fieldModel = fields;
    new EmptyHint(fieldView, [fieldModel] { return fieldModel->emptyText(); });
    DiagnosticsModel* problems = diagnostics;
    new EmptyHint(diagnosticsPanel->view(), [problems, analysed]() -> QString {
        if (!analysed() || problems->rowCount() > 0) return {};
        return QObject::tr("No problems: every future this file requires to be Send is Send, and nothing borrowed "
                           "must be 'static.");
    });
}

void MainWindowViews::arrange(QMainWindow* window) const {
    // Proportions of the window, so that on a 1600x1000 screen the editor, the state
    // machine, the fields, the lowered enum and the path are all readable at once.
    const auto [outlineDock, loweredDock, graphDock, fieldDock, pathDock] = defaultDocks;
    const int w = window->width(), h = window->height();
    // The state machine gets the most room: at 1:1 (its smallest text 10 px) it fits.
    window->resizeDocks({outlineDock, graphDock}, {w * 18 / 100, w * 44 / 100}, Qt::Horizontal);
    window->resizeDocks({outlineDock, loweredDock, pathDock}, {h * 20 / 100, h * 38 / 100, h * 34 / 100}, Qt::Vertical);
    window->resizeDocks({graphDock, fieldDock}, {h * 40 / 100, h * 18 / 100}, Qt::Vertical);
}

} // namespace awaitscope
