#include "db.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace pluslife::central {

bool parseDbSettings(const QString &text, DbSettings *settings, QString *problem)
{
    *settings = DbSettings{};
    QStringList extra;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = QStringLiteral("database setting without '=': %1").arg(part.left(40));
            return false;
        }
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QLatin1String("host")) {
            settings->host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            settings->port = value.toInt(&ok);
            if (!ok || settings->port <= 0 || settings->port > 65535) {
                *problem = QStringLiteral("database port is not a number");
                return false;
            }
        } else if (key == QLatin1String("dbname")) {
            settings->dbname = value;
        } else if (key == QLatin1String("user")) {
            settings->user = value;
        } else if (key == QLatin1String("password")) {
            settings->password = value;
        } else {
            extra << key + QLatin1Char('=') + value;
        }
    }
    settings->options = extra.join(QLatin1Char(';'));
    if (settings->dbname.isEmpty()) {
        *problem = QStringLiteral("the database setting needs dbname=");
        return false;
    }
    return true;
}

bool dbSettingsFrom(const QString &argument, DbSettings *settings, QString *problem)
{
    QString text = argument;
    if (text.isEmpty())
        text = qEnvironmentVariable("PLUSLIFE_CENTRAL_DB");
    if (text.isEmpty()) {
        *problem = QStringLiteral("no database: pass --db \"host=... dbname=... user=...\" or set "
                                  "PLUSLIFE_CENTRAL_DB");
        return false;
    }
    return parseDbSettings(text, settings, problem);
}

DbError::DbError(const QString &what, const QString &sqlState, bool connectionLost)
    : std::runtime_error(what.toStdString())
    , m_sqlState(sqlState)
    , m_connectionLost(connectionLost)
{}

bool DbError::retryable() const
{
    // 40P01 deadlock_detected, 40001 serialization_failure.
    return m_sqlState == QLatin1String("40P01") || m_sqlState == QLatin1String("40001");
}

Db::Db(QSqlDatabase db)
    : m_db(std::move(db))
{}

Db::~Db()
{
    qDeleteAll(m_statements);
}

void Db::fail(const QSqlError &error, const QString &context)
{
    // SQLSTATE class 08 is a connection exception; a closed handle is one too.
    const QString state = error.nativeErrorCode();
    const bool lost = error.type() == QSqlError::ConnectionError ||
                      state.startsWith(QLatin1String("08")) || !m_db.isOpen();
    throw DbError(context + QStringLiteral(": ") + error.text(), state, lost);
}

QSqlQuery &Db::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *query = m_statements.value(sql);
    if (!query) {
        auto made = std::make_unique<QSqlQuery>(m_db);
        made->setForwardOnly(true);
        if (!made->prepare(sql))
            fail(made->lastError(), QStringLiteral("prepare"));
        query = made.release();
        m_statements.insert(sql, query);
    }
    query->finish();
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, binds.at(i));
    if (!query->exec())
        fail(query->lastError(), QStringLiteral("query"));
    return *query;
}

void Db::execScript(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError(), QStringLiteral("script"));
}

void Db::begin()
{
    if (!m_db.transaction())
        fail(m_db.lastError(), QStringLiteral("begin"));
}

void Db::commit()
{
    if (!m_db.commit())
        fail(m_db.lastError(), QStringLiteral("commit"));
}

void Db::rollback()
{
    // Best effort: after a lost connection there is nothing to roll back.
    m_db.rollback();
}

QVariant Db::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = exec(sql, binds);
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

QSqlDatabase openConnection(const DbSettings &settings, const QString &name, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!settings.host.isEmpty())
        db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.dbname);
    db.setUserName(settings.user);
    if (!settings.password.isEmpty())
        db.setPassword(settings.password);
    QString options = settings.options;
    if (!options.contains(QLatin1String("connect_timeout")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) +
                   QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (problem)
            *problem = QStringLiteral("cannot connect to PostgreSQL: ") + db.lastError().text();
        return db;
    }
    // NOTICEs ("already exists, skipping") would land on stderr between the log lines.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return db;
}

namespace {

QAtomicInteger<int> connectionCounter;

// Lives as long as its thread; removes the connection in that thread when it ends.
struct ThreadConnection {
    std::unique_ptr<Db> db;
    QString name;
    QString settingsKey;
    bool suspect = false;

    void close()
    {
        if (!db)
            return;
        db.reset();
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    ~ThreadConnection() { close(); }
};

thread_local ThreadConnection threadConnection;

} // namespace

Db &threadDb(const DbSettings &settings)
{
    ThreadConnection &tc = threadConnection;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(settings.host)
                            .arg(settings.port)
                            .arg(settings.dbname, settings.user, settings.options);
    if (tc.db && (tc.suspect || tc.settingsKey != key || !tc.db->database().isOpen()))
        tc.close();
    if (!tc.db) {
        tc.name = QStringLiteral("central-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
        QString problem;
        QSqlDatabase db = openConnection(settings, tc.name, &problem);
        if (!db.isOpen()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(tc.name);
            throw DbError(problem, QStringLiteral("08000"), true);
        }
        tc.db = std::make_unique<Db>(db);
        tc.settingsKey = key;
        tc.suspect = false;
    }
    return *tc.db;
}

void dropThreadDb()
{
    threadConnection.suspect = true;
}

void closeThreadDb()
{
    threadConnection.close();
}

} // namespace pluslife::central
