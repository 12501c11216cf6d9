#include "SampleCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace awaitscope {

QString samplesDirectory() {
    const QString nextToBinary = QCoreApplication::applicationDirPath() + "/samples";
    if (QDir(nextToBinary).exists()) return nextToBinary;
    return QStringLiteral(AWAITSCOPE_SAMPLES_DIR);
}

namespace {
QString titleOf(const QString& path) {
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString first = QString::fromUtf8(file.readLine()).trimmed();
        if (first.startsWith("//")) return first.mid(2).trimmed().remove(QRegularExpression("^[!/]\\s*"));
    }
    return QFileInfo(path).completeBaseName();
}
} // namespace

QList<Sample> listSamples() {
    QList<Sample> samples;
    const QDir dir(samplesDirectory());
    for (const QString& name : dir.entryList({"*.rs"}, QDir::Files, QDir::Name))
        samples.append({dir.filePath(name), titleOf(dir.filePath(name))});
    return samples;
}

QString defaultSamplePath() {
    const QString preferred = samplesDirectory() + "/refcell_guard.rs";
    if (QFile::exists(preferred)) return preferred;
    const auto samples = listSamples();
    return samples.isEmpty() ? QString() : samples.front().path;
}

} // namespace awaitscope
