#pragma once
// The programs of samples/, each with its title (the first comment line).

#include <QList>
#include <QString>

namespace awaitscope {

struct Sample {
    QString path;
    QString title;
};

/// The samples directory: next to the executable when installed, else the source tree's.
QString samplesDirectory();
QList<Sample> listSamples();
/// The sample opened when the app starts with no file.
QString defaultSamplePath();

} // namespace awaitscope
