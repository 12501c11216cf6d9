// The window as a person uses it (issue: a legible graph that fits, zoom keys from
// anywhere, views that agree, a fix that keeps the bytes around it, a restored layout,
// lowered code to copy, an edition switch that says what changed, empty views that say
// what to do, badges that explain themselves).
#include "AnalysisController.h"
#include "EmptyHint.h"
#include "FieldTableModel.h"
#include "GraphLegend.h"
#include "GraphNodeItem.h"
#include "GraphSources.h"
#include "LoweredCodeView.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "StateGraphView.h"
#include "TestSnapshots.h"
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <cstdlib>
#include <gtest/gtest.h>
#include <map>

using namespace awaitscope;

namespace {

// Each test gets settings of its own: no arrangement left by another test is restored.
class WindowUse : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }
    QTemporaryDir m_settings;
};

void showAt(MainWindow& w, QSize size) {
    w.resize(size);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
}

void open(MainWindow& w, const char* sample) {
    ASSERT_TRUE(w.openFile(test::samplePath(sample)));
    w.analysis()->waitForIdle();
    w.stateGraph()->waitForLayout();
    QCoreApplication::processEvents();
}

QDockWidget* dockNamed(MainWindow& w, const QString& name) {
    for (QDockWidget* d : w.docks())
        if (d->objectName() == name) return d;
    return nullptr;
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_F(WindowUse, TallyGraphIsReadableAndFitsItsDockAt1600x1000) {
    MainWindow w;
    showAt(w, {1600, 1000});
    open(w, "refcell_guard.rs");
    StateGraphView* graph = w.stateGraph();
    ASSERT_FALSE(graph->nodeItems().isEmpty());
    // The smallest text of the layout is 10 points (layout/DiagramStyle.h): at this zoom it
    // is at least 10 px on screen.
    EXPECT_GE(graph->zoom(), 1.0);
    const QRectF scene = graph->sceneRect();
    EXPECT_LE(scene.width() * graph->zoom(), graph->viewport()->width() + 1) << "the whole graph is in view";
    EXPECT_LE(scene.height() * graph->zoom(), graph->viewport()->height() + 1) << "the whole graph is in view";
}

TEST_F(WindowUse, ZoomKeysWorkFromAnyWidget) {
    MainWindow w;
    showAt(w, {1600, 1000});
    open(w, "refcell_guard.rs");
    StateGraphView* graph = w.stateGraph();
    w.editor()->setFocus();
    QCoreApplication::processEvents();
    const double fitted = graph->zoom();
    QTest::keyClick(w.editor(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(graph->zoom(), fitted) << "Ctrl+= in the editor zooms the state machine";
    QTest::keyClick(w.outlineView(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(graph->zoom(), fitted) << "Ctrl+0 in the outline fits it again";
    QTest::keyClick(w.fieldView(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(graph->zoom(), fitted) << "Ctrl+- in the fields table zooms out";
}

TEST_F(WindowUse, DockLayoutIsRestoredAsLeft) {
    std::map<QString, QRect> left;
    QRect window;
    {
        MainWindow w;
        showAt(w, {1600, 1000});
        // The user drags two splitters: a wider state machine, a lower path dock.
        w.resizeDocks({dockNamed(w, "StateGraphDock")}, {720}, Qt::Horizontal);
        w.resizeDocks({dockNamed(w, "PathDock")}, {260}, Qt::Vertical);
        QCoreApplication::processEvents();
        for (QDockWidget* d : w.docks()) left[d->objectName()] = d->geometry();
        window = w.geometry();
        w.close();
    }
    for (int restart = 0; restart < 2; ++restart) { // twice: sizes must not drift
        MainWindow w;
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();
        EXPECT_EQ(w.geometry().size(), window.size());
        for (QDockWidget* d : w.docks()) {
            const QRect was = left[d->objectName()], is = d->geometry();
            EXPECT_LE(std::abs(is.x() - was.x()) + std::abs(is.y() - was.y()), 4) << d->objectName().toStdString();
            EXPECT_LE(std::abs(is.width() - was.width()) + std::abs(is.height() - was.height()), 4)
                << d->objectName().toStdString() << " restart " << restart;
        }
        w.close();
    }
}

TEST_F(WindowUse, EveryViewSaysTheSameAboutEveryStateOfEverySample) {
    // The fields table, the lowered code's variant and the state machine's node list the
    // same values for each state (and all say "nothing" for Returned / Panicked).
    FieldTableModel table;
    LoweredCodeView code;
    int states = 0;
    for (const QString& name : QDir(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples")).entryList({"*.rs"})) {
        const QString path = test::samplePath(name.toUtf8().constData());
        const auto snapshot = analyze({path.toStdString(), readAll(path).toStdString(), Edition::E2021, nullptr});
        table.setSnapshot(snapshot);
        for (size_t f = 0; f < snapshot->futures.size(); ++f) {
            const FutureInfo& future = snapshot->futures[f];
            const GraphDescription graph = stateMachineGraph(*snapshot, static_cast<int>(f));
            const LoweredText lowered = loweredCode(future);
            code.setCode(lowered.text, lowered.stateLines);
            for (size_t s = 0; s < future.states.size(); ++s, ++states) {
                const std::string where = name.toStdString() + " " + future.name + " " + future.states[s].name;
                table.setState(static_cast<int>(f), static_cast<int>(s));
                code.setSelectedState(static_cast<int>(s));
                int members = 0;
                for (const QString& line : code.selectedVariantText().split('\n'))
                    members += line.startsWith("        ") && line.contains(": ") && line.contains(" // ");
                const GraphNode& node = graph.nodes[s];
                int rows = 0;
                for (const GraphRow& row : node.rows) {
                    if (!row.id.empty())
                        ++rows;
                    else if (row.text.rfind("upvars: ", 0) == 0)
                        rows += static_cast<int>(future.upvars.size());
                }
                EXPECT_EQ(table.rowCount(), members) << where << ": table vs lowered code";
                EXPECT_EQ(table.rowCount(), rows) << where << ": table vs state machine";
                const bool saysNothing = !node.rows.empty() && node.rows[0].text.find("nothing") != std::string::npos;
                EXPECT_EQ(table.rowCount() == 0, saysNothing) << where;
                EXPECT_EQ(table.rowCount() == 0, !table.emptyText().isEmpty()) << where;
                for (int r = 0; r < table.rowCount(); ++r) {
                    const QString field = table.index(r, 0).data().toString();
                    if (table.index(r, 1).data().toString() == "temporary" || field == "self") continue;
                    if (table.index(r, 1).data().toString() == "awaitee") continue;
                    EXPECT_TRUE(code.selectedVariantText().contains("        " + field))
                        << where << " " << field.toStdString();
                }
            }
        }
    }
    EXPECT_GT(states, 100);
}

TEST_F(WindowUse, ApplyingAFixLeavesEveryOtherByteAsItWas) {
    QTemporaryDir dir;
    const QString path = dir.filePath("work.rs");
    const std::string text = "use std::rc::Rc;\n"
                             "async fn tick() {}\n"
                             "async fn work() {\n"
                             "    let shared = Rc::new(5); // the Rc must not cross the await — note\n"
                             "    tick().await; /* é */\n"
                             "    println!(\"{}\", shared);\n"
                             "}\n"
                             "fn main() {\n"
                             "    tokio::spawn(work());\n"
                             "}\n";
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(text));
    out.close();
    MainWindow w;
    ASSERT_TRUE(w.openFile(path));
    w.analysis()->waitForIdle();
    const auto snapshot = w.snapshot();
    int fixes = 0;
    for (size_t d = 0; d < snapshot->diagnostics.size(); ++d)
        for (size_t f = 0; f < snapshot->diagnostics[d].fixes.size(); ++f) {
            const AppliedFix expected = FixApplier(text).apply(snapshot->diagnostics[d].fixes[f]);
            ASSERT_TRUE(expected.ok());
            ASSERT_TRUE(w.applyFix(static_cast<int>(d), static_cast<int>(f)));
            EXPECT_EQ(w.editor()->toPlainText().toStdString(), expected.text)
                << snapshot->diagnostics[d].fixes[f].title;
            EXPECT_TRUE(w.editor()->toPlainText().contains("// the Rc must not cross the await — note"));
            EXPECT_TRUE(w.editor()->toPlainText().contains("/* é */"));
            w.editor()->undo();
            EXPECT_EQ(w.editor()->toPlainText().toStdString(), text);
            ++fixes;
        }
    EXPECT_GE(fixes, 2);
}

TEST_F(WindowUse, CopyAsRustPutsTheLoweredCodeOnTheClipboard) {
    MainWindow w;
    open(w, "refcell_guard.rs");
    const FutureInfo* future = w.selection()->future();
    ASSERT_TRUE(future);
    QApplication::clipboard()->clear();
    QTest::mouseClick(w.copyLoweredButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, loweredCode(*future).text);
    EXPECT_TRUE(copied.contains("std::future::Future for"));
}

TEST_F(WindowUse, SwitchingTheEditionRedrawsTheMachineAndSaysWhatChanged) {
    MainWindow w;
    open(w, "edition_temporaries.rs");
    const auto before = w.snapshot();
    const FutureInfo* was = before->findFuture("first_or_reload");
    ASSERT_TRUE(was);
    EXPECT_FALSE(w.editionNote()->isVisibleTo(&w));
    w.setEditionText("2024");
    w.analysis()->waitForIdle();
    w.stateGraph()->waitForLayout();
    const FutureInfo* now = w.snapshot()->findFuture("first_or_reload");
    ASSERT_TRUE(now);
    EXPECT_LT(now->states[1].fields.size(), was->states[1].fields.size()) << "2024 drops the scrutinee's Ref earlier";
    EXPECT_TRUE(w.editionNote()->isVisibleTo(&w));
    EXPECT_TRUE(w.editionNote()->text().contains("Edition 2024 (was 2021)")) << w.editionNote()->text().toStdString();
    EXPECT_TRUE(w.editionNote()->text().contains("no longer keeps")) << w.editionNote()->text().toStdString();
    EXPECT_TRUE(w.editionNote()->text().contains("first_or_reload"));
}

TEST_F(WindowUse, EmptyViewsSayWhatToDoNext) {
    MainWindow w;
    auto hint = [](QWidget* view) -> EmptyHint* { return view->findChild<EmptyHint*>(); };
    ASSERT_TRUE(hint(w.outlineView()));
    EXPECT_TRUE(hint(w.outlineView())->text().contains("Open a Rust file"));
    EXPECT_FALSE(hint(w.outlineView())->isHidden());
    EXPECT_TRUE(hint(w.fieldView())->text().contains("Open a Rust file"));
    QTemporaryDir dir;
    const QString path = dir.filePath("plain.rs");
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("fn main() {}\n");
    out.close();
    ASSERT_TRUE(w.openFile(path));
    w.analysis()->waitForIdle();
    EXPECT_TRUE(hint(w.outlineView())->text().contains("No async fn")) << hint(w.outlineView())->text().toStdString();
    EXPECT_TRUE(hint(w.fieldView())->text().contains("no async fn"));
    EXPECT_TRUE(w.loweredCode()->toPlainText().contains("No async code"));
    open(w, "refcell_guard.rs");
    EXPECT_TRUE(hint(w.outlineView())->isHidden()) << "a file with futures needs no hint";
    Selection s = w.selection()->current();
    s.state = static_cast<int>(w.selection()->future()->states.size()) - 2; // Returned
    w.selection()->select(s);
    EXPECT_TRUE(hint(w.fieldView())->text().contains("Returned holds nothing"));
    EXPECT_FALSE(hint(w.fieldView())->isHidden());
}

TEST_F(WindowUse, BadgesAndTheLegendExplainThemselves) {
    MainWindow w;
    showAt(w, {1600, 1000});
    open(w, "refcell_guard.rs");
    QStringList tips;
    for (GraphNodeItem* node : w.stateGraph()->nodeItems()) {
        const QRectF box = node->boundingRect();
        for (double y = box.top(); y < box.bottom(); y += 4)
            for (double x = box.right() - 100; x < box.right(); x += 4) tips << node->toolTipAt({x, y});
    }
    EXPECT_TRUE(tips.join('\n').contains("!Send: must stay on its thread")) << "a red badge says what it means";
    EXPECT_TRUE(tips.join('\n').contains("Send: may move to another thread"));
    GraphLegend* legend = w.findChild<GraphLegend*>();
    ASSERT_TRUE(legend);
    QStringList legendTips;
    for (QLabel* label : legend->findChildren<QLabel*>()) legendTips << label->toolTip();
    for (const char* word : {"Send:", "!Send:", "Send?:"}) EXPECT_TRUE(legendTips.join('\n').contains(word)) << word;
}
