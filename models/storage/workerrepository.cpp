#include "workerrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace pluslife::storage {
namespace {

const QString kWorkerColumns = QStringLiteral(
    "id, uuid, username, display_name, role, active, must_change_password, nda_accepted_utc, "
    "nda_version, caseload_limit");

domain::Worker workerFromRow(const QSqlQuery &q)
{
    domain::Worker w;
    w.id = q.value(0).toLongLong();
    w.uuid = q.value(1).toString();
    w.username = q.value(2).toString();
    w.displayName = q.value(3).toString();
    w.role = domain::roleFromKey(q.value(4).toString()).value_or(domain::WorkerRole::Reception);
    w.active = q.value(5).toInt() == 1;
    w.mustChangePassword = q.value(6).toInt() == 1;
    w.ndaAcceptedUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    w.ndaVersion = q.value(8).toString();
    w.caseloadLimit = q.value(9).toInt();
    return w;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

WorkerRepository::WorkerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<domain::Worker> WorkerRepository::findByUsername(const QString &username) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM workers WHERE username = ?").arg(kWorkerColumns));
    q.addBindValue(username.trimmed().toLower());
    if (q.exec() && q.next())
        return workerFromRow(q);
    m_lastError = q.lastError();
    return std::nullopt;
}

std::optional<domain::Worker> WorkerRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM workers WHERE id = ?").arg(kWorkerColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return workerFromRow(q);
    m_lastError = q.lastError();
    return std::nullopt;
}

QList<domain::Worker> WorkerRepository::all() const
{
    QList<domain::Worker> workers;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM workers ORDER BY active DESC, display_name")
                   .arg(kWorkerColumns)))
        while (q.next())
            workers.append(workerFromRow(q));
    m_lastError = q.lastError();
    return workers;
}

int WorkerRepository::activeManagers() const
{
    QSqlQuery q(m_db);
    if (q.exec(
            QStringLiteral("SELECT count(*) FROM workers WHERE role = 'manager' AND active = 1")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

bool WorkerRepository::insert(domain::Worker *worker, const QDateTime &nowUtc)
{
    if (worker->uuid.isEmpty())
        worker->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO workers (uuid, username, display_name, role, active, must_change_password, "
        "caseload_limit, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(worker->uuid);
    q.addBindValue(worker->username);
    q.addBindValue(worker->displayName);
    q.addBindValue(domain::roleKey(worker->role));
    q.addBindValue(worker->active ? 1 : 0);
    q.addBindValue(worker->mustChangePassword ? 1 : 0);
    q.addBindValue(worker->caseloadLimit);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    worker->id = q.lastInsertId().toLongLong();
    return true;
}

bool WorkerRepository::setActive(qint64 id, bool active, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE workers SET active = ?, disabled_utc = ?, updated_utc = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(active ? QVariant() : QVariant(iso(nowUtc)));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

bool WorkerRepository::setMustChangePassword(qint64 id, bool mustChange, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE workers SET must_change_password = ?, updated_utc = ? WHERE id = ?"));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

bool WorkerRepository::setNdaAccepted(qint64 id, const QString &version, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE workers SET nda_accepted_utc = ?, nda_version = ?, updated_utc = ? WHERE id = ?"));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(version);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

CenterRepository::CenterRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<domain::CenterInfo> CenterRepository::load() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT code, name, province, county, licensed_capacity FROM center WHERE id = 1")) ||
        !q.next())
        return std::nullopt;
    return domain::CenterInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt()};
}

bool CenterRepository::save(const domain::CenterInfo &center, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    // INSERT OR IGNORE + UPDATE: SQLite 3.15 has no UPSERT, and REPLACE would change the uuid.
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO center (id, uuid, code, name, province, county, "
        "licensed_capacity, created_utc, updated_utc) VALUES (1, ?, '', '', '', '', 1, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc));
    bool ok = q.exec();
    q.prepare(QStringLiteral("UPDATE center SET code = ?, name = ?, province = ?, county = ?, "
                             "licensed_capacity = ?, updated_utc = ? WHERE id = 1"));
    q.addBindValue(textValue(center.code));
    q.addBindValue(textValue(center.name));
    q.addBindValue(textValue(center.province));
    q.addBindValue(textValue(center.county));
    q.addBindValue(center.licensedCapacity);
    q.addBindValue(iso(nowUtc));
    ok = ok && q.exec();
    if (!ok)
        m_lastError = q.lastError();
    return ok;
}

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString &key, const QString &value, qint64 workerId,
                                  const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_utc, updated_by) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(workerId > 0 ? QVariant(workerId) : QVariant());
    return q.exec();
}

} // namespace pluslife::storage
