#pragma once

#include "db.h"
#include "devices.h"
#include "merge.h"

#include <QJsonObject>
#include <QString>

// Shared by the pluslife-central tests: a database of its own per test (created on the
// PostgreSQL that installer/with-postgres.sh started, dropped at the end), migrated, with two
// centers and enrolled devices.
namespace pluslife::central::test {

// Empty when the environment is ready; otherwise what to do ("run under ...").
QString postgresProblem();

class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Creates and migrates the database; false with *error.
    bool create(QString *error);
    const DbSettings &settings() const { return m_settings; }
    // "host=... port=... dbname=... user=..." for --db.
    QString connectionString() const;
    Db &db(); // this thread's connection

private:
    DbSettings m_settings;
    bool m_created = false;
};

struct TestCenter {
    qint64 id = 0;
    QString code;
    QString uuid;
};

// Province P1, county K1 and a center `code` (created once per database as needed).
TestCenter makeCenter(Db &db, const QString &code);
// Issues a code and enrols a device of the center.
Device enrolDevice(Db &db, const TestCenter &center, QString *token = nullptr);

Op upsert(const QString &entity, const QString &uuid, qint64 base, const QJsonObject &fields);
Op remove(const QString &entity, const QString &uuid, qint64 base);
Op resolveOp(const QString &conflictUuid, qint64 base, const QJsonValue &value);

} // namespace pluslife::central::test
