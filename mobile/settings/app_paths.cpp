#include "settings/app_paths.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

AppPaths AppPaths::standard() { return {QString(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)}; }

AppPaths AppPaths::under(const QString& folder)
{
    return {QDir(folder).filePath(QStringLiteral("settings.ini")), QDir(folder).filePath(QStringLiteral("data"))};
}

QString AppPaths::databaseFor(const QString& userId) const
{
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(userId));
    return QDir(dataDir).filePath(QStringLiteral("users/%1.sqlite").arg(name));
}

QString AppPaths::blobDir() const { return QDir(dataDir).filePath(QStringLiteral("blobs")); }
