#include "noterepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {

NoteRepository::NoteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool NoteRepository::insert(domain::Note *note)
{
    if (note->uuid.isEmpty())
        note->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO notes (uuid, household_id, worker_id, written_utc, body, "
                             "supersedes) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(note->uuid);
    q.addBindValue(note->householdId);
    q.addBindValue(note->workerId);
    q.addBindValue(note->writtenUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(note->body);
    q.addBindValue(note->supersedes > 0 ? QVariant(note->supersedes) : QVariant());
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    note->id = q.lastInsertId().toLongLong();
    return true;
}

QList<domain::Note> NoteRepository::select(const QString &where, const QVariantList &binds) const
{
    QList<domain::Note> notes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT n.id, n.uuid, n.household_id, n.worker_id, coalesce(w.display_name, ''), "
                  "n.written_utc, n.body, coalesce(n.supersedes, 0), "
                  "EXISTS (SELECT 1 FROM notes later WHERE later.supersedes = n.id) "
                  "FROM notes n LEFT JOIN workers w ON w.id = n.worker_id WHERE %1 "
                  "ORDER BY n.written_utc DESC, n.id DESC")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return notes;
    }
    while (q.next()) {
        domain::Note n;
        n.id = q.value(0).toLongLong();
        n.uuid = q.value(1).toString();
        n.householdId = q.value(2).toLongLong();
        n.workerId = q.value(3).toLongLong();
        n.workerName = q.value(4).toString();
        n.writtenUtc = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        n.body = q.value(6).toString();
        n.supersedes = q.value(7).toLongLong();
        n.superseded = q.value(8).toBool();
        notes.append(n);
    }
    return notes;
}

QList<domain::Note> NoteRepository::ofHousehold(qint64 householdId) const
{
    return select(QStringLiteral("n.household_id = ?"), {householdId});
}

std::optional<domain::Note> NoteRepository::note(qint64 id) const
{
    const auto found = select(QStringLiteral("n.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<domain::Note>(found.first());
}

} // namespace pluslife::storage
