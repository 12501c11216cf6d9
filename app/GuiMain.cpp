#include "GuiMain.h"

#include "MainWindow.h"
#include "SampleCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <cstdlib>
#include <iostream>

namespace awaitscope {

namespace {

// Qt aborts when it cannot reach a display; say what to do instead.
bool displayAvailable() {
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform) return true;
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

} // namespace

int runGui(int argc, char** argv) {
    if (!displayAvailable()) {
        std::cerr << "awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "Run the window under a display, e.g. `xvfb-run -a awaitscope FILE.rs`, or use\n"
                     "the command line: `awaitscope analyze FILE.rs --format text`.\n";
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("Awaitscope");
    QApplication::setOrganizationName("Awaitscope");
    QApplication::setApplicationVersion(AWAITSCOPE_VERSION);
    MainWindow window;
    const QStringList args = QApplication::arguments().mid(1);
    // A file, or a project: a package's folder or its Cargo.toml.
    if (args.isEmpty())
        window.openFile(defaultSamplePath());
    else
        window.openPath(args.front());
    window.show();
    return QApplication::exec();
}

} // namespace awaitscope
