#include "formservice.h"

#include "domain/casefields.h"
#include "domain/visit.h"
#include "formserviceinternal.h"
#include "screeningoutcome.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/visitrepository.h"
#include "storage/writetransaction.h"

#include <optional>

// FormService::submit: a submission with its case fields, timeline, visit and screening outcome.

namespace pluslife::forms {

using detail::kUuidPrefix;
using detail::noSuchDraft;
using detail::noSuchForm;
using detail::saveFailed;
using detail::visitNotPlanned;
using storage::StoreError;
using storage::StoreErrorCode;

namespace {

QString withoutUuidPrefix(const QString &instanceId)
{
    return instanceId.startsWith(kUuidPrefix) ? instanceId.mid(kUuidPrefix.size()) : instanceId;
}

} // namespace

StoreError FormService::submit(qint64 draftId, FormSession &session, qint64 *submissionId)
{
    storage::FormDraftRecord draft;
    if (StoreError error = ownDraft(draftId, &draft); !error.ok())
        return error;
    FormSubject subject{draft.householdId, draft.personId, draft.visitId};
    if (StoreError error = resolveSubject(&subject, true); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    storage::FormRepository forms(db);
    const auto version = forms.version(draft.formVersionId);
    if (!version)
        return noSuchForm();
    if (session.definition().formId != version->formId ||
        session.definition().version != version->version)
        return StoreError::invalidInput(tr("These answers belong to another form."));

    // Everything that can be checked is checked before anything is written.
    if (const QList<FormIssue> issues = session.validate(); !issues.isEmpty())
        return StoreError::invalidInput(issues.first().message);
    // A level-1 screening (activity 18) must carry its result band.
    if (StoreError error = ScreeningOutcome::check(session); !error.ok())
        return error;
    const QHash<QString, QString> values = session.caseFieldValues();
    QStringList fields = values.keys();
    fields.sort();
    bool householdFields = false;
    bool personFields = false;
    for (const QString &field : std::as_const(fields)) {
        if (domain::isCriticalField(field) || !domain::isCaseField(field))
            return StoreError::invalidInput(
                tr("This form may not change \"%1\" of a household file.").arg(field));
        if (const QString problem = domain::validateCaseField(field, values.value(field));
            !problem.isEmpty())
            return StoreError::invalidInput(problem);
        (domain::isPersonCaseField(field) ? personFields : householdFields) = true;
    }
    if ((householdFields || personFields) && subject.householdId == 0)
        return StoreError::invalidInput(
            tr("This form updates a household file; start it from the household file."));
    std::optional<domain::Visit> visit;
    if (subject.visitId > 0) {
        visit = storage::VisitRepository(db).visit(subject.visitId);
        if (!visit || visit->status != QLatin1String("planned"))
            return visitNotPlanned();
    }
    std::optional<storage::FormSubmissionRecord> corrected;
    if (draft.correctsSubmission > 0) {
        corrected = forms.submission(draft.correctsSubmission);
        if (!corrected)
            return StoreError::invalidInput(tr("There is no such submission."));
        if (corrected->supersededBy > 0)
            return StoreError::invalidInput(
                tr("This form was already corrected; correct its latest version."));
    }

    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    storage::FormSubmissionRecord record;
    record.instanceXml =
        session.submissionXml(corrected ? kUuidPrefix + corrected->uuid : QString());
    record.uuid = withoutUuidPrefix(session.instanceId());
    if (record.uuid.isEmpty() || (corrected && record.uuid == corrected->uuid))
        return StoreError::make(StoreErrorCode::Corrupt,
                                tr("The answers have no instance id of their own."));
    record.formVersionId = draft.formVersionId;
    record.householdId = subject.householdId;
    record.personId = subject.personId;
    record.visitId = subject.visitId;
    record.workerId = me;
    record.deviceId = deviceId();
    record.startedUtc = session.startedAt().toUTC();
    record.endedUtc = now;
    record.submittedUtc = now;
    record.supersedes = corrected ? corrected->id : 0;

    // One transaction: the submission, the file's changes, its history, the visit, the draft.
    storage::WriteTransaction transaction(db);
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    storage::HouseholdRepository households(db);
    if (!forms.insertSubmission(&record))
        return saveFailed(forms.lastError());

    QStringList changed;
    qint64 updatedPerson = 0;
    if (householdFields || personFields) {
        auto household = households.household(subject.householdId);
        if (!household)
            return saveFailed(households.lastError());
        if (householdFields) {
            for (const QString &field : std::as_const(fields)) {
                if (!domain::isHouseholdCaseField(field))
                    continue;
                const QString before = domain::caseFieldValue(*household, field);
                QString problem;
                if (!domain::applyToHousehold(*household, field, values.value(field), &problem))
                    return StoreError::invalidInput(problem);
                if (domain::caseFieldValue(*household, field) != before)
                    changed << field;
            }
            if (!households.updateHousehold(*household, now))
                return saveFailed(households.lastError());
        }
        if (personFields) {
            updatedPerson = subject.personId > 0 ? subject.personId : household->headPersonId;
            auto person = updatedPerson > 0 ? households.personById(updatedPerson) : std::nullopt;
            if (!person)
                return StoreError::invalidInput(
                    tr("This household file has no head whose details the form could update."));
            for (const QString &field : std::as_const(fields)) {
                if (!domain::isPersonCaseField(field))
                    continue;
                const QString before = domain::caseFieldValue(*person, field);
                QString problem;
                if (!domain::applyToPerson(*person, field, values.value(field), &problem))
                    return StoreError::invalidInput(problem);
                if (domain::caseFieldValue(*person, field) != before)
                    changed << field;
            }
            if (!households.updatePerson(*person, now))
                return saveFailed(households.lastError());
        }
        if (!households.refreshSearchText(subject.householdId))
            return saveFailed(households.lastError());
    }

    if (subject.householdId > 0) {
        QVariantMap details{{QStringLiteral("form"), version->formId},
                            {QStringLiteral("title"), version->title},
                            {QStringLiteral("version"), version->version},
                            {QStringLiteral("submission"), record.id}};
        if (record.supersedes > 0)
            details.insert(QStringLiteral("supersedes"), record.supersedes);
        if (!households.addTimelineEvent(subject.householdId, me, QStringLiteral("form.submitted"),
                                         details, now))
            return saveFailed(households.lastError());
        if (!changed.isEmpty()) {
            QVariantMap fieldDetails{{QStringLiteral("fields"), changed},
                                     {QStringLiteral("submission"), record.id}};
            if (updatedPerson > 0)
                fieldDetails.insert(QStringLiteral("person"), updatedPerson);
            if (!households.addTimelineEvent(subject.householdId, me,
                                             QStringLiteral("case_fields.updated"), fieldDetails,
                                             now))
                return saveFailed(households.lastError());
        }
    }

    // The home visit this form reports on is done (VisitService::recordDone's record: the visit
    // row, its timeline entry and its audit entry), with the submission as its note.
    if (visit) {
        visit->status = QStringLiteral("done");
        visit->doneUtc = now;
        visit->note = {{QStringLiteral("submission"), record.id},
                       {QStringLiteral("form"), version->formId}};
        storage::VisitRepository visits(db);
        if (!visits.update(*visit))
            return saveFailed(visits.lastError());
        if (!households.addTimelineEvent(
                visit->householdId, me, QStringLiteral("visit.done"),
                {{QStringLiteral("visit"), visit->id},
                 {QStringLiteral("date"), visit->plannedDate.toString(Qt::ISODate)}},
                now))
            return saveFailed(households.lastError());
        if (StoreError error =
                m_session.audit().append(me, QStringLiteral("visit.done"), QStringLiteral("visit"),
                                         QString::number(visit->id));
            !error.ok())
            return error;
    }

    // A screening's result, with the referral or re-screening task it calls for.
    if (StoreError error = ScreeningOutcome::record(m_session, session, record); !error.ok())
        return error;

    if (!forms.deleteDraft(draft.id))
        return forms.lastError().isValid() ? saveFailed(forms.lastError()) : noSuchDraft();
    QVariantMap auditDetails{{QStringLiteral("form_version"), record.formVersionId}};
    if (record.householdId > 0)
        auditDetails.insert(QStringLiteral("household"), record.householdId);
    if (record.visitId > 0)
        auditDetails.insert(QStringLiteral("visit"), record.visitId);
    if (record.supersedes > 0)
        auditDetails.insert(QStringLiteral("supersedes"), record.supersedes);
    if (StoreError error = m_session.audit().append(me, QStringLiteral("form.submit"),
                                                    QStringLiteral("form_submission"),
                                                    QString::number(record.id), auditDetails);
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (submissionId)
        *submissionId = record.id;
    return StoreError::success();
}

} // namespace pluslife::forms
