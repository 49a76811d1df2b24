#include "auditlog.h"

#include "keyslotcrypto.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::storage {
namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

QString detailsJson(const QVariantMap &details)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact));
}

// The hashed form of an entry: every stored field, in a fixed order, after its predecessor's hash.
QString entryHash(const QString &prevHash, const QString &atUtc, qint64 actorId,
                  const QString &action, const QString &subjectType, const QString &subjectId,
                  const QString &details)
{
    const QStringList parts{prevHash,  atUtc,  QString::number(actorId), action, subjectType,
                            subjectId, details};
    return QString::fromLatin1(crypto::sha256(parts.join(QChar(0x1f)).toUtf8()).toHex());
}

StoreError auditError(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("AuditLog", "The audit log could not be written."), error);
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock)
    : m_connectionName(db.connectionName())
    , m_clock(clock)
{}

StoreError AuditLog::append(qint64 actorId, const QString &action, const QString &subjectType,
                            const QString &subjectId, const QVariantMap &details)
{
    return appendAt(m_clock.nowUtc(), actorId, action, subjectType, subjectId, details);
}

StoreError AuditLog::appendAt(const QDateTime &atUtc, qint64 actorId, const QString &action,
                              const QString &subjectType, const QString &subjectId,
                              const QVariantMap &details)
{
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return auditError(transaction.error());
    QSqlQuery last(db());
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return auditError(last.lastError());
    const QString prevHash = last.next() ? last.value(0).toString() : kGenesis;
    last.finish();

    const QString at = atUtc.toUTC().toString(Qt::ISODateWithMs);
    const QString json = detailsJson(details);
    const QString hash = entryHash(prevHash, at, actorId, action, subjectType, subjectId, json);
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (at_utc, actor_id, action, subject_type, subject_id, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(at);
    insert.addBindValue(actorId);
    insert.addBindValue(action);
    insert.addBindValue(textValue(subjectType));
    insert.addBindValue(textValue(subjectId));
    insert.addBindValue(json);
    insert.addBindValue(prevHash);
    insert.addBindValue(hash);
    if (!insert.exec())
        return auditError(insert.lastError());
    if (!transaction.commit())
        return auditError(transaction.error());
    return StoreError::success();
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at_utc, actor_id, action, subject_type, subject_id, "
                                   "details, prev_hash, hash FROM audit_log ORDER BY id"))) {
        result.message =
            QCoreApplication::translate("AuditLog", "The audit log could not be read.");
        return result;
    }
    QString expectedPrev = kGenesis;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString computed = entryHash(query.value(7).toString(), query.value(1).toString(),
                                           query.value(2).toLongLong(), query.value(3).toString(),
                                           query.value(4).toString(), query.value(5).toString(),
                                           query.value(6).toString());
        if (query.value(7).toString() != expectedPrev || query.value(8).toString() != computed) {
            result.firstBrokenId = id;
            result.message = QCoreApplication::translate(
                                 "AuditLog", "The audit log was altered at entry %1: an entry was "
                                             "changed, removed or inserted.")
                                 .arg(id);
            return result;
        }
        expectedPrev = computed;
        ++result.entries;
    }
    result.ok = true;
    result.message = QCoreApplication::translate("AuditLog", "Audit log intact: %n entries.",
                                                 nullptr, int(result.entries));
    return result;
}

QList<AuditLog::Entry> AuditLog::recent(int limit) const
{
    QList<Entry> entries;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at_utc, actor_id, action, subject_type, subject_id, details "
                       "FROM audit_log ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        Entry e;
        e.id = query.value(0).toLongLong();
        e.atUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actorId = query.value(2).toLongLong();
        e.action = query.value(3).toString();
        e.subjectType = query.value(4).toString();
        e.subjectId = query.value(5).toString();
        e.details =
            QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object().toVariantMap();
        entries.append(e);
    }
    return entries;
}

} // namespace pluslife::storage
