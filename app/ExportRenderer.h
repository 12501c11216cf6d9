#pragma once
// PNG and PDF from the exported SVG, drawn by QtSvg: the window and the command line go
// through this one function, so an export looks the same wherever it was made.

#include <QByteArray>
#include <QString>

#include <memory>

class QGuiApplication;

namespace awaitscope {

class ExportRenderer {
public:
    struct Result {
        QByteArray data;
        QString error; // empty on success
    };

    /// `format`: "png" or "pdf". The SVG's width and height (already scaled) give the
    /// image's pixels and the page's size in points.
    static Result render(const QByteArray& svg, const QString& format);

    /// Fonts need a QGuiApplication. The command line has none: this makes one on the
    /// offscreen platform (unless QT_QPA_PLATFORM says otherwise), so no display is needed.
    /// Returns nullptr when an application already exists. Qt's messages are collected
    /// from then on (see takeQtMessages) instead of going to stderr.
    static std::unique_ptr<QGuiApplication> ensureApplication();

    /// What Qt said since ensureApplication(), for an error message.
    static QString takeQtMessages();
};

} // namespace awaitscope
