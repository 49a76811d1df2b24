#include "formservice.h"

#include "formserviceinternal.h"
#include "services/householdaccess.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/writetransaction.h"

// FormService: submissions once made (reading them, who may, and starting a correction).

namespace pluslife::forms {

using detail::kUuidPrefix;
using detail::saveFailed;
using storage::StoreError;
using storage::StoreErrorCode;

StoreError FormService::canReadSubmission(const storage::FormSubmissionRecord &submission,
                                          bool write) const
{
    if (submission.householdId > 0)
        return services::checkHouseholdAccess(m_session, submission.householdId, write);
    if (submission.workerId != m_session.worker().id && !m_session.worker().isManager())
        return services::notPermittedError();
    return StoreError::success();
}

StoreError FormService::correct(qint64 submissionId, qint64 *draftId,
                                std::unique_ptr<FormSession> *session)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_session.database();
    storage::FormRepository repo(db);
    const auto old = repo.submission(submissionId);
    if (!old)
        return StoreError::invalidInput(tr("There is no such submission."));
    if (StoreError error = canReadSubmission(*old, true); !error.ok())
        return error;
    FormSubject subject{old->householdId, old->personId, 0};
    if (StoreError error = resolveSubject(&subject, true); !error.ok())
        return error;
    const qint64 me = m_session.worker().id;
    if (old->workerId != me && !m_session.worker().isManager())
        return StoreError::make(
            StoreErrorCode::NotPermitted,
            tr("Only the worker who submitted this form, or a manager, can correct it."));
    if (old->supersededBy > 0)
        return StoreError::invalidInput(
            tr("This form was already corrected; correct its latest version."));
    if (const auto existing = repo.draftCorrecting(submissionId)) {
        if (existing->workerId != me)
            return StoreError::invalidInput(tr("Another worker is already correcting this form."));
        if (StoreError error = resumeDraft(existing->id, session); !error.ok())
            return error;
        if (draftId)
            *draftId = existing->id;
        return StoreError::success();
    }

    // A correction is a new instance: it gets an instanceID of its own when the draft opens,
    // and the old one becomes its deprecatedID when it is submitted.
    storage::FormDraftRecord draft;
    draft.instanceXml = old->instanceXml;
    draft.instanceXml.replace(QByteArray("<instanceID>") + (kUuidPrefix + old->uuid).toUtf8() +
                                  "</instanceID>",
                              QByteArrayLiteral("<instanceID/>"));
    draft.formVersionId = old->formVersionId; // the version it was made on
    std::unique_ptr<FormSession> opened;
    if (StoreError error = openDraft(draft, &opened); !error.ok())
        return error;
    draft.householdId = old->householdId;
    draft.personId = old->personId; // the visit was reported on; the correction does not redo it
    draft.workerId = me;
    draft.startedUtc = opened->startedAt().toUTC();
    draft.savedUtc = m_session.clock().nowUtc();
    draft.instanceXml = opened->instanceXml();
    draft.correctsSubmission = old->id;
    storage::WriteTransaction transaction(db);
    if (!repo.insertDraft(&draft))
        return saveFailed(repo.lastError());
    QVariantMap details{{QStringLiteral("form_version"), draft.formVersionId},
                        {QStringLiteral("corrects"), old->id}};
    if (draft.householdId > 0)
        details.insert(QStringLiteral("household"), draft.householdId);
    if (StoreError error = m_session.audit().append(me, QStringLiteral("form.correct_start"),
                                                    QStringLiteral("form_draft"),
                                                    QString::number(draft.id), details);
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (draftId)
        *draftId = draft.id;
    if (session)
        *session = std::move(opened);
    return StoreError::success();
}

QList<storage::FormSubmissionRecord> FormService::submissionsOf(qint64 householdId) const
{
    if (!services::checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::FormRepository(m_session.database()).submissionsOfHousehold(householdId);
}

StoreError FormService::submission(qint64 submissionId, storage::FormSubmissionRecord *out) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::FormRepository(m_session.database()).submission(submissionId);
    if (!found)
        return StoreError::invalidInput(tr("There is no such submission."));
    if (StoreError error = canReadSubmission(*found, false); !error.ok())
        return error;
    if (out)
        *out = *found;
    return StoreError::success();
}

} // namespace pluslife::forms
