// The window as a user meets it: open a sample, see the outline, move between the outline
// and the editor in both directions.
#include "MainWindow.h"
#include "AnalysisController.h"
#include "OutlineModel.h"
#include "SourceEditor.h"
#include "UnsavedWorkKeeper.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

QString samplePath(const char* name) {
    return QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/") + name;
}

} // namespace

TEST(MainWindow, OpensASampleAndListsItsFuturesAndAwaits) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    OutlineModel* outline = window.outlineModel();
    ASSERT_GT(outline->rowCount(), 0);
    bool sawTally = false;
    for (int row = 0; row < outline->rowCount(); ++row) {
        const QString name = outline->index(row, 0).data().toString();
        if (!name.startsWith("tally")) continue;
        sawTally = true;
        const QModelIndex future = outline->index(row, 0);
        ASSERT_GE(outline->rowCount(future), 4); // Unresumed, Suspend0.., Returned, Panicked
        EXPECT_TRUE(outline->index(1, 0, future).data().toString().startsWith("Suspend0"));
    }
    EXPECT_TRUE(sawTally);
}

TEST(MainWindow, OutlineAndEditorFollowEachOther) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    OutlineModel* outline = window.outlineModel();
    const QModelIndex suspend0 = outline->stateIndex(0, 1);
    ASSERT_TRUE(suspend0.isValid());
    // Outline -> editor: the cursor lands on the await keyword.
    window.outlineView()->setCurrentIndex(suspend0);
    const TextPosition cursor = window.editor()->cursorPosition();
    EXPECT_EQ(cursor.line, suspend0.data(OutlineModel::LineRole).toInt());
    EXPECT_EQ(cursor.column, suspend0.data(OutlineModel::ColumnRole).toInt());
    // Editor -> outline: put the cursor on an await, the outline selects its state.
    window.outlineView()->setCurrentIndex(outline->futureIndex(0));
    window.editor()->goTo(cursor);
    EXPECT_EQ(window.outlineView()->currentIndex(), suspend0);
}

TEST(MainWindow, OutlineModelPassesTheModelTester) {
    MainWindow window;
    QAbstractItemModelTester tester(window.outlineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(window.openFile(samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    EXPECT_GT(window.outlineModel()->rowCount(), 0);
}

TEST(MainWindow, ASyntaxErrorKeepsTheWindowWorking) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText("\nfn broken( {\n");
    window.analysis()->waitForIdle();
    ASSERT_TRUE(window.snapshot());
    EXPECT_FALSE(window.snapshot()->parseErrors.empty());
    EXPECT_GT(window.outlineModel()->rowCount(), 0);
    window.editor()->undo();
    window.analysis()->waitForIdle();
    EXPECT_TRUE(window.snapshot()->parseErrors.empty());
}

TEST(MainWindow, UnsavedEditsSurviveALostSessionAndOneUndoReturnsToTheFile) {
    QTemporaryDir folder; // its own: the same test of another build tree may run meanwhile
    const QString path = folder.filePath("awaitscope-recovery-test.rs");
    const QString onDisk = "async fn f() {}\n";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(onDisk.toUtf8());
    }
    MainWindow crashed; // still open: it never got to shut down cleanly
    ASSERT_TRUE(crashed.openFile(path));
    crashed.editor()->moveCursor(QTextCursor::End);
    crashed.editor()->insertPlainText("async fn typed() {}\n");
    crashed.unsavedWork()->keepNow();

    MainWindow next;
    ASSERT_TRUE(next.openFile(path));
    EXPECT_EQ(next.editor()->toPlainText(), onDisk + "async fn typed() {}\n");
    EXPECT_TRUE(next.editor()->document()->isModified());
    next.editor()->undo();
    EXPECT_EQ(next.editor()->toPlainText(), onDisk);
    next.editor()->redo();
    ASSERT_TRUE(next.save());
    EXPECT_FALSE(next.unsavedWork()->keptTextFor(path)) << "saved: nothing left to restore";
    QFile::remove(path);
}
