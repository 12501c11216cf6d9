#include "DefinitionNavigator.h"

#include "AnalysisController.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "SourceEditor.h"
#include "project/CrateModel.h"
#include "project/DefinitionFinder.h"
#include "project/ProjectSession.h"

#include <QDir>
#include <QFileInfo>
#include <QMouseEvent>
#include <QStatusBar>

namespace awaitscope {

DefinitionNavigator::DefinitionNavigator(MainWindow* window) : QObject(window), m_window(window) {
    window->editor()->viewport()->installEventFilter(this);
}

bool DefinitionNavigator::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ControlModifier)) {
            SourceEditor* editor = m_window->editor();
            editor->setTextCursor(editor->cursorForPosition(mouse->position().toPoint()));
            goToDefinition();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool DefinitionNavigator::goToDefinition() {
    SourceEditor* editor = m_window->editor();
    const QString path = m_window->currentPath();
    const auto say = [this](const QString& text) { m_window->statusBar()->showMessage(text, 8000); };
    const auto project =
        path.isEmpty() ? nullptr : ProjectSession::forFile(path.toStdString(), m_window->analysis()->projectOptions());
    if (!project || !project->crate) {
        say(tr("Go to definition needs a file of a Cargo crate (File > Open Project)."));
        return false;
    }
    const QString text = editor->toPlainText();
    const size_t offset = static_cast<size_t>(text.left(editor->textCursor().position()).toUtf8().size());
    const auto site = findDefinition(*project->crate, project->modulePath, text.toStdString(), offset);
    if (!site) {
        say(tr("No definition found: the name under the cursor is not an item the analysis resolved."));
        return false;
    }
    const QString target = QString::fromStdString(site->path);
    const bool sameFile = QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath();
    if (!sameFile && (!m_window->maybeSave() || !m_window->openFile(target, !isEditable(target)))) return false;
    editor->goTo(site->position);
    say(tr("Definition of %1").arg(QString::fromStdString(site->item)));
    return true;
}

bool DefinitionNavigator::isEditable(const QString& file) const {
    // Inside the open workspace (or the current file's package) and writable: the user's own code.
    const QFileInfo info(file);
    if (!info.isWritable()) return false;
    QStringList roots;
    if (const ProjectLocation* location = m_window->project()->location())
        roots << QString::fromStdString(location->workspace.root);
    if (const auto snapshot = m_window->snapshot(); snapshot && snapshot->project)
        roots << QFileInfo(QString::fromStdString(snapshot->project->manifest)).absolutePath();
    const QString canonical = info.canonicalFilePath();
    for (const QString& root : roots) {
        const QString dir = QFileInfo(root).canonicalFilePath();
        if (!dir.isEmpty() && canonical.startsWith(dir + QDir::separator())) return true;
    }
    return false;
}

} // namespace awaitscope
