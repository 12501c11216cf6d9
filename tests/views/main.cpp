// GUI tests run offscreen, with a QApplication alive for the whole run.
#include <QApplication>
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName("AwaitscopeTests"); // keep the user's settings untouched
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
