#pragma once
// File > Export and Edit > Copy as Image: the same DiagramExporter as
// `awaitscope export`, fed by the window's selection (its future and its problem), so a
// view exported from the window is byte for byte what the command line writes (a PDF
// differs only in its creation date).

#include "data/Snapshot.h"
#include "export/DiagramExporter.h"

#include <QString>

class QWidget;

namespace awaitscope {

struct Selection;

class WindowExporter {
  public:
    /// The request for `view` (states | path | code) matching what the window shows.
    static ExportRequest requestFor(const Snapshot& snapshot, const Selection& selection, const QString& view);
    /// Renders and writes; the format comes from the file's suffix. Returns an error or "".
    static QString exportTo(const Snapshot& snapshot, ExportRequest request, const QString& path, double scale);
    /// Asks for a path (and a scale for PNG), exports, reports a failure without blocking.
    static void exportWithDialog(QWidget* parent, const Snapshot& snapshot, const Selection& selection,
                                 const QString& view);
    /// Puts the view on the clipboard as a PNG image at twice its size.
    static QString copyAsImage(const Snapshot& snapshot, const Selection& selection, const QString& view);
};

} // namespace awaitscope
