// HouseholdService: finding and reading household files.
#include "householdservice.h"

#include "domain/accesspolicy.h"
#include "locale/textfolding.h"
#include "session.h"
#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace pluslife::services {

using storage::StoreError;

QList<domain::HouseholdSummary>
HouseholdService::search(const QString &text, const SearchFilter &filter, int limit) const
{
    QList<domain::HouseholdSummary> results;
    if (m_session.isLocked())
        return results;
    const domain::Worker &me = m_session.worker();
    const domain::HouseholdScope scope = domain::householdScope(me.role);
    if (scope == domain::HouseholdScope::Referred)
        return results; // specialists see files through referrals (issue 5)

    const QString folded = locale::foldForSearch(text);
    const QStringList tokens = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList where{QStringLiteral("h.merged_into IS NULL")};
    QVariantList binds;
    for (const QString &token : tokens) {
        where << QStringLiteral("h.search_text LIKE ? ESCAPE '\\'");
        QString escaped = token;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        binds << QStringLiteral("%") + escaped + QStringLiteral("%");
    }
    if (scope == domain::HouseholdScope::OwnAndUnassigned || filter.onlyMine) {
        where << (filter.onlyMine ? QStringLiteral("h.worker_id = ?")
                                  : QStringLiteral("(h.worker_id = ? OR h.worker_id IS NULL)"));
        binds << me.id;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("h.status = ?");
        binds << filter.status;
    }
    if (!filter.priority.isEmpty()) {
        where << QStringLiteral("h.priority = ?");
        binds << filter.priority;
    }
    if (filter.visitDue) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id AND "
                                "v.status = 'planned' AND v.planned_date <= ?)");
        binds << m_session.clock().nowUtc().date().addDays(7).toString(Qt::ISODate);
    }
    if (filter.workerId == 0)
        where << QStringLiteral("h.worker_id IS NULL");
    else if (filter.workerId > 0) {
        where << QStringLiteral("h.worker_id = ?");
        binds << filter.workerId;
    }
    // Exact file number, national code or mobile first, then a name that starts with the text.
    const QString exact = QStringLiteral("%|") + folded + QStringLiteral("|%");
    const QString prefix = QStringLiteral("%|") + folded + QStringLiteral("%");
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    // Rank and cut on the households table alone, then fetch names and counts for the page only:
    // the joins and the member count run for at most `limit` rows, not for every match.
    q.prepare(
        QStringLiteral(
            "SELECT h.id, h.file_number, p.first_name || ' ' || p.last_name, p.national_code, "
            "h.status, h.priority, coalesce(h.worker_id, 0), coalesce(w.display_name, ''), "
            "(SELECT count(*) FROM memberships m WHERE m.household_id = h.id AND m.left_on IS "
            "NULL), "
            "top.rank FROM (SELECT h.id AS id, CASE WHEN h.search_text LIKE ? THEN 0 "
            "WHEN h.search_text LIKE ? THEN 1 ELSE 2 END AS rank FROM households h WHERE %1 "
            "ORDER BY rank LIMIT ?) top JOIN households h ON h.id = top.id "
            "LEFT JOIN people p ON p.id = h.head_person_id "
            "LEFT JOIN workers w ON w.id = h.worker_id ORDER BY top.rank")
            .arg(where.join(QStringLiteral(" AND "))));
    q.addBindValue(exact);
    q.addBindValue(prefix);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (!q.exec())
        return results;
    QList<int> ranks;
    while (q.next()) {
        results.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toInt()});
        ranks.append(q.value(9).toInt());
    }
    // Within a rank, Persian alphabetical order of the head's name.
    QList<int> order(results.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (ranks[a] != ranks[b])
            return ranks[a] < ranks[b];
        return locale::comparePersian(results[a].headName, results[b].headName) < 0;
    });
    QList<domain::HouseholdSummary> sorted;
    sorted.reserve(results.size());
    for (int i : order)
        sorted.append(results[i]);
    return sorted;
}

StoreError HouseholdService::open(qint64 householdId, domain::Household *household,
                                  QList<domain::Member> *members)
{
    if (StoreError error = checkAccess(householdId, false); !error.ok())
        return error;
    storage::HouseholdRepository repo(m_session.database());
    *household = *repo.household(householdId);
    if (members)
        *members = repo.currentMembers(householdId);
    // Every view of a household file is audited (ids only).
    return m_session.audit().append(m_session.worker().id, QStringLiteral("household.view"),
                                    QStringLiteral("household"), QString::number(householdId));
}

QList<storage::TimelineEvent> HouseholdService::timeline(qint64 householdId, int limit) const
{
    if (!checkAccess(householdId, false).ok())
        return {};
    return storage::HouseholdRepository(m_session.database()).timeline(householdId, limit);
}

QHash<qint64, QString> HouseholdService::memberNames(qint64 householdId) const
{
    if (!checkAccess(householdId, false).ok())
        return {};
    return storage::HouseholdRepository(m_session.database()).everyMemberName(householdId);
}

} // namespace pluslife::services
