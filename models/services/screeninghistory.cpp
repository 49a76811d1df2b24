#include "screeninghistory.h"

#include "householdaccess.h"
#include "session.h"

#include <QSqlQuery>

namespace pluslife::services {

using storage::StoreError;

ScreeningHistory::ScreeningHistory(Session &session)
    : m_session(session)
{}

QStringList ScreeningHistory::bands()
{
    return {QStringLiteral("refer"), QStringLiteral("follow-up"), QStringLiteral("low"),
            QStringLiteral("normal")};
}

QString ScreeningHistory::bandName(const QString &band)
{
    if (band == QLatin1String("refer"))
        return tr("Refer");
    if (band == QLatin1String("follow-up"))
        return tr("Follow up");
    if (band == QLatin1String("low"))
        return tr("Low risk");
    if (band == QLatin1String("normal"))
        return tr("Normal");
    return band;
}

QList<ScreeningResult> ScreeningHistory::select(const QString &where, qint64 id,
                                                bool checkEach) const
{
    QList<ScreeningResult> results;
    if (m_session.isLocked())
        return results;
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT r.id, r.person_id, r.household_id, r.form_id, v.title, "
                             "r.form_version_id, r.submission_id, r.band, r.score, r.screened_utc, "
                             "r.worker_id, w.display_name, r.referral_id, r.task_id "
                             "FROM screening_results r "
                             "JOIN form_versions v ON v.id = r.form_version_id "
                             "LEFT JOIN workers w ON w.id = r.worker_id "
                             "WHERE r.superseded_by IS NULL AND ") +
              where + QStringLiteral(" ORDER BY r.screened_utc DESC, r.id DESC"));
    q.addBindValue(id);
    if (!q.exec())
        return results;
    while (q.next()) {
        ScreeningResult r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.householdId = q.value(2).toLongLong();
        r.formId = q.value(3).toString();
        r.formTitle = q.value(4).toString();
        r.formVersionId = q.value(5).toLongLong();
        r.submissionId = q.value(6).toLongLong();
        r.band = q.value(7).toString();
        r.hasScore = !q.value(8).isNull();
        r.score = q.value(8).toInt();
        r.screenedUtc = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        r.workerId = q.value(10).toLongLong();
        r.workerName = q.value(11).toString();
        r.referralId = q.value(12).toLongLong();
        r.taskId = q.value(13).toLongLong();
        if (checkEach && r.householdId > 0 &&
            !checkHouseholdAccess(m_session, r.householdId, false).ok())
            continue;
        results << r;
    }
    return results;
}

QList<ScreeningResult> ScreeningHistory::ofPerson(qint64 personId) const
{
    return select(QStringLiteral("r.person_id = ?"), personId, true);
}

QList<ScreeningResult> ScreeningHistory::ofHousehold(qint64 householdId) const
{
    if (!checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return select(QStringLiteral("r.household_id = ?"), householdId, false);
}

StoreError ScreeningHistory::ofSubmission(qint64 submissionId, ScreeningResult *result) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT household_id FROM screening_results WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec() || !q.next())
        return StoreError::invalidInput(tr("This submission recorded no screening result."));
    const QList<ScreeningResult> found =
        select(QStringLiteral("r.submission_id = ?"), submissionId, true);
    if (found.isEmpty())
        return notPermittedError();
    if (result)
        *result = found.first();
    return StoreError::success();
}

} // namespace pluslife::services
