#include "visitrepository.h"

#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {
namespace {

QVariant timeValue(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QStringLiteral("");
}

QString noteJson(const QVariantMap &note)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(note)).toJson(QJsonDocument::Compact));
}

} // namespace

VisitRepository::VisitRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool VisitRepository::insert(domain::Visit *visit)
{
    if (visit->uuid.isEmpty())
        visit->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO visits (uuid, household_id, worker_id, planned_date, planned_time, "
        "purpose, status, reschedule_reason, rescheduled_from, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(visit->uuid);
    q.addBindValue(visit->householdId);
    q.addBindValue(visit->workerId);
    q.addBindValue(visit->plannedDate.toString(Qt::ISODate));
    q.addBindValue(timeValue(visit->plannedTime));
    q.addBindValue(textValue(visit->purpose));
    q.addBindValue(visit->status);
    q.addBindValue(textValue(visit->rescheduleReason));
    q.addBindValue(visit->rescheduledFrom > 0 ? QVariant(visit->rescheduledFrom) : QVariant());
    q.addBindValue(noteJson(visit->note));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    visit->id = q.lastInsertId().toLongLong();
    return true;
}

bool VisitRepository::update(const domain::Visit &visit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE visits SET worker_id = ?, planned_date = ?, planned_time = ?, purpose = ?, "
        "status = ?, reschedule_reason = ?, done_utc = ?, note = ? WHERE id = ?"));
    q.addBindValue(visit.workerId);
    q.addBindValue(visit.plannedDate.toString(Qt::ISODate));
    q.addBindValue(timeValue(visit.plannedTime));
    q.addBindValue(textValue(visit.purpose));
    q.addBindValue(visit.status);
    q.addBindValue(textValue(visit.rescheduleReason));
    q.addBindValue(visit.doneUtc.isValid()
                       ? QVariant(visit.doneUtc.toUTC().toString(Qt::ISODateWithMs))
                       : QVariant());
    q.addBindValue(noteJson(visit.note));
    q.addBindValue(visit.id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

QList<domain::Visit> VisitRepository::select(const QString &where, const QVariantList &binds) const
{
    QList<domain::Visit> visits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT v.id, v.uuid, v.household_id, h.file_number, v.worker_id, v.planned_date, "
            "v.planned_time, v.purpose, v.status, v.reschedule_reason, "
            "coalesce(v.rescheduled_from, 0), v.done_utc, v.note FROM visits v "
            "JOIN households h ON h.id = v.household_id WHERE %1 "
            "ORDER BY v.planned_date, v.planned_time, v.id")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return visits;
    }
    while (q.next()) {
        domain::Visit v;
        v.id = q.value(0).toLongLong();
        v.uuid = q.value(1).toString();
        v.householdId = q.value(2).toLongLong();
        v.fileNumber = q.value(3).toString();
        v.workerId = q.value(4).toLongLong();
        v.plannedDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        v.plannedTime = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
        v.purpose = q.value(7).toString();
        v.status = q.value(8).toString();
        v.rescheduleReason = q.value(9).toString();
        v.rescheduledFrom = q.value(10).toLongLong();
        v.doneUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        v.note = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object().toVariantMap();
        visits.append(v);
    }
    return visits;
}

std::optional<domain::Visit> VisitRepository::visit(qint64 id) const
{
    const auto found = select(QStringLiteral("v.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<domain::Visit>(found.first());
}

QList<domain::Visit> VisitRepository::plannedUntil(qint64 workerId, const QDate &until) const
{
    if (workerId == 0)
        return select(QStringLiteral("v.status = 'planned' AND v.planned_date <= ?"),
                      {until.toString(Qt::ISODate)});
    return select(
        QStringLiteral("v.status = 'planned' AND v.worker_id = ? AND v.planned_date <= ?"),
        {workerId, until.toString(Qt::ISODate)});
}

QList<domain::Visit> VisitRepository::between(qint64 workerId, const QDate &from,
                                              const QDate &to) const
{
    return select(
        QStringLiteral(
            "v.worker_id = ? AND v.planned_date BETWEEN ? AND ? AND v.status <> 'cancelled'"),
        {workerId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QList<domain::Visit> VisitRepository::ofHousehold(qint64 householdId) const
{
    return select(QStringLiteral("v.household_id = ?"), {householdId});
}

} // namespace pluslife::storage
