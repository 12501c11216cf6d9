// "What takes the space": the selected future's saved values as bars, largest first, an
// awaited future of the file expandable into its own values, exported as CSV or PNG.
// Sizes are rustc's for samples/future_sizes.rs (report: 20,864 bytes, of which the
// awaited checksum_kept() future takes 20,736, itself mostly its 20,000-byte buffer).
#include "SpaceView.h"
#include "AnalysisController.h"
#include "MainWindow.h"
#include "PathView.h"
#include "SelectionHub.h"
#include "StateGraphView.h"
#include "TestSnapshots.h"
#include "analysis/Analyzer.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::shared_ptr<const Snapshot> sizesSample() {
    QFile file(test::samplePath("future_sizes.rs"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return analyze({"future_sizes.rs", file.readAll().toStdString(), Edition::E2021});
}

int futureIndex(const Snapshot& s, const std::string& name) {
    for (size_t i = 0; i < s.futures.size(); ++i)
        if (s.futures[i].name == name) return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(SpaceView, ListsTheLargestValueFirstAndExpandsAnAwaitedFuture) {
    SpaceView view;
    const auto snapshot = sizesSample();
    view.setSnapshot(snapshot);
    view.showFuture(futureIndex(*snapshot, "report"));
    const auto* tree = view.findChild<QTreeWidget*>("SpaceTree");
    ASSERT_TRUE(tree);
    ASSERT_GE(tree->topLevelItemCount(), 2);
    const QTreeWidgetItem* top = tree->topLevelItem(0);
    EXPECT_EQ(top->text(0), "checksum_kept().await");
    EXPECT_EQ(top->text(1), "Suspend0");
    EXPECT_EQ(top->text(2).remove(QLocale().groupSeparator()), "20736");
    ASSERT_GE(top->childCount(), 1) << "the awaited future of the file expands";
    EXPECT_TRUE(top->child(0)->text(0).startsWith("buffer")) << top->child(0)->text(0).toStdString();
}

TEST(SpaceView, ExportsCsvAndPng) {
    SpaceView view;
    const auto snapshot = sizesSample();
    view.setSnapshot(snapshot);
    view.showFuture(futureIndex(*snapshot, "checksum_kept"));
    view.resize(600, 300);
    const QString csv = QDir::current().filePath("space-export.csv");
    ASSERT_TRUE(view.exportTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith("future,value,states,bytes,depth\n"));
    EXPECT_TRUE(text.contains("\"checksum_kept\",\"buffer: [u8; 20000]\",\"Suspend0\",20000,0")) << text.toStdString();
    EXPECT_TRUE(view.exportTo(QDir::current().filePath("space-export.png")));
}

// The window on the sample, with the space view in front (saved for the README).
TEST(SpaceView, WindowScreenshot) {
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(test::samplePath("future_sizes.rs")));
    window.analysis()->waitForIdle();
    for (QDockWidget* dock : window.docks())
        if (dock->objectName() == "SpaceDock") dock->raise();
    // The large-future problem selected, as a reader of the README sees it: its path in the
    // bottom dock (titled "Why so large"), checksum_kept's state machine above.
    Selection problem;
    problem.diagnostic = test::firstProblemOf(*window.selection()->snapshot(), "large-future");
    ASSERT_GE(problem.diagnostic, 0);
    problem.future = futureIndex(*window.selection()->snapshot(), "checksum_kept");
    problem.state = 1; // Suspend0, where the buffer is kept
    window.selection()->select(problem);
    window.pathView()->waitForLayout();
    window.stateGraph()->waitForLayout();
    window.spaceView()->showFuture(futureIndex(*window.selection()->snapshot(), "report"));
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().save(QDir::current().filePath("window-sizes.png")));
}
