// SPDX-License-Identifier: MIT
#include "store/StorePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace streamlens::store {

std::string StorePaths::defaultStorePath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Without an application name Qt returns the shared data folder itself; keep the
    // store in a folder of its own there.
    if (QCoreApplication::applicationName().isEmpty() && !folder.isEmpty())
        folder += QStringLiteral("/StreamLens");
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return QDir(folder).filePath(QString::fromLatin1(kFileName)).toStdString();
}

std::string StorePaths::resolve(const std::string& path)
{
    return path.empty() ? defaultStorePath() : path;
}

} // namespace streamlens::store
