#include "migrations.h"

#include "db.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pluslife::central {

namespace {
// Arbitrary, fixed: the session lock that serialises concurrent migrators.
constexpr qint64 kMigrationLock = 7001000001;
} // namespace

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/central/migrations"));
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

bool migrate(Db &db, MigrationReport *report, QString *problem)
{
    *report = MigrationReport{};
    try {
        db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                     "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                     "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"));
        db.scalar(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLock});
        bool ok = true;
        for (const QString &path : migrationFiles()) {
            const QString name = QFileInfo(path).fileName();
            const int version = name.left(4).toInt();
            if (version <= 0)
                continue;
            const QVariant seen =
                db.scalar(QStringLiteral("SELECT version FROM schema_migrations WHERE version = ?"),
                          {version});
            if (seen.isValid()) {
                report->current = version;
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *problem = QStringLiteral("cannot read migration %1").arg(name);
                ok = false;
                break;
            }
            const QString sql = QString::fromUtf8(file.readAll());
            db.begin();
            try {
                db.execScript(sql);
                db.exec(
                    QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                    {version, name});
                db.commit();
            } catch (const DbError &) {
                db.rollback();
                throw;
            }
            report->applied << name;
            report->current = version;
        }
        db.scalar(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLock});
        return ok;
    } catch (const DbError &e) {
        *problem = QStringLiteral("migration failed: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace pluslife::central
