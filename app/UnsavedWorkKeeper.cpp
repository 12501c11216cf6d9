#include "UnsavedWorkKeeper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace awaitscope {

namespace {
constexpr int kPauseMs = 1500; // long enough not to write on every keystroke
}

UnsavedWorkKeeper::UnsavedWorkKeeper(QPlainTextEdit* editor, QObject* parent)
    : QObject(parent), m_editor(editor), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &UnsavedWorkKeeper::keepNow);
    connect(editor->document(), &QTextDocument::contentsChanged, m_pause, qOverload<>(&QTimer::start));
    connect(editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified) discard(); // saved, or reloaded from disk
    });
}

QString UnsavedWorkKeeper::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/recovery";
}

QString UnsavedWorkKeeper::copyPathFor(const QString& path) const {
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return directory() + "/" + QString::fromLatin1(key.toHex()) + ".rs";
}

void UnsavedWorkKeeper::keepNow() {
    m_pause->stop();
    if (m_path.isEmpty() || !m_editor->document()->isModified()) return;
    QDir().mkpath(directory());
    QSaveFile out(copyPathFor(m_path));
    // A failed write only loses the safety copy; the edits are still in the editor.
    if (out.open(QIODevice::WriteOnly)) {
        out.write(m_editor->toPlainText().toUtf8());
        out.commit();
    }
}

void UnsavedWorkKeeper::discard() {
    m_pause->stop();
    if (!m_path.isEmpty()) QFile::remove(copyPathFor(m_path));
}

std::optional<QString> UnsavedWorkKeeper::keptTextFor(const QString& path) const {
    QFile in(copyPathFor(path));
    if (!in.open(QIODevice::ReadOnly)) return std::nullopt;
    return QString::fromUtf8(in.readAll());
}

} // namespace awaitscope
