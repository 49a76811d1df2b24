// AttachmentStore::collectGarbage: temp files of interrupted puts and files without a row, both
// only once older than kGarbageAgeSeconds (attachmentstore.h).
#include "attachmentstore.h"

#include "attachmentformat.h"
#include "vault.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::storage {

using namespace attachment;

namespace {

bool isOlderThan(const QFileInfo &info, qint64 seconds)
{
    return info.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > seconds;
}

} // namespace

void AttachmentStore::removeStaleTempFiles()
{
    QDirIterator it(attachmentsDir() + QStringLiteral("/tmp"), {QStringLiteral("*.part")},
                    QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        if (isOlderThan(it.fileInfo(), kGarbageAgeSeconds))
            QFile::remove(it.filePath());
    }
}

StoreError AttachmentStore::collectGarbage(int *removedFiles)
{
    if (removedFiles)
        *removedFiles = 0;
    StoreError error = checkReady({});
    if (!error.ok())
        return error;
    QSqlDatabase db = m_vault.database();
    if (insideTransaction(db))
        return StoreError::success(); // rows deleted in it may still come back
    removeStaleTempFiles();

    QStringList candidates;
    QDirIterator it(attachmentsDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString address = info.dir().dirName() + info.fileName();
        if (info.dir().dirName().size() == 2 && isAddress(address) &&
            isOlderThan(info, kGarbageAgeSeconds))
            candidates << address;
    }
    if (candidates.isEmpty())
        return StoreError::success();

    WriteTransaction lock(db);
    if (!lock.isActive())
        return databaseError(lock.error());
    QSet<QString> known;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT address FROM attachments")))
        return databaseError(q.lastError());
    while (q.next())
        known.insert(q.value(0).toString());
    q.finish();
    for (const QString &address : std::as_const(candidates)) {
        if (known.contains(address))
            continue;
        if (QFile::remove(pathFor(address)) && removedFiles)
            ++*removedFiles;
    }
    return StoreError::success();
}

} // namespace pluslife::storage
