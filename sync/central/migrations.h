#pragma once

#include <QString>
#include <QStringList>

namespace pluslife::central {

class Db;

// Versioned schema: migrations/NNNN_*.sql, embedded as Qt resources, applied in order, each in
// one transaction that also records it in schema_migrations. Safe to run concurrently (a
// session advisory lock serialises two servers starting at once).
struct MigrationReport {
    QStringList applied; // names applied by this run
    int current = 0;     // schema version after the run
};

bool migrate(Db &db, MigrationReport *report, QString *problem);
// The embedded migrations, in order (":/central/migrations/0001_schema.sql", ...).
QStringList migrationFiles();

} // namespace pluslife::central
