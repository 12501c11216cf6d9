// The window as a user drives it: put the cursor on an await and every view follows;
// click in the graph or the lowered code and the editor follows; F8 / F4; a syntax
// error that keeps the last good futures on screen; a file changed on disk.
#include "AnalysisController.h"
#include "FieldTableModel.h"
#include "FileChangedBar.h"
#include "GraphNodeItem.h"
#include "LastGoodAnalysis.h"
#include "LoweredCodeView.h"
#include "MainWindow.h"
#include "NavigationController.h"
#include "OutlineModel.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "StateGraphView.h"
#include "TestSnapshots.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

int futureNamed(const Snapshot& s, const std::string& name) {
    for (size_t i = 0; i < s.futures.size(); ++i)
        if (s.futures[i].name == name) return static_cast<int>(i);
    return -1;
}

struct OpenWindow {
    MainWindow window;
    OpenWindow() {
        window.resize(1400, 900);
        EXPECT_TRUE(window.openFile(test::samplePath("refcell_guard.rs")));
        window.analysis()->waitForIdle();
    }
};

} // namespace

TEST(MainWindowInteraction, CursorOnAnAwaitSelectsItsStateEverywhere) {
    OpenWindow w;
    const auto snapshot = w.window.snapshot();
    const int tally = futureNamed(*snapshot, "tally");
    ASSERT_GE(tally, 0);
    const TextPosition await = *snapshot->futures[tally].states[1].awaitKeyword;
    w.window.editor()->goTo({await.line, await.column + 2}); // inside the keyword
    EXPECT_EQ(w.window.selection()->current().future, tally);
    EXPECT_EQ(w.window.selection()->current().state, 1);
    EXPECT_EQ(w.window.outlineView()->currentIndex(), w.window.outlineModel()->stateIndex(tally, 1));
    EXPECT_EQ(w.window.fieldModel()->future(), tally);
    EXPECT_EQ(w.window.fieldModel()->state(), 1);
    const FutureInfo& f = snapshot->futures[tally];
    EXPECT_EQ(w.window.fieldModel()->rowCount(), static_cast<int>(f.upvars.size() + f.states[1].fields.size()));
    EXPECT_EQ(w.window.loweredCode()->selectedState(), 1);
    EXPECT_TRUE(w.window.loweredCode()->selectedVariantText().contains("Suspend0"));
    w.window.stateGraph()->waitForLayout();
    int highlighted = 0;
    for (GraphNodeItem* node : w.window.stateGraph()->nodeItems())
        highlighted += node->highlight() != GraphNodeItem::kNothing;
    EXPECT_EQ(highlighted, 1);
}

TEST(MainWindowInteraction, OutlineGraphAndLoweredCodeMoveTheEditor) {
    OpenWindow w;
    const auto snapshot = w.window.snapshot();
    const int tally = futureNamed(*snapshot, "tally");
    const TextPosition await = *snapshot->futures[tally].states[1].awaitKeyword;
    w.window.editor()->goTo({1, 1});
    // The graph: clicking a state node (reported by id) moves the editor to its await.
    const GraphIds ids = graphIdsOf(*snapshot, {tally, 1, -1, -1, -1});
    emit w.window.stateGraph()->idClicked(ids.node, ids.node);
    EXPECT_EQ(w.window.editor()->cursorPosition(), await);
    // The lowered code: clicking a variant selects its state.
    emit w.window.loweredCode()->stateClicked(0);
    EXPECT_EQ(w.window.selection()->current().state, 0);
    EXPECT_EQ(w.window.outlineView()->currentIndex(), w.window.outlineModel()->stateIndex(tally, 0));
}

TEST(MainWindowInteraction, F8AndShiftF8WalkTheAwaits) {
    OpenWindow w;
    w.window.show();
    w.window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w.window));
    std::vector<TextPosition> awaits;
    for (const FutureInfo& f : w.window.snapshot()->futures)
        for (const State& s : f.states)
            if (s.awaitKeyword) awaits.push_back(*s.awaitKeyword);
    std::sort(awaits.begin(), awaits.end());
    ASSERT_GE(awaits.size(), 2u);
    w.window.editor()->goTo({1, 1});
    w.window.editor()->setFocus();
    QTest::keyClick(w.window.editor(), Qt::Key_F8);
    EXPECT_EQ(w.window.editor()->cursorPosition(), awaits[0]);
    QTest::keyClick(w.window.editor(), Qt::Key_F8);
    EXPECT_EQ(w.window.editor()->cursorPosition(), awaits[1]);
    EXPECT_GE(w.window.selection()->current().state, 1);
    QTest::keyClick(w.window.editor(), Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(w.window.editor()->cursorPosition(), awaits[0]);
}

TEST(MainWindowInteraction, F4GoesToTheNextProblem) {
    OpenWindow w;
    w.window.editor()->moveCursor(QTextCursor::End);
    w.window.editor()->insertPlainText("\nfn broken( {\n");
    w.window.analysis()->waitForIdle();
    ASSERT_FALSE(w.window.snapshot()->parseErrors.empty());
    w.window.editor()->goTo({1, 1});
    w.window.navigation()->nextProblem();
    EXPECT_GE(w.window.selection()->current().diagnostic, 0);
    EXPECT_GT(w.window.editor()->cursorPosition().line, 1);
}

TEST(MainWindowInteraction, ABrokenEditKeepsTheLastGoodFuturesAndRecovers) {
    OpenWindow w;
    const size_t futures = w.window.snapshot()->futures.size();
    ASSERT_GT(futures, 0u);
    // Unclosed brace before everything: the parser loses the async fns after it.
    w.window.editor()->goTo({9, 1});
    w.window.editor()->insertPlainText("fn open() { let x = (;\n");
    w.window.analysis()->waitForIdle();
    EXPECT_FALSE(w.window.snapshot()->parseErrors.empty());
    EXPECT_EQ(w.window.snapshot()->futures.size(), futures); // never fewer while broken
    EXPECT_EQ(w.window.outlineModel()->rowCount(), static_cast<int>(futures));
    w.window.editor()->undo();
    w.window.analysis()->waitForIdle();
    EXPECT_TRUE(w.window.snapshot()->parseErrors.empty());
    EXPECT_FALSE(w.window.showingOlderFutures());
}

TEST(MainWindowLastGood, KeepsFuturesOnlyWhenBrokenAndFewer) {
    LastGoodAnalysis keeper;
    auto good = test::tallySnapshot();
    good->parseErrors.clear();
    EXPECT_EQ(keeper.accept(good), good);
    auto broken = std::make_shared<Snapshot>();
    broken->file = good->file;
    broken->text = "broken";
    broken->parseErrors.push_back({{1, 1}, "oops"});
    const auto shown = keeper.accept(broken);
    EXPECT_TRUE(keeper.showingOlderFutures());
    EXPECT_EQ(shown->futures.size(), 1u);
    EXPECT_EQ(shown->parseErrors.size(), 1u);
    EXPECT_EQ(shown->text, "broken");
    auto fixed = std::make_shared<Snapshot>(*good);
    EXPECT_EQ(keeper.accept(fixed), fixed);
    EXPECT_FALSE(keeper.showingOlderFutures());
}

TEST(MainWindowInteraction, GraphIdsRoundTrip) {
    const auto s = test::tallySnapshot();
    const Selection field{0, 1, 2, -1, -1}; // the state's second own field (after one upvar)
    const GraphIds ids = graphIdsOf(*s, field);
    EXPECT_EQ(ids.node, "future:f0/state:1");
    EXPECT_EQ(ids.row, "future:f0/state:1/field:1");
    EXPECT_EQ(selectionFromGraph(*s, ids.node, ids.row), field);
    const Selection upvar{0, 1, 0, -1, -1};
    EXPECT_EQ(graphIdsOf(*s, upvar).row, "future:f0/upvar:0");
    EXPECT_EQ(selectionFromGraph(*s, "future:f0/state:1", "future:f0/upvar:0"), upvar);
    EXPECT_EQ(selectionFromGraph(*s, "cause:0/step:1").future, -1);
}

TEST(MainWindowInteraction, AFileChangedOnDiskIsOfferedForReload) {
    QTemporaryDir dir;
    const QString path = dir.filePath("copy.rs");
    ASSERT_TRUE(QFile::copy(test::samplePath("refcell_guard.rs"), path));
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.analysis()->waitForIdle();
    window.save(); // our own save is not a change on disk
    QTest::qWait(200);
    EXPECT_FALSE(window.fileChangedBar()->isVisibleTo(&window));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("\nasync fn added() {}\n");
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.fileChangedBar()->isVisibleTo(&window); }, 5000));
    window.fileChangedBar()->reloadButton()->click();
    EXPECT_TRUE(window.editor()->toPlainText().contains("async fn added"));
    EXPECT_FALSE(window.editor()->document()->isModified());
}
