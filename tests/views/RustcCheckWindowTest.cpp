// Tools > Check with rustc in the window, with the real compiler (the check's own cache may
// answer a repeated run): the Fields table's rustc column, and rustc's errors in Problems.
// Saves rustc-check.png (the window after a check) for the README.
#include "AnalysisController.h"
#include "DiagnosticsModel.h"
#include "FieldTableModel.h"
#include "MainWindow.h"
#include "RustcCheckController.h"
#include "SelectionHub.h"
#include "StateGraphView.h"

#include <QDir>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const QString kRustcData = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/data/rustc/");

void checkNow(MainWindow& window, const QString& file) {
    ASSERT_TRUE(window.openFile(kRustcData + file));
    window.analysis()->waitForIdle();
    window.rustcCheck()->setAskBeforeRunning(false);
    window.checkWithRustc();
    window.rustcCheck()->waitForIdle();
    ASSERT_TRUE(window.rustcCheck()->lastStatus().ok) << window.rustcCheck()->lastStatus().error.value_or("");
}

int findFuture(const Snapshot& s, const std::string& name) {
    for (size_t i = 0; i < s.futures.size(); ++i)
        if (s.futures[i].name == name) return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(RustcCheckWindow, FieldsTableShowsWhatRustcKeeps) {
    if (!RustcCheckController::toolsAvailable(nullptr)) GTEST_SKIP() << "no cargo/rustc";
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    checkNow(window, "d3_handler_borrowed_nospawn.rs");
    EXPECT_FALSE(window.fieldView()->isColumnHidden(FieldTableModel::RustcColumn));
    const int handler = findFuture(*window.snapshot(), "handler");
    ASSERT_GE(handler, 0);
    Selection s;
    s.future = handler;
    s.state = 2; // Suspend1: rustc keeps `cache` there (8 bytes), see the recorded layout
    window.selection()->select(s);
    const FieldTableModel* fields = window.fieldModel();
    bool sawCache = false;
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->index(row, FieldTableModel::NameColumn).data().toString() == "cache") {
            sawCache = true;
            EXPECT_EQ(fields->index(row, FieldTableModel::RustcColumn).data().toString(), "kept, 8 B");
        }
    EXPECT_TRUE(sawCache);
    window.stateGraph()->waitForLayout();
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().toImage().save(QDir::current().filePath("rustc-check.png")));
}

TEST(RustcCheckWindow, CompilerErrorsAppearAsTheCompilersProblemsAndGoStaleOnEdit) {
    if (!RustcCheckController::toolsAvailable(nullptr)) GTEST_SKIP() << "no cargo/rustc";
    MainWindow window;
    checkNow(window, "moved_while_borrowed.rs");
    int rustcProblems = 0;
    for (const Diagnostic& d : window.snapshot()->diagnostics)
        if (d.code == "rustc-E0505") {
            ++rustcProblems;
            EXPECT_EQ(d.range.start.line, 10);
            EXPECT_EQ(d.message.find("stale"), std::string::npos);
        }
    EXPECT_EQ(rustcProblems, 1);
    window.editor()->appendPlainText("// an edit");
    window.analysis()->waitForIdle();
    bool stale = false;
    for (const Diagnostic& d : window.snapshot()->diagnostics)
        stale |= d.code == "rustc-E0505" && d.message.find("stale") != std::string::npos;
    EXPECT_TRUE(stale);
}
