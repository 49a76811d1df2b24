#include "outbox.h"

#include "localrecords.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pluslife::sync {
namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

struct Dirty {
    QString entity;
    QString uuid;
    bool deleted = false;
    int order = 0;
    qint64 rowid = 0; // creation order inside an entity (a record may refer to an older one)
};

} // namespace

QJsonObject OutboxOp::toWire() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("action"), action},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("fields"), fields}};
}

Outbox::Outbox(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

bool Outbox::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString Outbox::now() const
{
    return m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

int Outbox::seal()
{
    const auto failed = [this](const QString &message) {
        m_lastError = message;
        return -1;
    };
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return failed(tx.error().text());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A record with an operation still in the outbox waits for its answer (its base moves then).
    if (!q.exec(QStringLiteral(
            "SELECT d.entity, d.uuid, d.deleted FROM sync_dirty d WHERE NOT EXISTS (SELECT 1 "
            "FROM sync_outbox o WHERE o.entity = d.entity AND o.uuid = d.uuid)")))
        return failed(q.lastError().text());
    QList<Dirty> dirty;
    while (q.next())
        dirty.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                      protocol::entityOrder(q.value(0).toString()), 0});
    q.finish();
    if (dirty.isEmpty())
        return tx.commit() ? 0 : -1;

    for (Dirty &d : dirty) {
        const auto rule = protocol::entityRule(d.entity);
        if (!rule)
            continue;
        q.prepare(QStringLiteral("SELECT rowid FROM \"%1\" WHERE uuid = ?").arg(rule->table));
        q.addBindValue(d.uuid);
        if (q.exec() && q.next())
            d.rowid = q.value(0).toLongLong();
        q.finish();
    }
    // Referred records before the records that refer to them; removals after every upsert,
    // children first.
    std::sort(dirty.begin(), dirty.end(), [](const Dirty &a, const Dirty &b) {
        const bool aGone = a.rowid == 0, bGone = b.rowid == 0;
        if (aGone != bGone)
            return bGone;
        if (a.order != b.order)
            return aGone ? a.order > b.order : a.order < b.order;
        return a.rowid < b.rowid;
    });

    LocalRecords records(m_db);
    QSqlQuery base(m_db), insert(m_db), done(m_db);
    base.setForwardOnly(true);
    if (!base.prepare(QStringLiteral(
            "SELECT version, base FROM sync_records WHERE entity = ? AND uuid = ?")) ||
        !insert.prepare(QStringLiteral(
            "INSERT INTO sync_outbox (op_id, entity, uuid, action, base_version, fields, "
            "snapshot, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !done.prepare(QStringLiteral("DELETE FROM sync_dirty WHERE entity = ? AND uuid = ?")))
        return failed(m_db.lastError().text());
    const QString stamp = now();
    int sealed = 0;
    for (const Dirty &d : std::as_const(dirty)) {
        if (!protocol::entityRule(d.entity))
            continue; // not a synced entity (left for a newer build)
        const QJsonObject local = d.rowid > 0 ? records.read(d.entity, d.uuid) : QJsonObject();
        if (d.rowid > 0 && local.isEmpty())
            return failed(records.lastError());
        base.bindValue(0, d.entity);
        base.bindValue(1, d.uuid);
        if (!base.exec())
            return failed(base.lastError().text());
        const bool known = base.next();
        const qint64 version = known ? base.value(0).toLongLong() : 0;
        const QJsonObject server = known ? object(base.value(1).toString()) : QJsonObject();
        base.finish();

        QString action = QString::fromLatin1(protocol::action::upsert);
        QJsonObject fields;
        if (local.isEmpty()) {
            action = QString::fromLatin1(protocol::action::remove);
        } else if (!known) {
            fields = local;
        } else {
            for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
                if (server.value(it.key()) != it.value())
                    fields.insert(it.key(), it.value());
            }
        }
        // Created and removed before the server saw it, or changed back: nothing to send. An
        // append-only record the server has is immutable there: a change of one made here (a
        // form version retired on this computer) stays here.
        const bool immutable =
            known && !local.isEmpty() &&
            protocol::entityRule(d.entity)->kind == protocol::EntityClass::AppendOnly;
        const bool nothing = immutable || (local.isEmpty() ? !known : (known && fields.isEmpty()));
        if (!nothing) {
            insert.bindValue(0, protocol::newUuid());
            insert.bindValue(1, d.entity);
            insert.bindValue(2, d.uuid);
            insert.bindValue(3, action);
            insert.bindValue(4, version);
            insert.bindValue(5, json(fields));
            insert.bindValue(6, json(local));
            insert.bindValue(7, stamp);
            insert.bindValue(8, stamp);
            if (!insert.exec())
                return failed(insert.lastError().text());
            ++sealed;
        }
        done.bindValue(0, d.entity);
        done.bindValue(1, d.uuid);
        if (!done.exec())
            return failed(done.lastError().text());
    }
    if (!tx.commit())
        return failed(tx.error().text());
    return sealed;
}

QList<OutboxOp> Outbox::select(const QString &where, int limit) const
{
    QList<OutboxOp> ops;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT seq, op_id, entity, uuid, action, base_version, fields, state, "
                       "attempts, error_code, error_message, created_utc, updated_utc FROM "
                       "sync_outbox %1 ORDER BY seq LIMIT ?")
            .arg(where));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ops;
    }
    while (q.next()) {
        OutboxOp op;
        op.seq = q.value(0).toLongLong();
        op.opId = q.value(1).toString();
        op.entity = q.value(2).toString();
        op.uuid = q.value(3).toString();
        op.action = q.value(4).toString();
        op.baseVersion = q.value(5).toLongLong();
        op.fields = object(q.value(6).toString());
        op.state = q.value(7).toString();
        op.attempts = q.value(8).toInt();
        op.errorCode = q.value(9).toString();
        op.errorMessage = q.value(10).toString();
        op.createdUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        op.updatedUtc = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        ops.append(op);
    }
    return ops;
}

QList<OutboxOp> Outbox::pending(int limit) const
{
    return select(QStringLiteral("WHERE state = 'pending'"), limit);
}

QList<OutboxOp> Outbox::all() const
{
    return select(QString(), -1);
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox WHERE state = "
                               "'pending') + (SELECT count(*) FROM sync_dirty)")) ||
        !q.next()) {
        fail(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

int Outbox::quarantinedCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'quarantined'")) ||
        !q.next()) {
        fail(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool Outbox::recordAttempt(const QString &opId, const QString &errorCode)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_outbox SET attempts = attempts + 1, error_code = ?, "
                             "updated_utc = ? WHERE op_id = ?"));
    q.addBindValue(storage::textValue(errorCode));
    q.addBindValue(now());
    q.addBindValue(opId);
    return q.exec() || fail(q.lastError().text());
}

bool Outbox::retry(const QString &opId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_outbox SET op_id = ?, state = 'pending', attempts = 0, "
                             "error_code = '', error_message = '', updated_utc = ? WHERE op_id = ? "
                             "AND state = 'quarantined'"));
    q.addBindValue(protocol::newUuid());
    q.addBindValue(now());
    q.addBindValue(opId);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 ||
           fail(QStringLiteral("no quarantined operation %1").arg(opId));
}

bool Outbox::discard(const QString &opId)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, uuid, action FROM sync_outbox WHERE op_id = ?"));
    q.addBindValue(opId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return fail(QStringLiteral("no operation %1").arg(opId));
    const QString entity = q.value(0).toString();
    const QString uuid = q.value(1).toString();
    const bool resolve = q.value(2).toString() == QLatin1String(protocol::action::resolve);
    q.finish();
    const auto run = [&q](const QString &sql, const QVariantList &binds) {
        q.prepare(sql);
        for (const QVariant &bind : binds)
            q.addBindValue(bind);
        return q.exec();
    };
    // Later local edits of the record go too: the server's copy comes back in their place.
    const bool ok =
        run(QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"), {opId}) &&
        run(QStringLiteral("DELETE FROM sync_dirty WHERE entity = ? AND uuid = ?"),
            {entity, uuid}) &&
        run(QStringLiteral("INSERT OR IGNORE INTO sync_refetch (entity, uuid) VALUES (?, ?)"),
            {entity, uuid}) &&
        (!resolve || run(QStringLiteral("UPDATE sync_conflicts SET status = 'open', resolution = "
                                        "'' WHERE uuid = ?"),
                         {uuid}));
    if (!ok)
        return fail(q.lastError().text());
    return tx.commit() || fail(tx.error().text());
}

} // namespace pluslife::sync
