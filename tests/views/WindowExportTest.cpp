// File > Export writes exactly what `awaitscope export` writes for the same view.
#include "AnalysisController.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "WindowExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(WindowExport, StateMachineSvgMatchesTheCommandLine) {
    const QString sample = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/refcell_guard.rs");
    MainWindow window;
    ASSERT_TRUE(window.openFile(sample));
    window.analysis()->waitForIdle();
    ASSERT_TRUE(window.snapshot());
    const Selection selection = window.selection()->current();
    ASSERT_GE(selection.future, 0);
    const std::string future = window.snapshot()->futures[selection.future].name;

    QTemporaryDir dir;
    const QString fromWindow = dir.filePath("window.svg");
    const QString fromCli = dir.filePath("cli.svg");
    const ExportRequest request = WindowExporter::requestFor(*window.snapshot(), selection, "states");
    ASSERT_EQ(WindowExporter::exportTo(*window.snapshot(), request, fromWindow, 1), "");
    const std::string command = std::string(AWAITSCOPE_BINARY) + " export " + sample.toStdString() + " --future '" +
                                future + "' --view states --format svg -o " + fromCli.toStdString();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const QByteArray a = readAll(fromWindow), b = readAll(fromCli);
    EXPECT_GT(a.size(), 1000);
    EXPECT_EQ(a, b);
}

TEST(WindowExport, AnUnwritablePathIsReportedAndLeavesNoFile) {
    const QString sample = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/refcell_guard.rs");
    MainWindow window;
    ASSERT_TRUE(window.openFile(sample));
    window.analysis()->waitForIdle();
    const ExportRequest request =
        WindowExporter::requestFor(*window.snapshot(), window.selection()->current(), "states");
    const QString error = WindowExporter::exportTo(*window.snapshot(), request, "/nonexistent-dir/x.svg", 1);
    EXPECT_TRUE(error.contains("cannot write")) << error.toStdString();
    EXPECT_FALSE(QFile::exists("/nonexistent-dir/x.svg"));
}

// File > Export to PDF goes through Graphviz as the command line does: real text.
TEST(WindowExport, PdfHoldsSelectableText) {
    const QString sample = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/refcell_guard.rs");
    MainWindow window;
    ASSERT_TRUE(window.openFile(sample));
    window.analysis()->waitForIdle();
    ASSERT_TRUE(window.snapshot());
    QTemporaryDir dir;
    const QString pdf = dir.filePath("window.pdf");
    const ExportRequest request =
        WindowExporter::requestFor(*window.snapshot(), window.selection()->current(), "states");
    ASSERT_EQ(WindowExporter::exportTo(*window.snapshot(), request, pdf, 1), "");
    const std::string command = "pdftotext " + pdf.toStdString() + " " + dir.filePath("window.txt").toStdString();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const QByteArray text = readAll(dir.filePath("window.txt"));
    EXPECT_TRUE(text.contains("Suspend0")) << text.toStdString();
    EXPECT_TRUE(text.contains("!Send")) << text.toStdString();
}
