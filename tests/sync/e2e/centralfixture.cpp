#include "centralfixture.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <csignal>

namespace pluslife::test {

CentralFixture::CentralFixture()
    : m_dbName(QStringLiteral("e2e_%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                            QLatin1Char('0')))
{}

CentralFixture::~CentralFixture()
{
    if (isRunning())
        kill();
    {
        QSqlDatabase::database(QStringLiteral("central-admin-") + m_dbName, false).close();
        QSqlDatabase db = admin_db(QStringLiteral("postgres"));
        if (db.isOpen()) {
            QSqlQuery(db).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("central-admin-") + m_dbName);
    QSqlDatabase::removeDatabase(QStringLiteral("central-admin-postgres"));
}

QString CentralFixture::centralExecutable()
{
    return qEnvironmentVariable("PLUSLIFE_BUILD_DIR") +
           QStringLiteral("/sync/central/pluslife-central");
}

QSqlDatabase CentralFixture::admin_db(const QString &dbName)
{
    const QString name = QStringLiteral("central-admin-") + dbName;
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        db.setHostName(qEnvironmentVariable("PLUSLIFE_TEST_PGHOST"));
        db.setPort(qEnvironmentVariableIntValue("PLUSLIFE_TEST_PGPORT"));
        db.setUserName(qEnvironmentVariable("PLUSLIFE_TEST_PGUSER"));
        db.setDatabaseName(dbName);
        db.open();
    }
    return db;
}

QString CentralFixture::dbOption() const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(qEnvironmentVariable("PLUSLIFE_TEST_PGHOST"),
             qEnvironmentVariable("PLUSLIFE_TEST_PGPORT"), m_dbName,
             qEnvironmentVariable("PLUSLIFE_TEST_PGUSER"));
}

bool CentralFixture::runCentral(const QStringList &arguments, QString *out)
{
    QProcess process;
    process.start(centralExecutable(), arguments + QStringList{QStringLiteral("--db"), dbOption()});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("pluslife-central %1: %2")
                      .arg(arguments.join(QLatin1Char(' ')),
                           QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

bool CentralFixture::setUp()
{
    if (qEnvironmentVariableIsEmpty("PLUSLIFE_TEST_PGHOST")) {
        m_error = QStringLiteral("no PostgreSQL: run under installer/with-postgres.sh");
        return false;
    }
    m_pki = makeTestPki(m_dir.path());
    if (!m_pki.ok()) {
        m_error = m_pki.error;
        return false;
    }
    QSqlDatabase db = admin_db(QStringLiteral("postgres"));
    if (!db.isOpen()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName))) {
        m_error = query.lastError().text();
        return false;
    }
    return runCentral({QStringLiteral("migrate")}, nullptr) &&
           admin({QStringLiteral("province-add"), QStringLiteral("--code"), QStringLiteral("23"),
                  QStringLiteral("--name"), QStringLiteral("تهران")}) &&
           admin({QStringLiteral("county-add"), QStringLiteral("--province"), QStringLiteral("23"),
                  QStringLiteral("--code"), QStringLiteral("2301"), QStringLiteral("--name"),
                  QStringLiteral("ری")}) &&
           admin({QStringLiteral("center-add"), QStringLiteral("--county"), QStringLiteral("2301"),
                  QStringLiteral("--code"), QStringLiteral("230101"), QStringLiteral("--name"),
                  QStringLiteral("مرکز امید")}) &&
           admin({QStringLiteral("center-add"), QStringLiteral("--county"), QStringLiteral("2301"),
                  QStringLiteral("--code"), QStringLiteral("230102"), QStringLiteral("--name"),
                  QStringLiteral("مرکز مهر")});
}

bool CentralFixture::admin(const QStringList &arguments, QString *out)
{
    return runCentral(QStringList{QStringLiteral("admin")} + arguments, out);
}

QString CentralFixture::issueCode(const QString &centerCode)
{
    QString out;
    if (!admin({QStringLiteral("code-issue"), QStringLiteral("--center"), centerCode}, &out))
        return {};
    static const QRegularExpression code(QStringLiteral("[A-Z0-9]{4}(-[A-Z0-9]{4})+"));
    return code.match(out).captured(0);
}

bool CentralFixture::start()
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    // The server logs a line per request: into a file, or a full pipe would stall it.
    m_server.setStandardErrorFile(m_dir.filePath(QStringLiteral("central.log")), QIODevice::Append);
    m_server.start(centralExecutable(),
                   {QStringLiteral("serve"), QStringLiteral("--db"), dbOption(),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("--cert"), m_pki.serverCert, QStringLiteral("--key"),
                    m_pki.serverKey});
    if (!m_server.waitForStarted(10000)) {
        m_error = QStringLiteral("pluslife-central did not start");
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    for (int i = 0; i < 200; ++i) {
        m_server.waitForReadyRead(100);
        seen += m_server.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
        if (m_server.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("pluslife-central did not listen (see %1)")
                  .arg(m_dir.filePath(QStringLiteral("central.log")));
    return false;
}

bool CentralFixture::isRunning() const
{
    return m_server.state() != QProcess::NotRunning;
}

void CentralFixture::stop()
{
    if (!isRunning())
        return;
    ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM);
    if (!m_server.waitForFinished(20000))
        kill();
}

void CentralFixture::kill()
{
    m_server.kill();
    m_server.waitForFinished(10000);
}

bool CentralFixture::snapshotDatabase(const QString &backupName)
{
    // A template must have no connections, ours included.
    QSqlDatabase::database(QStringLiteral("central-admin-") + m_dbName, false).close();
    QSqlQuery query(admin_db(QStringLiteral("postgres")));
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(backupName, m_dbName))) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool CentralFixture::restoreDatabase(const QString &backupName)
{
    QSqlDatabase::database(QStringLiteral("central-admin-") + m_dbName, false).close();
    QSqlQuery query(admin_db(QStringLiteral("postgres")));
    if (!query.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_dbName)) ||
        !query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_dbName, backupName))) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QStringList CentralFixture::recordUuids(const QString &centerCode, const QString &entity)
{
    QSqlQuery query(admin_db(m_dbName));
    query.prepare(QStringLiteral("SELECT r.uuid::text FROM records r JOIN centers c ON c.id = "
                                 "r.center_id WHERE c.code = ? AND r.entity = ? AND NOT r.deleted "
                                 "ORDER BY 1"));
    query.addBindValue(centerCode);
    query.addBindValue(entity);
    QStringList uuids;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return uuids;
    }
    while (query.next())
        uuids << query.value(0).toString();
    return uuids;
}

int CentralFixture::countRecords(const QString &centerCode, const QString &entity)
{
    return static_cast<int>(recordUuids(centerCode, entity).size());
}

} // namespace pluslife::test
