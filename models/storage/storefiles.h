#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace pluslife::storage {

// The files of one store, all in one data directory.
struct StoreFiles {
    QString dir;

    QString database() const { return QDir(dir).filePath(QStringLiteral("pluslife.db")); }
    QString keySlots() const { return QDir(dir).filePath(QStringLiteral("keyslots.json")); }
    QString signInGuard() const { return QDir(dir).filePath(QStringLiteral("signin-guard.json")); }
    QString rekeyScratch() const { return QDir(dir).filePath(QStringLiteral("pluslife.db.rekey")); }
    QString wal() const { return database() + QStringLiteral("-wal"); }
    QString shm() const { return database() + QStringLiteral("-shm"); }

    // Any trace of a store: then nothing may be created here.
    bool anyExists() const { return QFile::exists(database()) || QFile::exists(keySlots()); }
    bool complete() const { return QFile::exists(database()) && QFile::exists(keySlots()); }
};

} // namespace pluslife::storage
