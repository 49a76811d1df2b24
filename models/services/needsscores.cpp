// NeedsAssessment: keeping a household's score (with the rule version it was computed by), the
// household's priority that follows it, and the worker's override of the band.
#include "needsassessment.h"

#include "domain/choices.h"
#include "needsinternal.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pluslife::services {

using namespace needs_internal;
using storage::StoreError;

namespace {

std::optional<NeedsAssessment::Stored> latestScore(QSqlDatabase db, qint64 householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, computed_utc, coalesce(computed_by, 0), rule_version, score, computed_band, "
        "coalesce(override_band, ''), override_reason, coalesce(override_by, 0), override_utc "
        "FROM needs_scores WHERE household_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NeedsAssessment::Stored s;
    s.id = q.value(0).toLongLong();
    s.householdId = householdId;
    s.computedUtc = fromIso(q.value(1));
    s.computedBy = q.value(2).toLongLong();
    s.ruleVersion = q.value(3).toString();
    s.score = q.value(4).toInt();
    s.computedBand = q.value(5).toString();
    s.overrideBand = q.value(6).toString();
    s.overrideReason = q.value(7).toString();
    s.overrideBy = q.value(8).toLongLong();
    s.overrideUtc = fromIso(q.value(9));
    return s;
}

QString contributionsJson(const NeedsAssessment::Result &result)
{
    QJsonObject o;
    for (const auto &c : result.contributions)
        o.insert(c.indicator, c.points);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<NeedsAssessment::Stored> NeedsAssessment::current(qint64 householdId) const
{
    if (!canAssess(householdId, false).ok())
        return std::nullopt;
    return latestScore(m_session.database(), householdId);
}

// Inside the caller's transaction: a new score row unless the latest one says the same.
StoreError NeedsAssessment::storeLocked(qint64 householdId, Result *resultOut, qint64 *scoreId)
{
    Result result;
    if (StoreError error = assess(householdId, &result); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    const auto previous = latestScore(db, householdId);
    const QString contributions = contributionsJson(result);
    if (resultOut)
        *resultOut = result;
    if (previous && previous->ruleVersion == result.ruleVersion &&
        previous->score == result.score && previous->computedBand == result.band) {
        QSqlQuery same(db);
        same.prepare(QStringLiteral("SELECT contributions FROM needs_scores WHERE id = ?"));
        same.addBindValue(previous->id);
        if (same.exec() && same.next() && same.value(0).toString() == contributions) {
            *scoreId = previous->id;
            return StoreError::success();
        }
    }
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO needs_scores (household_id, computed_utc, computed_by, rule_version, score, "
        "computed_band, contributions, override_band, override_reason, override_by, override_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool carried = previous && !previous->overrideBand.isEmpty();
    q.addBindValue(householdId);
    q.addBindValue(isoUtc(now));
    q.addBindValue(me);
    q.addBindValue(result.ruleVersion);
    q.addBindValue(result.score);
    q.addBindValue(result.band);
    q.addBindValue(contributions);
    q.addBindValue(carried ? QVariant(previous->overrideBand) : QVariant());
    q.addBindValue(carried ? previous->overrideReason : QStringLiteral(""));
    q.addBindValue(carried ? QVariant(previous->overrideBy) : QVariant());
    q.addBindValue(carried ? QVariant(isoUtc(previous->overrideUtc)) : QVariant());
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    *scoreId = q.lastInsertId().toLongLong();
    const QString effective = carried ? previous->overrideBand : result.band;
    storage::HouseholdRepository households(db);
    if (!setPriority(db, householdId, effective, now, &sqlError))
        return saveFailed(sqlError);
    if (!households.addTimelineEvent(householdId, me, QStringLiteral("needs.scored"),
                                     {{QStringLiteral("score"), result.score},
                                      {QStringLiteral("band"), result.band},
                                      {QStringLiteral("rules"), result.ruleVersion}},
                                     now))
        return saveFailed(households.lastError());
    return m_session.audit().append(me, QStringLiteral("needs.score"), QStringLiteral("household"),
                                    QString::number(householdId),
                                    {{QStringLiteral("needs_score"), *scoreId}});
}

StoreError NeedsAssessment::store(qint64 householdId, Result *result)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    storage::WriteTransaction transaction(m_session.database());
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, result, &scoreId); !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

StoreError NeedsAssessment::overrideBand(qint64 householdId, const QString &band,
                                         const QString &reasonIn)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    if (!domain::choiceKeys(domain::Choice::Priority).contains(band))
        return StoreError::invalidInput(tr("Choose the band: urgent, high, medium or low."));
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return StoreError::invalidInput(tr("Give the reason for changing the band."));
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, nullptr, &scoreId); !error.ok())
        return error;
    const auto stored = latestScore(db, householdId);
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE needs_scores SET override_band = ?, override_reason = ?, "
                             "override_by = ?, override_utc = ? WHERE id = ?"));
    q.addBindValue(band);
    q.addBindValue(reason);
    q.addBindValue(me);
    q.addBindValue(isoUtc(now));
    q.addBindValue(scoreId);
    if (!exec(q, &sqlError) || !setPriority(db, householdId, band, now, &sqlError))
        return saveFailed(sqlError);
    storage::HouseholdRepository households(db);
    if (!households.addTimelineEvent(householdId, me, QStringLiteral("needs.overridden"),
                                     {{QStringLiteral("computed"), stored->computedBand},
                                      {QStringLiteral("band"), band},
                                      {QStringLiteral("reason"), reason}},
                                     now))
        return saveFailed(households.lastError());
    if (StoreError error = m_session.audit().append(
            me, QStringLiteral("needs.override"), QStringLiteral("household"),
            QString::number(householdId), {{QStringLiteral("needs_score"), scoreId}});
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace pluslife::services
