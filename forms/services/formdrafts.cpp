#include "formservice.h"

#include "formserviceinternal.h"
#include "services/householdaccess.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/visitrepository.h"
#include "storage/writetransaction.h"

// FormService: drafts (starting, saving as the worker types, resuming, discarding, listing).

namespace pluslife::forms {

using detail::noSuchDraft;
using detail::noSuchForm;
using detail::saveFailed;
using detail::visitNotPlanned;
using storage::StoreError;
using storage::StoreErrorCode;

StoreError FormService::ownDraft(qint64 draftId, storage::FormDraftRecord *draft) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::FormRepository(m_session.database()).draft(draftId);
    if (!found)
        return noSuchDraft();
    if (found->workerId != m_session.worker().id)
        return StoreError::make(StoreErrorCode::NotPermitted,
                                tr("Only the worker who started this form can continue it."));
    *draft = *found;
    return StoreError::success();
}

StoreError FormService::openDraft(const storage::FormDraftRecord &draft,
                                  std::unique_ptr<FormSession> *session) const
{
    StoreError error;
    const FormDefinitionPtr form = load(draft.formVersionId, &error);
    if (!form)
        return error;
    QString why;
    std::unique_ptr<FormSession> opened =
        FormSession::resume(form, context(), draft.instanceXml, &why);
    if (!opened)
        return StoreError::make(StoreErrorCode::Corrupt,
                                tr("The saved answers of this form cannot be read."), why);
    if (session)
        *session = std::move(opened);
    return StoreError::success();
}

StoreError FormService::startDraft(qint64 formVersionId, const FormSubject &subjectIn,
                                   qint64 *draftId, std::unique_ptr<FormSession> *session)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_session.database();
    storage::FormRepository repo(db);
    const auto version = repo.version(formVersionId);
    if (!version)
        return noSuchForm();
    if (version->retiredUtc.isValid())
        return StoreError::invalidInput(
            tr("This version of the form is no longer in use; start its latest version."));
    FormSubject subject = subjectIn;
    if (StoreError error = resolveSubject(&subject, true); !error.ok())
        return error;
    if (subject.visitId > 0 &&
        storage::VisitRepository(db).visit(subject.visitId)->status != QLatin1String("planned"))
        return visitNotPlanned();
    StoreError error;
    const FormDefinitionPtr form = load(formVersionId, &error);
    if (!form)
        return error;
    std::unique_ptr<FormSession> started = FormSession::start(form, context());
    if (!started)
        return StoreError::make(StoreErrorCode::Corrupt, tr("The form could not be started."));

    storage::FormDraftRecord draft;
    draft.formVersionId = formVersionId;
    draft.householdId = subject.householdId;
    draft.personId = subject.personId;
    draft.visitId = subject.visitId;
    draft.workerId = m_session.worker().id;
    draft.startedUtc = started->startedAt().toUTC();
    draft.savedUtc = m_session.clock().nowUtc();
    draft.instanceXml = started->instanceXml();
    storage::WriteTransaction transaction(db);
    if (!repo.insertDraft(&draft))
        return saveFailed(repo.lastError());
    QVariantMap details{{QStringLiteral("form_version"), formVersionId}};
    if (subject.householdId > 0)
        details.insert(QStringLiteral("household"), subject.householdId);
    if (StoreError auditError = m_session.audit().append(
            m_session.worker().id, QStringLiteral("form.draft_start"), QStringLiteral("form_draft"),
            QString::number(draft.id), details);
        !auditError.ok())
        return auditError;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (draftId)
        *draftId = draft.id;
    if (session)
        *session = std::move(started);
    return StoreError::success();
}

StoreError FormService::saveDraft(qint64 draftId, const FormSession &session)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    storage::FormRepository repo(m_session.database());
    if (repo.updateDraft(draftId, m_session.worker().id, session.definition().formId,
                         session.definition().version, session.instanceXml(),
                         m_session.clock().nowUtc()))
        return StoreError::success();
    if (repo.lastError().isValid())
        return saveFailed(repo.lastError());
    return StoreError::invalidInput(
        tr("There is no such draft of this form; it was submitted or discarded."));
}

StoreError FormService::resumeDraft(qint64 draftId, std::unique_ptr<FormSession> *session,
                                    storage::FormDraftRecord *draft)
{
    storage::FormDraftRecord found;
    if (StoreError error = ownDraft(draftId, &found); !error.ok())
        return error;
    FormSubject subject{found.householdId, found.personId, found.visitId};
    if (StoreError error = resolveSubject(&subject, true); !error.ok())
        return error;
    if (StoreError error = openDraft(found, session); !error.ok())
        return error;
    if (draft)
        *draft = found;
    return StoreError::success();
}

StoreError FormService::discardDraft(qint64 draftId)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_session.database();
    storage::FormRepository repo(db);
    const auto draft = repo.draft(draftId);
    if (!draft)
        return noSuchDraft();
    if (draft->workerId != m_session.worker().id && !m_session.worker().isManager())
        return StoreError::make(
            StoreErrorCode::NotPermitted,
            tr("Only the worker who started this form, or a manager, can discard it."));
    storage::WriteTransaction transaction(db);
    if (!repo.deleteDraft(draftId))
        return repo.lastError().isValid() ? saveFailed(repo.lastError()) : noSuchDraft();
    QVariantMap details{{QStringLiteral("form_version"), draft->formVersionId}};
    if (draft->householdId > 0)
        details.insert(QStringLiteral("household"), draft->householdId);
    if (StoreError error = m_session.audit().append(
            m_session.worker().id, QStringLiteral("form.draft_discard"),
            QStringLiteral("form_draft"), QString::number(draftId), details);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

QList<storage::FormDraftRecord> FormService::myDrafts() const
{
    if (m_session.isLocked())
        return {};
    return storage::FormRepository(m_session.database()).draftsOfWorker(m_session.worker().id);
}

QList<storage::FormDraftRecord> FormService::draftsOf(qint64 householdId) const
{
    if (!services::checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::FormRepository(m_session.database()).draftsOfHousehold(householdId);
}

} // namespace pluslife::forms
