#include "referralrepository.h"

#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {
namespace {

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

const QString kOpenStates = QStringLiteral("('draft', 'sent', 'accepted')");

} // namespace

ReferralRepository::ReferralRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool ReferralRepository::insert(domain::Referral *referral, const QDateTime &nowUtc)
{
    if (referral->uuid.isEmpty())
        referral->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO referrals (uuid, tracking_number, household_id, person_id, kind, service_id, "
        "requested_service, current_priority, state, due_date, origin, origin_id, created_by, "
        "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(referral->uuid);
    q.addBindValue(referral->trackingNumber);
    q.addBindValue(referral->householdId);
    q.addBindValue(idValue(referral->personId));
    q.addBindValue(referral->kind);
    q.addBindValue(textValue(referral->serviceId));
    q.addBindValue(textValue(referral->requestedService));
    q.addBindValue(referral->currentPriority);
    q.addBindValue(referral->state);
    q.addBindValue(dateValue(referral->dueDate));
    q.addBindValue(referral->origin);
    q.addBindValue(idValue(referral->originId));
    q.addBindValue(referral->createdBy);
    q.addBindValue(iso(referral->createdUtc));
    q.addBindValue(iso(nowUtc));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    referral->id = q.lastInsertId().toLongLong();
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("INSERT INTO referral_destinations (referral_id, priority, "
                             "agency_kind, name) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < referral->destinations.size(); ++i) {
        d.addBindValue(referral->id);
        d.addBindValue(int(i + 1));
        d.addBindValue(referral->destinations.at(i).agencyKind);
        d.addBindValue(textValue(referral->destinations.at(i).name));
        if (!d.exec()) {
            m_lastError = d.lastError();
            return false;
        }
    }
    return true;
}

bool ReferralRepository::update(const domain::Referral &referral, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE referrals SET current_priority = ?, state = ?, due_date = ?, outcome_service = ?, "
        "outcome_amount_rials = ?, outcome_payment_id = ?, outcome_note = ?, updated_utc = ? "
        "WHERE id = ?"));
    q.addBindValue(referral.currentPriority);
    q.addBindValue(referral.state);
    q.addBindValue(dateValue(referral.dueDate));
    q.addBindValue(textValue(referral.outcome.serviceGiven));
    q.addBindValue(referral.outcome.amountRials);
    q.addBindValue(textValue(referral.outcome.paymentId));
    q.addBindValue(textValue(referral.outcome.note));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(referral.id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

bool ReferralRepository::addEvent(qint64 referralId, domain::ReferralEvent *event)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO referral_events (referral_id, at_utc, worker_id, "
                       "from_state, to_state, priority, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(referralId);
    q.addBindValue(iso(event->atUtc));
    q.addBindValue(event->workerId);
    q.addBindValue(textValue(event->fromState));
    q.addBindValue(event->toState);
    q.addBindValue(event->priority);
    q.addBindValue(textValue(event->reason));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    event->id = q.lastInsertId().toLongLong();
    return true;
}

QList<domain::ReferralEvent> ReferralRepository::events(qint64 referralId) const
{
    QList<domain::ReferralEvent> events;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at_utc, worker_id, from_state, to_state, priority, reason "
                             "FROM referral_events WHERE referral_id = ? ORDER BY id"));
    q.addBindValue(referralId);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return events;
    }
    while (q.next()) {
        domain::ReferralEvent e;
        e.id = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.workerId = q.value(2).toLongLong();
        e.fromState = q.value(3).toString();
        e.toState = q.value(4).toString();
        e.priority = q.value(5).toInt();
        e.reason = q.value(6).toString();
        events.append(e);
    }
    return events;
}

QList<domain::Referral> ReferralRepository::select(const QString &where, const QVariantList &binds,
                                                   const QString &order) const
{
    QList<domain::Referral> referrals;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.id, r.uuid, r.tracking_number, r.household_id, "
                  "coalesce(r.person_id, 0), r.kind, r.service_id, r.requested_service, "
                  "r.current_priority, r.state, coalesce(r.due_date, ''), r.origin, "
                  "coalesce(r.origin_id, 0), r.created_by, r.created_utc, r.outcome_service, "
                  "r.outcome_amount_rials, r.outcome_payment_id, r.outcome_note, h.file_number "
                  "FROM referrals r JOIN households h ON h.id = r.household_id WHERE %1 "
                  "ORDER BY %2")
                  .arg(where, order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return referrals;
    }
    while (q.next()) {
        domain::Referral r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.trackingNumber = q.value(2).toString();
        r.householdId = q.value(3).toLongLong();
        r.personId = q.value(4).toLongLong();
        r.kind = q.value(5).toString();
        r.serviceId = q.value(6).toString();
        r.requestedService = q.value(7).toString();
        r.currentPriority = q.value(8).toInt();
        r.state = q.value(9).toString();
        r.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.origin = q.value(11).toString();
        r.originId = q.value(12).toLongLong();
        r.createdBy = q.value(13).toLongLong();
        r.createdUtc = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        r.outcome.serviceGiven = q.value(15).toString();
        r.outcome.amountRials = q.value(16).toLongLong();
        r.outcome.paymentId = q.value(17).toString();
        r.outcome.note = q.value(18).toString();
        r.fileNumber = q.value(19).toString();
        referrals.append(r);
    }
    loadDestinations(&referrals);
    return referrals;
}

bool ReferralRepository::loadDestinations(QList<domain::Referral> *referrals) const
{
    if (referrals->isEmpty())
        return true;
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < referrals->size(); ++i) {
        index.insert(referrals->at(i).id, i);
        ids << QString::number(referrals->at(i).id);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Ids are integers from the store itself, never user text.
    if (!q.exec(QStringLiteral("SELECT referral_id, agency_kind, name FROM referral_destinations "
                               "WHERE referral_id IN (%1) ORDER BY referral_id, priority")
                    .arg(ids.join(QLatin1Char(','))))) {
        m_lastError = q.lastError();
        return false;
    }
    while (q.next()) {
        const qsizetype at = index.value(q.value(0).toLongLong(), -1);
        if (at >= 0)
            (*referrals)[at].destinations.append({q.value(1).toString(), q.value(2).toString()});
    }
    return true;
}

std::optional<domain::Referral> ReferralRepository::referral(qint64 id) const
{
    const auto found = select(QStringLiteral("r.id = ?"), {id}, QStringLiteral("r.id"));
    return found.isEmpty() ? std::nullopt : std::optional<domain::Referral>(found.first());
}

std::optional<domain::Referral>
ReferralRepository::byTrackingNumber(const QString &trackingNumber) const
{
    const auto found =
        select(QStringLiteral("r.tracking_number = ?"), {trackingNumber}, QStringLiteral("r.id"));
    return found.isEmpty() ? std::nullopt : std::optional<domain::Referral>(found.first());
}

QList<domain::Referral> ReferralRepository::ofHousehold(qint64 householdId) const
{
    return select(QStringLiteral("r.household_id = ?"), {householdId},
                  QStringLiteral("r.created_utc DESC, r.id DESC"));
}

QList<domain::Referral> ReferralRepository::open(qint64 workerId) const
{
    const QString order = QStringLiteral("coalesce(r.due_date, '9999') , r.id");
    if (workerId == 0)
        return select(QStringLiteral("r.state IN %1").arg(kOpenStates), {}, order);
    return select(
        QStringLiteral("r.state IN %1 AND (h.worker_id = ? OR r.created_by = ?)").arg(kOpenStates),
        {workerId, workerId}, order);
}

QList<domain::Referral> ReferralRepository::overdue(qint64 workerId, const QDate &today) const
{
    const QString order = QStringLiteral("r.due_date, r.id");
    const QString base =
        QStringLiteral("r.state IN %1 AND r.due_date IS NOT NULL AND r.due_date < ?")
            .arg(kOpenStates);
    if (workerId == 0)
        return select(base, {today.toString(Qt::ISODate)}, order);
    return select(base + QStringLiteral(" AND (h.worker_id = ? OR r.created_by = ?)"),
                  {today.toString(Qt::ISODate), workerId, workerId}, order);
}

qint64 ReferralRepository::lastSequence(const QString &prefix) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(CAST(substr(tracking_number, ?) AS INTEGER)) FROM "
                             "referrals WHERE substr(tracking_number, 1, ?) = ?"));
    q.addBindValue(int(prefix.size() + 1));
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError();
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace pluslife::storage
