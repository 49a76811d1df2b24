#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace pluslife::storage {

// What went wrong opening or changing the store, in words a caseworker can act on.
// `message` is translated and fits on one line; `detail` is technical, never holds a secret or a
// personal value, and may go to a log.
enum class StoreErrorCode {
    None,
    NoStore,         // no store in the data directory
    StoreExists,     // refusing to create over an existing store
    IncompleteStore, // one of the store's files is missing
    Corrupt,         // files present but unreadable or failing their checks
    NewerSchema,     // written by a newer PlusLife Desk
    WrongPassword,   // user unknown or password wrong (never says which)
    LockedOut,       // too many failed attempts; retryAfterSeconds says how long
    AccountDisabled, // the worker was disabled by the manager
    WrongRecoveryCode,
    KeychainUnavailable, // no Secret Service / keychain reachable
    KeychainDenied,      // keychain present but locked or access refused
    DeviceSecretMissing, // keychain reachable, this store's device secret is not in it
    NotUnlocked,         // operation needs an unlocked store
    NotPermitted,        // the signed-in worker's role may not do this
    InvalidInput,        // bad value from the caller (message says which)
    IoError,             // disk full, permissions, rename failed
    Database,            // SQL error (detail carries SQLite's code)
};

struct StoreError {
    StoreErrorCode code = StoreErrorCode::None;
    QString message;
    QString detail;
    int retryAfterSeconds = 0;

    bool ok() const { return code == StoreErrorCode::None; }
    static StoreError success() { return {}; }
    static StoreError make(StoreErrorCode code, const QString &message, const QString &detail = {})
    {
        return StoreError{code, message, detail, 0};
    }
    static StoreError invalidInput(const QString &reason)
    {
        return make(StoreErrorCode::InvalidInput, reason);
    }
    // A failed statement: the caller's translated sentence, SQLite's code and text as the detail.
    static StoreError fromSql(const QString &message, const QSqlError &error)
    {
        return make(
            StoreErrorCode::Database, message,
            QStringLiteral("sqlite %1: %2").arg(error.nativeErrorCode(), error.databaseText()));
    }
    static StoreError notUnlocked()
    {
        return make(
            StoreErrorCode::NotUnlocked,
            QCoreApplication::translate("StoreError", "The store is locked. Sign in first."));
    }
};

} // namespace pluslife::storage
