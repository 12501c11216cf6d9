#include "ExportRenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <cmath>

namespace awaitscope {

namespace {

ExportRenderer::Result renderPng(QSvgRenderer& svg) {
    const QSize size = svg.defaultSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) return {{}, "could not encode the PNG image"};
    return {bytes, {}};
}

ExportRenderer::Result renderPdf(QSvgRenderer& svg) {
    const QSizeF points(svg.defaultSize());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator("Awaitscope");
        // One page exactly the drawing's size; 72 dpi makes one scene unit one point.
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter painter;
        if (!painter.begin(&pdf)) return {{}, "could not start the PDF document"};
        svg.render(&painter, QRectF(QPointF(0, 0), points));
    }
    return {bytes, {}};
}

} // namespace

ExportRenderer::Result ExportRenderer::render(const QByteArray& svg, const QString& format) {
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) return {{}, "the exported SVG could not be read back to render it"};
    if (renderer.defaultSize().isEmpty()) return {{}, "the diagram is empty"};
    if (format == "png") return renderPng(renderer);
    if (format == "pdf") return renderPdf(renderer);
    return {{}, "unknown image format '" + format + "'"};
}

namespace {

// Qt's start-up chatter ("XDG_RUNTIME_DIR not set") is noise on a command line that
// succeeded; it is kept and shown only when rendering fails.
QString g_qtMessages;

void collectQtMessage(QtMsgType, const QMessageLogContext&, const QString& message) {
    g_qtMessages += message + "\n";
}

} // namespace

QString ExportRenderer::takeQtMessages() {
    QString messages = g_qtMessages;
    g_qtMessages.clear();
    return messages;
}

std::unique_ptr<QGuiApplication> ExportRenderer::ensureApplication() {
    if (QGuiApplication::instance()) return nullptr;
    qInstallMessageHandler(collectQtMessage);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication keeps references to argc and argv: they must outlive it.
    static int argc = 1;
    static char name[] = "awaitscope";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace awaitscope
