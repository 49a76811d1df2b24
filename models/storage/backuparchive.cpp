#include "backuparchive.h"

#include "faultinjection.h"
#include "keyslotcrypto.h"
#include "migrations.h"
#include "storefiles.h"
#include "vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace pluslife::storage {
namespace {

const QByteArray kMagic = "PLUSLIFE-BACKUP 1\n";

StoreError damaged(const QString &detail)
{
    return StoreError::make(
        StoreErrorCode::Corrupt,
        QCoreApplication::translate("BackupArchive",
                                    "The backup file is damaged or is not a PlusLife Desk backup; "
                                    "nothing was restored."),
        detail);
}

StoreError ioError(const QString &what, const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError, what, detail);
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

struct Parsed {
    BackupArchive::Manifest manifest;
    QByteArray keySlots;
    QByteArray database;
    QList<QPair<QString, QByteArray>> attachments; // relative path, encrypted bytes
};

// Attachment files travel as they are on disk (encrypted); only these names are accepted back.
const QRegularExpression &attachmentName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^attachments/[0-9a-f]{2}/[0-9a-f]{62}$"));
    return pattern;
}

QJsonObject partEntry(const QString &name, const QByteArray &bytes)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("size"), double(bytes.size())},
            {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(bytes).toHex())}};
}

StoreError parse(const QByteArray &bytes, Parsed *out)
{
    if (!bytes.startsWith(kMagic))
        return damaged(QStringLiteral("magic"));
    const qsizetype manifestEnd = bytes.indexOf('\n', kMagic.size());
    if (manifestEnd < 0 || bytes.size() < 65)
        return damaged(QStringLiteral("manifest"));
    const QByteArray body = bytes.left(bytes.size() - 65);
    const QByteArray trailer = bytes.right(65).left(64);
    if (crypto::sha256(body).toHex() != trailer)
        return damaged(QStringLiteral("archive checksum"));
    const QJsonObject m =
        QJsonDocument::fromJson(bytes.mid(kMagic.size(), manifestEnd - kMagic.size())).object();
    const QJsonArray parts = m.value(QStringLiteral("parts")).toArray();
    if (parts.size() < 2 ||
        parts.at(0).toObject().value(QStringLiteral("name")).toString() !=
            QLatin1String("keyslots.json") ||
        parts.at(1).toObject().value(QStringLiteral("name")).toString() !=
            QLatin1String("pluslife.db"))
        return damaged(QStringLiteral("parts"));
    qsizetype offset = manifestEnd + 1;
    QList<QByteArray> contents;
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const qsizetype size = qsizetype(part.value(QStringLiteral("size")).toDouble(-1));
        if (size < 0 || offset + size > body.size())
            return damaged(QStringLiteral("part size"));
        contents.append(body.mid(offset, size));
        if (crypto::sha256(contents.last()).toHex() !=
            part.value(QStringLiteral("sha256")).toString().toLatin1())
            return damaged(QStringLiteral("part checksum"));
        offset += size;
        const QString name = part.value(QStringLiteral("name")).toString();
        if (contents.size() > 2) {
            if (!attachmentName().match(name).hasMatch())
                return damaged(QStringLiteral("part name"));
            out->attachments.append({name, contents.last()});
        }
    }
    if (offset != body.size())
        return damaged(QStringLiteral("trailing bytes"));
    out->manifest.format = m.value(QStringLiteral("format")).toInt();
    out->manifest.vaultId = m.value(QStringLiteral("vault_id")).toString();
    out->manifest.appVersion = m.value(QStringLiteral("app_version")).toString();
    out->manifest.schemaVersion = m.value(QStringLiteral("schema_version")).toInt();
    out->manifest.createdUtc =
        QDateTime::fromString(m.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    out->manifest.databaseBytes = contents.at(1).size();
    out->keySlots = contents.at(0);
    out->database = contents.at(1);
    if (out->manifest.schemaVersion > Migrations::latestVersion())
        return StoreError::make(
            StoreErrorCode::NewerSchema,
            QCoreApplication::translate(
                "BackupArchive",
                "This backup was made by a newer PlusLife Desk; install it first."));
    return StoreError::success();
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

StoreError BackupArchive::write(Vault &vault, const QString &archivePath, const QDateTime &nowUtc,
                                Manifest *written)
{
    const StoreFiles &files = vault.files();
    const QString snapshotPath = files.dir + QStringLiteral("/pluslife.db.backup-snapshot");
    if (StoreError error = vault.exportSnapshot(snapshotPath); !error.ok())
        return error;
    bool ok = false;
    const QByteArray database = readFile(snapshotPath, &ok);
    QFile::remove(snapshotPath);
    bool keysOk = false;
    const QByteArray keySlots = readFile(files.keySlots(), &keysOk);
    if (!ok || !keysOk)
        return ioError(QCoreApplication::translate("BackupArchive",
                                                   "The store could not be read for the backup."),
                       {});

    QSqlDatabase db = vault.database();
    StoreError error;
    Manifest manifest{1,
                      vault.vaultId(),
                      QStringLiteral(PLUSLIFE_VERSION),
                      Migrations::currentVersion(db, &error),
                      nowUtc,
                      database.size()};
    const QJsonObject m{{QStringLiteral("format"), manifest.format},
                        {QStringLiteral("vault_id"), manifest.vaultId},
                        {QStringLiteral("app_version"), manifest.appVersion},
                        {QStringLiteral("schema_version"), manifest.schemaVersion},
                        {QStringLiteral("created_utc"), nowUtc.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("parts"), QJsonArray()}};
    QJsonArray parts{partEntry(QStringLiteral("keyslots.json"), keySlots),
                     partEntry(QStringLiteral("pluslife.db"), database)};
    QByteArray payload = keySlots + database;
    // Attachments after the snapshot: a document added meanwhile is a harmless extra file.
    QDirIterator it(files.dir + QStringLiteral("/attachments"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(files.dir).relativeFilePath(path);
        if (!attachmentName().match(name).hasMatch())
            continue; // temporary files of an unfinished put
        bool readOk = false;
        const QByteArray bytes = readFile(path, &readOk);
        if (!readOk)
            return ioError(QCoreApplication::translate(
                               "BackupArchive", "The store could not be read for the backup."),
                           path);
        parts.append(partEntry(name, bytes));
        payload += bytes;
    }
    QJsonObject manifestJson = m;
    manifestJson.insert(QStringLiteral("parts"), parts);
    QByteArray archive =
        kMagic + QJsonDocument(manifestJson).toJson(QJsonDocument::Compact) + '\n' + payload;
    archive += crypto::sha256(archive).toHex() + '\n';
    if (!writeAtomically(archivePath, archive))
        return ioError(QCoreApplication::translate(
                           "BackupArchive",
                           "The backup file could not be written (is the disk full, or the folder "
                           "read-only?)."),
                       {});
    if (written)
        *written = manifest;
    return StoreError::success();
}

StoreError BackupArchive::verify(const QString &archivePath, Manifest *manifest)
{
    bool ok = false;
    const QByteArray bytes = readFile(archivePath, &ok);
    if (!ok)
        return ioError(
            QCoreApplication::translate("BackupArchive", "The backup file cannot be read."), {});
    Parsed parsed;
    if (StoreError error = parse(bytes, &parsed); !error.ok())
        return error;
    if (manifest)
        *manifest = parsed.manifest;
    return StoreError::success();
}

StoreError BackupArchive::restore(const QString &archivePath, const QString &dataDir, bool force,
                                  const QDateTime &nowUtc, QString *movedAsideTo)
{
    bool ok = false;
    const QByteArray bytes = readFile(archivePath, &ok);
    if (!ok)
        return ioError(
            QCoreApplication::translate("BackupArchive", "The backup file cannot be read."), {});
    Parsed parsed;
    if (StoreError error = parse(bytes, &parsed); !error.ok())
        return error;

    const StoreFiles files{dataDir};
    if (!QDir().mkpath(dataDir))
        return ioError(
            QCoreApplication::translate("BackupArchive", "The data folder cannot be created."), {});
    if (files.anyExists()) {
        if (!force)
            return StoreError::make(
                StoreErrorCode::StoreExists,
                QCoreApplication::translate("BackupArchive",
                                            "A store already exists in this folder. Use --force to "
                                            "replace it (the old files are kept aside)."));
        const QString aside = QDir(dataDir).filePath(
            QStringLiteral("replaced-%1")
                .arg(nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!QDir().mkpath(aside))
            return ioError(QCoreApplication::translate(
                               "BackupArchive",
                               "The old store could not be moved aside; nothing was restored."),
                           {});
        for (const QString &path :
             {files.database(), files.wal(), files.shm(), files.keySlots(), files.signInGuard(),
              files.dir + QStringLiteral("/attachments")}) {
            if (QFile::exists(path) &&
                !QFile::rename(path, QDir(aside).filePath(QFileInfo(path).fileName())))
                return ioError(QCoreApplication::translate(
                                   "BackupArchive",
                                   "The old store could not be moved aside; nothing was restored."),
                               path);
        }
        if (movedAsideTo)
            *movedAsideTo = aside;
    }
    // The database first: a kill after it leaves a database without its key file, which is
    // refused as incomplete, and the same restore can simply run again.
    if (!writeAtomically(files.database(), parsed.database))
        return ioError(QCoreApplication::translate(
                           "BackupArchive", "The store could not be written (is the disk full?)."),
                       {});
    crashPoint("restore-database-written");
    for (const auto &[name, encrypted] : parsed.attachments) {
        const QString path = QDir(dataDir).filePath(name);
        if (!QDir().mkpath(QFileInfo(path).path()) || !writeAtomically(path, encrypted))
            return ioError(
                QCoreApplication::translate("BackupArchive",
                                            "The store could not be written (is the disk full?)."),
                name);
    }
    if (!writeAtomically(files.keySlots(), parsed.keySlots)) {
        QFile::remove(files.database());
        return ioError(QCoreApplication::translate(
                           "BackupArchive", "The store could not be written (is the disk full?)."),
                       {});
    }
    return StoreError::success();
}

} // namespace pluslife::storage
