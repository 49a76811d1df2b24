#include "centraltest.h"

#include "admin.h"
#include "migrations.h"

#include "protocol/messages.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::central::test {

namespace proto = pluslife::sync::protocol;

QString postgresProblem()
{
    if (qEnvironmentVariableIsEmpty("PLUSLIFE_TEST_PGHOST"))
        return QStringLiteral(
            "PLUSLIFE_TEST_PGHOST is not set: run under installer/with-postgres.sh "
            "(installer/with-postgres.sh ctest -L postgres)");
    return {};
}

TestDatabase::TestDatabase()
{
    m_settings.host = qEnvironmentVariable("PLUSLIFE_TEST_PGHOST");
    m_settings.port = qEnvironmentVariableIntValue("PLUSLIFE_TEST_PGPORT");
    if (m_settings.port == 0)
        m_settings.port = 5432;
    m_settings.user = qEnvironmentVariable("PLUSLIFE_TEST_PGUSER", QStringLiteral("pluslife"));
    m_settings.dbname =
        QStringLiteral("central_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

namespace {

bool adminExec(const DbSettings &base, const QString &sql, QString *error)
{
    DbSettings settings = base;
    settings.dbname = QStringLiteral("postgres");
    const QString name = QStringLiteral("central-test-admin");
    bool ok = false;
    {
        QString problem;
        QSqlDatabase db = openConnection(settings, name, &problem);
        if (!db.isOpen()) {
            *error = problem;
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::create(QString *error)
{
    *error = postgresProblem();
    if (!error->isEmpty())
        return false;
    if (!adminExec(m_settings, QStringLiteral("CREATE DATABASE %1").arg(m_settings.dbname), error))
        return false;
    m_created = true;
    MigrationReport report;
    return migrate(db(), &report, error);
}

TestDatabase::~TestDatabase()
{
    // This thread's connection first; FORCE ends any other session still open.
    closeThreadDb();
    if (m_created) {
        QString error;
        if (!adminExec(
                m_settings,
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.dbname),
                &error))
            qWarning("could not drop the test database: %s", qPrintable(error));
    }
}

QString TestDatabase::connectionString() const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(m_settings.host)
        .arg(m_settings.port)
        .arg(m_settings.dbname, m_settings.user);
}

Db &TestDatabase::db()
{
    return threadDb(m_settings);
}

TestCenter makeCenter(Db &db, const QString &code)
{
    if (!db.scalar(QStringLiteral("SELECT 1 FROM provinces WHERE code = 'P1'")).isValid()) {
        addProvince(db, QStringLiteral("P1"), QStringLiteral("Province"));
        addCounty(db, QStringLiteral("P1"), QStringLiteral("K1"), QStringLiteral("County"));
    }
    TestCenter center;
    center.code = code;
    center.uuid = addCenter(db, QStringLiteral("K1"), code, QStringLiteral("Center ") + code, {});
    center.id =
        db.scalar(QStringLiteral("SELECT id FROM centers WHERE code = ?"), {code}).toLongLong();
    return center;
}

Device enrolDevice(Db &db, const TestCenter &center, QString *token)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString code = issueCode(db, center.code, 7, now);
    Enrolment enrolment;
    enroll(db, code, QStringLiteral("test-device"), now, &enrolment);
    if (token)
        *token = enrolment.token;
    Device device;
    device.id = enrolment.deviceId;
    device.centerId = center.id;
    return device;
}

Op upsert(const QString &entity, const QString &uuid, qint64 base, const QJsonObject &fields)
{
    return Op{proto::newUuid(), entity, uuid, QStringLiteral("upsert"), base, fields};
}

Op remove(const QString &entity, const QString &uuid, qint64 base)
{
    return Op{proto::newUuid(), entity, uuid, QStringLiteral("delete"), base, {}};
}

Op resolveOp(const QString &conflictUuid, qint64 base, const QJsonValue &value)
{
    return Op{proto::newUuid(),
              QStringLiteral("sync_conflict"),
              conflictUuid,
              QStringLiteral("resolve"),
              base,
              QJsonObject{{QStringLiteral("value"), value}}};
}

} // namespace pluslife::central::test
