#include "screeningoutcome.h"

#include "domain/followuptask.h"
#include "domain/referral.h"
#include "services/referralservice.h"
#include "services/session.h"
#include "services/taskservice.h"
#include "storage/auditlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>

namespace pluslife::forms {

using storage::StoreError;

namespace {

const QString kXFormsNs = QStringLiteral("http://www.w3.org/2002/xforms");
const QString kPlusLifeNs = QStringLiteral("urn:pluslife:xforms:1");

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("ScreeningOutcome", "The screening result could not be saved."),
        error);
}

bool knownBand(const QString &band)
{
    return band == QLatin1String("normal") || band == QLatin1String("low") ||
           band == QLatin1String("follow-up") || band == QLatin1String("refer");
}

struct Previous {
    qint64 id = 0;
    QString band;
    qint64 referralId = 0;
    qint64 taskId = 0;
};

} // namespace

bool ScreeningOutcome::isScreening(const FormDefinition &form)
{
    return form.activityCode == QLatin1String("18");
}

ScreeningRules ScreeningOutcome::rules(const FormDefinition &form)
{
    // The engine keeps pluslife:activity only; the other attributes of the primary instance
    // root are read from the form as installed.
    ScreeningRules rules;
    QXmlStreamReader reader(form.sourceXml);
    bool inPrimary = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!inPrimary) {
            inPrimary = reader.name() == QLatin1String("instance") &&
                        reader.namespaceUri() == kXFormsNs &&
                        !reader.attributes().hasAttribute(QStringLiteral("id"));
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        rules.serviceId = attributes.value(kPlusLifeNs, QStringLiteral("service")).toString();
        bool ok = false;
        const int days =
            attributes.value(kPlusLifeNs, QStringLiteral("recheck-days")).toString().toInt(&ok);
        rules.recheckDays = ok && days > 0 ? days : 0;
        break;
    }
    return rules;
}

QString ScreeningOutcome::bandPath(const FormDefinition &form)
{
    return QLatin1Char('/') + form.rootName + QStringLiteral("/result/band");
}

QString ScreeningOutcome::scorePath(const FormDefinition &form)
{
    return QLatin1Char('/') + form.rootName + QStringLiteral("/result/score");
}

StoreError ScreeningOutcome::check(const FormSession &filling)
{
    const FormDefinition &form = filling.definition();
    if (!isScreening(form))
        return StoreError::success();
    if (!form.bindFor(bandPath(form)))
        return StoreError::invalidInput(
            tr("This screening form has no result band (%1).").arg(bandPath(form)));
    const QString band = filling.value(bandPath(form));
    if (!knownBand(band))
        return StoreError::invalidInput(
            tr("The screening has no result yet; answer every question first."));
    return StoreError::success();
}

StoreError ScreeningOutcome::record(services::Session &session, const FormSession &filling,
                                    const storage::FormSubmissionRecord &submission,
                                    Recorded *recorded)
{
    const FormDefinition &form = filling.definition();
    if (!isScreening(form))
        return StoreError::success();
    if (StoreError error = check(filling); !error.ok())
        return error;
    const QString band = filling.value(bandPath(form));
    QVariant score; // NULL when the form has no score, or it does not apply to this filling
    if (form.bindFor(scorePath(form))) {
        const FormItem scoreItem = filling.item(scorePath(form));
        bool ok = false;
        const int value = filling.value(scorePath(form)).toInt(&ok);
        if (ok && (scoreItem.path.isEmpty() || scoreItem.relevant))
            score = value;
    }
    const ScreeningRules screening = rules(form);
    QSqlDatabase db = session.database();
    const QDateTime now = session.clock().nowUtc();
    const qint64 me = session.worker().id;

    // A correction: the result it corrects is superseded; the same band keeps what it made.
    Previous previous;
    if (submission.supersedes > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, band, referral_id, task_id FROM screening_results "
                                 "WHERE submission_id = ?"));
        q.addBindValue(submission.supersedes);
        if (!q.exec())
            return saveFailed(q.lastError());
        if (q.next())
            previous = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
    }

    Recorded made;
    made.band = band;
    const bool keep = previous.id > 0 && previous.band == band;
    if (keep) {
        made.referralId = previous.referralId;
        made.taskId = previous.taskId;
    } else if (submission.householdId > 0 && band == QLatin1String("refer")) {
        domain::Referral referral;
        referral.householdId = submission.householdId;
        referral.personId = submission.personId;
        referral.kind = QStringLiteral("behzisti-service");
        referral.serviceId =
            domain::isCatalogServiceId(screening.serviceId) ? screening.serviceId : QString();
        referral.requestedService = domain::referralCatalogServiceName(referral.serviceId);
        if (referral.requestedService.isEmpty())
            referral.requestedService = form.title;
        referral.requestedService =
            tr("%1 (positive screening: %2)").arg(referral.requestedService, form.title);
        referral.destinations = {{QStringLiteral("behzisti"), tr("Behzisti county office")}};
        referral.origin = QStringLiteral("screening");
        referral.originId = submission.id;
        if (StoreError error = services::ReferralService(session).create(&referral); !error.ok())
            return error;
        made.referralId = referral.id;
    } else if (submission.householdId > 0 && band == QLatin1String("follow-up")) {
        const int days = screening.recheckDays > 0 ? screening.recheckDays : DefaultRecheckDays;
        domain::FollowUpTask task;
        task.householdId = submission.householdId;
        task.personId = submission.personId;
        task.title = tr("Screen again: %1").arg(form.title);
        task.details = tr("The screening called for a follow-up: screen again after %n day(s).",
                          nullptr, days);
        task.dueDate = now.date().addDays(days);
        task.origin = QStringLiteral("screening");
        task.originId = submission.id;
        if (StoreError error = services::TaskService(session).create(&task); !error.ok())
            return error;
        made.taskId = task.id;
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO screening_results (person_id, household_id, form_id, form_version_id, "
        "submission_id, band, score, screened_utc, worker_id, referral_id, task_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    insert.addBindValue(idOrNull(submission.personId));
    insert.addBindValue(idOrNull(submission.householdId));
    insert.addBindValue(form.formId);
    insert.addBindValue(submission.formVersionId);
    insert.addBindValue(submission.id);
    insert.addBindValue(band);
    insert.addBindValue(score);
    insert.addBindValue(now.toString(Qt::ISODateWithMs));
    insert.addBindValue(me);
    insert.addBindValue(idOrNull(made.referralId));
    insert.addBindValue(idOrNull(made.taskId));
    if (!insert.exec())
        return saveFailed(insert.lastError());
    made.resultId = insert.lastInsertId().toLongLong();
    if (previous.id > 0) {
        QSqlQuery supersede(db);
        supersede.prepare(
            QStringLiteral("UPDATE screening_results SET superseded_by = ? WHERE id = ?"));
        supersede.addBindValue(made.resultId);
        supersede.addBindValue(previous.id);
        if (!supersede.exec())
            return saveFailed(supersede.lastError());
    }

    QVariantMap details{{QStringLiteral("submission"), submission.id}};
    if (submission.householdId > 0)
        details.insert(QStringLiteral("household"), submission.householdId);
    if (made.referralId > 0)
        details.insert(QStringLiteral("referral"), made.referralId);
    if (made.taskId > 0)
        details.insert(QStringLiteral("task"), made.taskId);
    if (previous.id > 0)
        details.insert(QStringLiteral("supersedes"), previous.id);
    if (StoreError error = session.audit().append(me, QStringLiteral("screening.recorded"),
                                                  QStringLiteral("screening_result"),
                                                  QString::number(made.resultId), details);
        !error.ok())
        return error;
    if (recorded)
        *recorded = made;
    return StoreError::success();
}

} // namespace pluslife::forms
