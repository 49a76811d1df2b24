#include "migrations.h"

#include "sqlcipher/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pluslife::storage {
namespace {

StoreError databaseError(const QString &what, const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("Migrations", "The store could not be updated (%1).").arg(what),
        error);
}

// The script, the version bump and a note of when it ran: all inside the caller's transaction.
bool runStep(QSqlDatabase &db, SqlCipherDriver &driver, const Migrations::Step &step,
             const Clock &clock, QSqlError *error)
{
    if (!driver.executeScript(step.sql, error))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
        *error = query.lastError();
        return false;
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_settings (key, value, recorded_utc) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(QStringLiteral("migration.%1").arg(step.version, 4, 10, QLatin1Char('0')));
    query.addBindValue(step.name);
    query.addBindValue(clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

} // namespace

QList<Migrations::Step> Migrations::embedded()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Step> steps;
    QDirIterator it(QStringLiteral(":/pluslife/storage/migrations"));
    while (it.hasNext()) {
        it.next();
        const auto match = pattern.match(it.fileName());
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        steps.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    return steps;
}

int Migrations::latestVersion()
{
    const QList<Step> steps = embedded();
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db, StoreError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = databaseError(QStringLiteral("user_version"), query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

StoreError Migrations::migrate(QSqlDatabase &db, const Clock &clock)
{
    return migrate(db, embedded(), clock);
}

StoreError Migrations::migrate(QSqlDatabase &db, const QList<Step> &steps, const Clock &clock)
{
    StoreError error;
    const int current = currentVersion(db, &error);
    if (current < 0)
        return error;
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (current > latest) {
        return StoreError::make(StoreErrorCode::NewerSchema,
                                QCoreApplication::translate(
                                    "Migrations", "This store was written by a newer PlusLife "
                                                  "Desk (schema %1; this program knows %2). "
                                                  "Install the newer version; nothing was changed.")
                                    .arg(current)
                                    .arg(latest),
                                QStringLiteral("schema %1 > %2").arg(current).arg(latest));
    }
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());
    for (const Step &step : steps) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return databaseError(step.name, db.lastError());
        QSqlError sqlError;
        if (runStep(db, *driver, step, clock, &sqlError) && db.commit())
            continue;
        const QSqlError reported = sqlError.isValid() ? sqlError : db.lastError();
        db.rollback();
        return databaseError(QStringLiteral("%1 %2").arg(step.version).arg(step.name), reported);
    }
    return StoreError::success();
}

} // namespace pluslife::storage
