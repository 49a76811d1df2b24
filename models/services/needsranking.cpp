// NeedsAssessment: the ranking of every active household the signed-in worker may see (scored
// with a few set-based queries, most needy first), and storing every changed score at once.
#include "needsassessment.h"

#include "needsinternal.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pluslife::services {

using namespace needs_internal;
using storage::StoreError;
using storage::StoreErrorCode;

namespace {

int bandRank(const QString &band)
{
    static const QStringList order{QStringLiteral("urgent"), QStringLiteral("high"),
                                   QStringLiteral("medium"), QStringLiteral("low")};
    const int index = int(order.indexOf(band));
    return index < 0 ? int(order.size()) : index;
}

} // namespace

QList<NeedsAssessment::Ranked> NeedsAssessment::rankAll(const RankFilter &filter,
                                                        StoreError *errorOut) const
{
    auto failed = [errorOut](const StoreError &error) {
        if (errorOut)
            *errorOut = error;
        return QList<Ranked>();
    };
    if (m_session.isLocked())
        return failed(StoreError::notUnlocked());
    if (!m_rules)
        return failed(
            StoreError::make(StoreErrorCode::Corrupt,
                             tr("The needs rules could not be loaded: %1").arg(m_rulesError)));
    const domain::Worker &me = m_session.worker();
    if (me.role != domain::WorkerRole::Manager && me.role != domain::WorkerRole::SocialWorker)
        return failed(StoreError::make(StoreErrorCode::NotPermitted,
                                       tr("Only the center manager and social workers see the "
                                          "ranking of needs.")));
    Scope scope{QStringLiteral("h.status = 'active' AND h.merged_into IS NULL"), {}};
    if (me.role == domain::WorkerRole::SocialWorker) {
        scope.where += QStringLiteral(" AND (h.worker_id IS NULL OR h.worker_id = ?)");
        scope.binds << me.id;
    }
    if (filter.workerId == 0) {
        scope.where += QStringLiteral(" AND h.worker_id IS NULL");
    } else if (filter.workerId > 0) {
        scope.where += QStringLiteral(" AND h.worker_id = ?");
        scope.binds << filter.workerId;
    }
    QList<Candidate> candidates;
    QHash<qint64, domain::NeedsFacts> gathered;
    QSqlError sqlError;
    if (!loadFacts(m_session.database(), *m_rules, m_session.clock().nowUtc().date(), scope,
                   &candidates, &gathered, &sqlError))
        return failed(StoreError::fromSql(tr("The ranking could not be read."), sqlError));

    QHash<qint64, QString> overrides;
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT n.household_id, n.override_band FROM needs_scores n "
            "JOIN (SELECT max(id) AS id FROM needs_scores GROUP BY household_id) l ON l.id = n.id "
            "WHERE n.override_band IS NOT NULL")))
        return failed(StoreError::fromSql(tr("The ranking could not be read."), q.lastError()));
    while (q.next())
        overrides.insert(q.value(0).toLongLong(), q.value(1).toString());

    QList<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates)) {
        const domain::NeedsFacts &facts = gathered[c.id];
        int score = 0;
        for (const QString &key : domain::NeedsRules::indicatorKeys())
            score += m_rules->points(key, facts);
        score = std::clamp(score, 0, 100);
        Ranked r;
        r.householdId = c.id;
        r.fileNumber = c.fileNumber;
        r.headName = c.headName;
        r.workerId = c.workerId;
        r.workerName = c.workerName;
        r.score = score;
        r.computedBand = m_rules->bandFor(score);
        r.overrideBand = overrides.value(c.id);
        r.effectiveBand = r.overrideBand.isEmpty() ? r.computedBand : r.overrideBand;
        if (!filter.band.isEmpty() && r.effectiveBand != filter.band)
            continue;
        ranked.append(r);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        const int ra = bandRank(a.effectiveBand), rb = bandRank(b.effectiveBand);
        if (ra != rb)
            return ra < rb;
        if (a.score != b.score)
            return a.score > b.score;
        return a.fileNumber < b.fileNumber;
    });
    if (errorOut)
        *errorOut = StoreError::success();
    return ranked;
}

StoreError NeedsAssessment::storeAll(int *storedOut)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (StoreError error = m_session.requireManager(); !error.ok())
        return error;
    if (!m_rules)
        return StoreError::make(StoreErrorCode::Corrupt,
                                tr("The needs rules could not be loaded: %1").arg(m_rulesError));
    QSqlDatabase db = m_session.database();
    QList<Candidate> candidates;
    QHash<qint64, domain::NeedsFacts> gathered;
    QSqlError readError;
    if (!loadFacts(db, *m_rules, m_session.clock().nowUtc().date(),
                   {QStringLiteral("h.status = 'active' AND h.merged_into IS NULL"), {}},
                   &candidates, &gathered, &readError))
        return StoreError::fromSql(tr("The ranking could not be read."), readError);
    struct Latest {
        QString ruleVersion;
        int score = 0;
        QString band;
        QString contributions;
        QVariant overrideBand, overrideReason, overrideBy, overrideUtc;
    };
    QHash<qint64, Latest> latest;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT n.household_id, n.rule_version, n.score, n.computed_band, n.contributions, "
            "n.override_band, n.override_reason, n.override_by, n.override_utc FROM needs_scores n "
            "JOIN (SELECT max(id) AS id FROM needs_scores GROUP BY household_id) l ON l.id = "
            "n.id")))
        return saveFailed(q.lastError());
    while (q.next())
        latest.insert(q.value(0).toLongLong(),
                      {q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5), q.value(6), q.value(7), q.value(8)});

    storage::WriteTransaction transaction(db);
    storage::HouseholdRepository households(db);
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO needs_scores (household_id, computed_utc, computed_by, rule_version, score, "
        "computed_band, contributions, override_band, override_reason, override_by, override_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int stored = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        const domain::NeedsScore score = m_rules->score(gathered[c.id]);
        QJsonObject points;
        for (const domain::IndicatorPoints &p : score.contributions)
            points.insert(p.indicator, p.points);
        const QString contributions =
            QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
        const auto previous = latest.constFind(c.id);
        if (previous != latest.cend() && previous->ruleVersion == m_rules->version() &&
            previous->score == score.score && previous->band == score.band &&
            previous->contributions == contributions)
            continue;
        const bool carried = previous != latest.cend() && !previous->overrideBand.isNull();
        insert.addBindValue(c.id);
        insert.addBindValue(isoUtc(now));
        insert.addBindValue(me);
        insert.addBindValue(m_rules->version());
        insert.addBindValue(score.score);
        insert.addBindValue(score.band);
        insert.addBindValue(contributions);
        insert.addBindValue(carried ? previous->overrideBand : QVariant());
        insert.addBindValue(carried ? previous->overrideReason.toString() : QStringLiteral(""));
        insert.addBindValue(carried ? previous->overrideBy : QVariant());
        insert.addBindValue(carried ? previous->overrideUtc : QVariant());
        if (!exec(insert, &sqlError) ||
            !setPriority(db, c.id, carried ? previous->overrideBand.toString() : score.band, now,
                         &sqlError))
            return saveFailed(sqlError);
        if (!households.addTimelineEvent(c.id, me, QStringLiteral("needs.scored"),
                                         {{QStringLiteral("score"), score.score},
                                          {QStringLiteral("band"), score.band},
                                          {QStringLiteral("rules"), m_rules->version()}},
                                         now))
            return saveFailed(households.lastError());
        ++stored;
    }
    if (StoreError error = m_session.audit().append(me, QStringLiteral("needs.score_all"),
                                                    QStringLiteral("center"), QString(),
                                                    {{QStringLiteral("households"), stored}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (storedOut)
        *storedOut = stored;
    return StoreError::success();
}

} // namespace pluslife::services
