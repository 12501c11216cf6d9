// Tools > Check with rustc in the window, with the real compiler (the check's own cache may
// answer a repeated run): the Fields table's rustc column, and rustc's errors in Problems,
// for a standalone sample and for a file of a Cargo project; and, with a stand-in toolchain
// whose build never ends, that Cancel stops it and the window keeps working meanwhile.
// Saves rustc-check.png and rustc-check-project.png (the window after a check) for the README.
#include "AnalysisController.h"
#include "DiagnosticsModel.h"
#include "FieldTableModel.h"
#include "MainWindow.h"
#include "RustcCheckController.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "StateGraphView.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const QString kRustcData = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/data/rustc/");

void checkNow(MainWindow& window, const QString& file) {
    ASSERT_TRUE(window.openFile(file.startsWith('/') ? file : kRustcData + file));
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

// A sample that rustc rejects (the guard held across the await of a spawned future):
// rustc's own errors appear in Problems, marked as the compiler's, beside the model's.
TEST(RustcCheckWindow, SampleRejectedByRustcShowsTheCompilersErrorsInProblems) {
    if (!RustcCheckController::toolsAvailable(nullptr)) GTEST_SKIP() << "no cargo/rustc";
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    checkNow(window, QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/refcell_guard.rs"));
    EXPECT_FALSE(window.rustcCheck()->lastStatus().compiled);
    int fromRustc = 0, fromModel = 0;
    for (const Diagnostic& d : window.snapshot()->diagnostics) {
        const bool rustc = d.code.rfind("rustc", 0) == 0;
        fromRustc += rustc;
        fromModel += !rustc;
        if (rustc) {
            EXPECT_EQ(d.message.rfind("rustc: ", 0), 0u) << d.message;
        }
    }
    EXPECT_GT(fromRustc, 0);
    EXPECT_GT(fromModel, 0);
    if (auto* problems = window.findChild<QDockWidget*>(QStringLiteral("ProblemsDock"))) problems->raise();
    window.stateGraph()->waitForLayout();
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().toImage().save(QDir::current().filePath("rustc-check-sample.png")));
}

// A file of a Cargo workspace member is checked with `cargo rustc` on its target: every
// future of the file gets rustc's layout, and the Fields table shows the rustc column.
TEST(RustcCheckWindow, ProjectFileIsCheckedThroughCargo) {
    if (!RustcCheckController::toolsAvailable(nullptr)) GTEST_SKIP() << "no cargo/rustc";
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    // On a copy: a run killed midway would leave cargo's lock file in the fixture.
    QTemporaryDir copy;
    ASSERT_TRUE(copy.isValid());
    const std::filesystem::path workspace = copy.filePath(QStringLiteral("workspace")).toStdString();
    std::filesystem::copy(AWAITSCOPE_SOURCE_DIR "/tests/data/projects/workspace", workspace,
                          std::filesystem::copy_options::recursive);
    checkNow(window, QString::fromStdString((workspace / "app/src/net/tcp.rs").string()));
    EXPECT_EQ(window.rustcCheck()->lastStatus().mode, "project");
    EXPECT_TRUE(window.rustcCheck()->lastStatus().compiled);
    EXPECT_FALSE(window.fieldView()->isColumnHidden(FieldTableModel::RustcColumn));
    const int guard = findFuture(*window.snapshot(), "hold_guard");
    ASSERT_GE(guard, 0);
    Selection s;
    s.future = guard;
    s.state = 1; // Suspend0: rustc keeps `guard`
    window.selection()->select(s);
    const FieldTableModel* fields = window.fieldModel();
    bool sawGuard = false;
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->index(row, FieldTableModel::NameColumn).data().toString() == "guard") {
            sawGuard = true;
            EXPECT_TRUE(fields->index(row, FieldTableModel::RustcColumn).data().toString().startsWith("kept"))
                << fields->index(row, FieldTableModel::RustcColumn).data().toString().toStdString();
        }
    EXPECT_TRUE(sawGuard);
    window.stateGraph()->waitForLayout();
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().toImage().save(QDir::current().filePath("rustc-check-project.png")));
}

namespace {

// cargo and rustc stand-ins on PATH: rustc answers -vV, cargo answers metadata and hangs
// in `build` (writing its pid), as a long dependency build would.
class HangingToolchain {
  public:
    HangingToolchain() {
        const QString bin = m_dir.filePath("bin");
        QDir().mkpath(bin);
        write(bin + "/rustc", "#!/bin/sh\n[ \"$1\" = -vV ] && printf 'rustc 0.0.0-hang (stand-in)\\nrelease: 0.0.0\\n' "
                              "&& exit 0\nexit 1\n");
        write(bin + "/cargo", "#!/bin/sh\ncase \"$1\" in\n  metadata) echo '{\"packages\": []}' ;;\n"
                              "  build) echo $$ > \"$AWAITSCOPE_CACHE/build.pid\"; exec sleep 120 ;;\nesac\n");
        m_path = qgetenv("PATH");
        qputenv("PATH", bin.toLocal8Bit() + ":" + m_path);
        qputenv("AWAITSCOPE_TOOLCHAIN", "stable");
        qputenv("AWAITSCOPE_CACHE", m_dir.filePath("cache").toLocal8Bit());
    }
    ~HangingToolchain() {
        qputenv("PATH", m_path);
        qunsetenv("AWAITSCOPE_TOOLCHAIN");
        qunsetenv("AWAITSCOPE_CACHE");
    }
    QString pidFile() const { return m_dir.filePath("cache/build.pid"); }
    /// The hanging build's pid, or 0 while the file is missing or not yet written.
    pid_t buildPid() const {
        QFile f(pidFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
    }

  private:
    static void write(const QString& path, const QByteArray& text) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QTemporaryDir m_dir;
    QByteArray m_path;
};

} // namespace

// While the build runs the window keeps working (an edit is analysed and shown); Cancel
// ends the build (its process is gone) and says so, and the model's view is untouched.
TEST(RustcCheckCancel, CancelStopsTheBuildAndTheWindowWorksMeanwhile) {
    HangingToolchain toolchain;
    MainWindow window;
    ASSERT_TRUE(window.openFile(kRustcData + "i_coverage.rs"));
    window.analysis()->waitForIdle();
    const size_t futures = window.snapshot()->futures.size();
    window.rustcCheck()->setAskBeforeRunning(false);
    window.checkWithRustc();
    // The stand-in writes its pid after creating the file: wait for the number itself.
    ASSERT_TRUE(QTest::qWaitFor([&] { return toolchain.buildPid() > 0; }, 30000)) << "the build never started";
    window.editor()->appendPlainText("// typed while rustc builds");
    window.analysis()->waitForIdle();
    EXPECT_NE(window.snapshot()->text.find("typed while rustc builds"), std::string::npos);
    EXPECT_TRUE(window.rustcCheck()->isRunning()) << "the stand-in build hangs: only Cancel ends it";
    const pid_t build = toolchain.buildPid();
    window.rustcCheck()->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.rustcCheck()->isRunning(); }, 20000))
        << "Cancel did not end the check";
    EXPECT_NE(window.rustcCheck()->lastStatus().error.value_or("").find("cancel"), std::string::npos)
        << window.rustcCheck()->lastStatus().error.value_or("");
    EXPECT_FALSE(window.rustcCheck()->result());
    EXPECT_NE(::kill(build, 0), 0) << "the build process outlived Cancel";
    EXPECT_EQ(window.snapshot()->futures.size(), futures);
}

// Closing the window while rustc builds ends the build and crashes nothing: the window's
// check is cancelled and waited for before the window's parts go away.
TEST(RustcCheckCancel, ClosingTheWindowDuringACheckEndsTheBuild) {
    HangingToolchain toolchain;
    pid_t build = 0;
    {
        MainWindow window;
        ASSERT_TRUE(window.openFile(kRustcData + "i_coverage.rs"));
        window.analysis()->waitForIdle();
        window.rustcCheck()->setAskBeforeRunning(false);
        window.checkWithRustc();
        ASSERT_TRUE(QTest::qWaitFor([&] { return toolchain.buildPid() > 0; }, 30000)) << "the build never started";
        build = toolchain.buildPid();
        EXPECT_TRUE(window.rustcCheck()->isRunning());
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return ::kill(build, 0) != 0; }, 20000)) << "the build outlived the window";
}
