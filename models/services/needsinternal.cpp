// NeedsAssessment's storage helpers shared by its translation units: saving errors, timestamps,
// the household's priority, and the support plan's rows, timeline entries and audit entries.
#include "needsinternal.h"

#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/sqlvalues.h"

namespace pluslife::services::needs_internal {

using storage::StoreError;

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(NeedsAssessment::tr("The needs assessment could not be saved."),
                               error);
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool exec(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

bool setPriority(QSqlDatabase db, qint64 householdId, const QString &band, const QDateTime &now,
                 QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE households SET priority = ?, updated_utc = ? WHERE id = ?"));
    q.addBindValue(band);
    q.addBindValue(isoUtc(now));
    q.addBindValue(householdId);
    return exec(q, error);
}

bool addPlanEvent(Session &session, qint64 householdId, const QString &kind,
                  const QVariantMap &details, QSqlError *error)
{
    storage::HouseholdRepository households(session.database());
    if (households.addTimelineEvent(householdId, session.worker().id, kind, details,
                                    session.clock().nowUtc()))
        return true;
    *error = households.lastError();
    return false;
}

StoreError auditPlan(Session &session, const QString &action, qint64 planId,
                     const QVariantMap &details)
{
    return session.audit().append(session.worker().id, action, QStringLiteral("support_plan"),
                                  QString::number(planId), details);
}

bool insertItem(QSqlDatabase db, qint64 planId, const QString &serviceId, const QString &rule,
                const QString &status, const QString &note, qint64 by, const QDateTime &now,
                qint64 *itemId, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO support_plan_items (plan_id, service_id, suggested_by, "
                             "status, note, added_utc, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(serviceId);
    q.addBindValue(storage::textValue(rule));
    q.addBindValue(status);
    q.addBindValue(storage::textValue(note));
    q.addBindValue(isoUtc(now));
    q.addBindValue(by);
    if (!exec(q, error))
        return false;
    if (itemId)
        *itemId = q.lastInsertId().toLongLong();
    return true;
}

std::optional<NeedsAssessment::Plan> readPlan(QSqlDatabase db, const QString &where,
                                              const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, household_id, status, rule_version, proposed_utc, "
                             "proposed_by, approved_utc, coalesce(approved_by, 0) "
                             "FROM support_plans WHERE %1 ORDER BY id DESC LIMIT 1")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NeedsAssessment::Plan plan;
    plan.id = q.value(0).toLongLong();
    plan.householdId = q.value(1).toLongLong();
    plan.status = q.value(2).toString();
    plan.ruleVersion = q.value(3).toString();
    plan.proposedUtc = fromIso(q.value(4));
    plan.proposedBy = q.value(5).toLongLong();
    plan.approvedUtc = fromIso(q.value(6));
    plan.approvedBy = q.value(7).toLongLong();
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT id, service_id, suggested_by, status, note, added_utc, "
                                 "coalesce(added_by, 0) FROM support_plan_items WHERE plan_id = ? "
                                 "ORDER BY id"));
    items.addBindValue(plan.id);
    if (items.exec())
        while (items.next())
            plan.items.append({items.value(0).toLongLong(), items.value(1).toString(),
                               items.value(2).toString(), items.value(3).toString(),
                               items.value(4).toString(), fromIso(items.value(5)),
                               items.value(6).toLongLong()});
    return plan;
}

} // namespace pluslife::services::needs_internal
