#include "localchangewatcher.h"

#include "services/session.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

LocalChangeWatcher::LocalChangeWatcher(services::Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &LocalChangeWatcher::poll);
}

void LocalChangeWatcher::start()
{
    m_seen = signature();
    m_timer.start();
}

void LocalChangeWatcher::stop()
{
    m_timer.stop();
}

QString LocalChangeWatcher::signature() const
{
    if (!m_session.isSignedIn() || m_session.isLocked())
        return {};
    // The count catches new records, the newest time a second edit of a record already marked.
    QSqlQuery query(m_session.database());
    if (!query.exec(u"SELECT COUNT(*), COALESCE(MAX(changed_utc), '') FROM sync_dirty"_s) ||
        !query.next() || query.value(0).toLongLong() == 0)
        return {};
    return query.value(0).toString() + u'|' + query.value(1).toString();
}

bool LocalChangeWatcher::poll()
{
    const QString now = signature();
    const bool fresh = !now.isEmpty() && now != m_seen;
    m_seen = now;
    if (fresh)
        emit changed();
    return fresh;
}

} // namespace pluslife::ui
