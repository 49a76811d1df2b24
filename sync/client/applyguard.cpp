#include "applyguardstate.h"
#include "localrecords.h"

#include "storage/householdrepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace pluslife::sync {
namespace {

struct GuardState {
    int depth = 0;
    QSet<qint64> households;
};

// Connections belong to one thread each, so the state of a connection's guards does too.
QHash<QString, GuardState> &guards()
{
    thread_local QHash<QString, GuardState> states;
    return states;
}

void refreshNow(QSqlDatabase db, const QSet<qint64> &households)
{
    storage::HouseholdRepository repository(db);
    for (const qint64 id : households)
        repository.refreshSearchText(id);
}

} // namespace

namespace detail {

void refreshHouseholdSearch(QSqlDatabase db, const QList<qint64> &householdIds)
{
    auto state = guards().find(db.connectionName());
    if (state != guards().end() && state->depth > 0) {
        for (const qint64 id : householdIds)
            state->households.insert(id);
        return;
    }
    refreshNow(db, QSet<qint64>(householdIds.cbegin(), householdIds.cend()));
}

} // namespace detail

ApplyGuard::ApplyGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_tx.emplace(m_db); // joins the caller's transaction when there is one
    GuardState &state = guards()[m_db.connectionName()];
    if (state.depth++ == 0) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("UPDATE sync_guard SET applying = 1 WHERE id = 1"));
    }
}

ApplyGuard::~ApplyGuard()
{
    GuardState &state = guards()[m_db.connectionName()];
    if (--state.depth > 0) {
        m_tx->commit();
        return;
    }
    // Still guarded: the search text is the store's own, not a local change to push.
    const QSet<qint64> households = std::exchange(state.households, {});
    refreshNow(m_db, households);
    guards().remove(m_db.connectionName());
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("UPDATE sync_guard SET applying = 0 WHERE id = 1"));
    q.finish();
    m_tx->commit(); // only when the guard opened it
}

QJsonObject mergeFields(const QJsonObject &local, const QJsonObject &base,
                        const QJsonObject &theirs)
{
    QJsonObject merged = local;
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
        // Unchanged here since the base (absent from both counts as unchanged): take theirs.
        if (local.value(it.key()) == base.value(it.key()))
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace pluslife::sync
