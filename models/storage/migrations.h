#pragma once

#include "domain/clock.h"
#include "storeerror.h"

#include <QList>
#include <QSqlDatabase>

namespace pluslife::storage {

// Versioned schema changes, embedded in the binary (storage/migrations/NNNN_name.sql as Qt
// resources). Each runs in its own transaction together with the version bump, so a kill
// leaves the store at the version before or after it. `PRAGMA user_version` is the version.
class Migrations {
public:
    struct Step {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Step> embedded();
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db, StoreError *error);

    // Refuses, touching nothing, a store newer than this build; else brings it up to date.
    static StoreError migrate(QSqlDatabase &db, const Clock &clock);
    // The same on an explicit list (tests use it to check rollback on a failing step).
    static StoreError migrate(QSqlDatabase &db, const QList<Step> &steps, const Clock &clock);
};

} // namespace pluslife::storage
