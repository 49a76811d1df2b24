#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

namespace pluslife::test {

QMap<QString, QByteArray> snapshotFolder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString uniqueKeychainService()
{
    return QStringLiteral("PlusLife Desk test ") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString adminExecutable()
{
    return qEnvironmentVariable("PLUSLIFE_BUILD_DIR") + QStringLiteral("/app/pluslife-admin");
}

} // namespace pluslife::test
