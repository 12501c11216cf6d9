#include "WindowExporter.h"

#include "Selection.h"
#include "util/FileLoader.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>

namespace awaitscope {

ExportRequest WindowExporter::requestFor(const Snapshot& snapshot, const Selection& selection, const QString& view) {
    ExportRequest request;
    request.view = view.toStdString();
    if (selection.future >= 0 && selection.future < static_cast<int>(snapshot.futures.size()))
        request.future = snapshot.futures[selection.future].name;
    if (view == "path" && selection.diagnostic >= 0 &&
        selection.diagnostic < static_cast<int>(snapshot.diagnostics.size())) {
        request.diagnostic = selection.diagnostic + 1; // the command line counts from 1
        request.future.clear();                        // the diagnostic decides the future
    }
    return request;
}

QString WindowExporter::exportTo(const Snapshot& snapshot, ExportRequest request, const QString& path, double scale) {
    const QString format = QFileInfo(path).suffix().toLower();
    if (format != "svg" && format != "png" && format != "pdf" && format != "dot")
        return QObject::tr("Choose a file ending in .svg, .png, .pdf or .dot");
    request.format = format.toStdString(); // PNG and PDF drawn by Graphviz, as the command line does
    request.scale = scale;
    const ExportDocument document = DiagramExporter::run(snapshot, request);
    if (!document.ok()) return QString::fromStdString(document.error);
    return QString::fromStdString(writeFileAtomically(path.toStdString(), document.data));
}

void WindowExporter::exportWithDialog(QWidget* parent, const Snapshot& snapshot, const Selection& selection,
                                      const QString& view) {
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export"), QString(),
        QObject::tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf);;Graphviz DOT (*.dot)"));
    if (path.isEmpty()) return;
    double scale = 1;
    if (QFileInfo(path).suffix().toLower() == "png") {
        bool ok = false;
        scale = QInputDialog::getDouble(parent, QObject::tr("PNG scale"), QObject::tr("Scale (1 = 72 dpi):"), 2, 0.25,
                                        16, 2, &ok);
        if (!ok) return;
    }
    const QString error = exportTo(snapshot, requestFor(snapshot, selection, view), path, scale);
    if (error.isEmpty()) return;
    auto* box = new QMessageBox(QMessageBox::Warning, QObject::tr("Export failed"), error, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString WindowExporter::copyAsImage(const Snapshot& snapshot, const Selection& selection, const QString& view) {
    ExportRequest request = requestFor(snapshot, selection, view);
    request.format = "png";
    request.scale = 2;
    const ExportDocument document = DiagramExporter::run(snapshot, request);
    if (!document.ok()) return QString::fromStdString(document.error);
    QApplication::clipboard()->setImage(QImage::fromData(QByteArray::fromStdString(document.data), "PNG"));
    return {};
}

} // namespace awaitscope
