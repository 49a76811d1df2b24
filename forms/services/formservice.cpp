#include "formservice.h"

#include "formserviceinternal.h"
#include "services/householdaccess.h"
#include "services/session.h"
#include "storage/householdrepository.h"
#include "storage/vault.h"
#include "storage/visitrepository.h"

#include <QLocale>

// FormService's common ground: who and where it works for (context, device id) and whom a form
// is about. The library, drafts and submissions are in forminstall.cpp, formdrafts.cpp,
// formsubmit.cpp and formsubmissions.cpp.

namespace pluslife::forms {

using storage::StoreError;

namespace detail {

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("FormService", "The form could not be saved."), error);
}

StoreError noSuchForm()
{
    return StoreError::invalidInput(
        QCoreApplication::translate("FormService", "There is no such form."));
}

StoreError noSuchDraft()
{
    return StoreError::invalidInput(QCoreApplication::translate(
        "FormService", "There is no such draft; it was submitted or discarded."));
}

StoreError visitNotPlanned()
{
    return StoreError::invalidInput(
        QCoreApplication::translate("FormService", "This visit is already done or cancelled."));
}

} // namespace detail

FormService::FormService(services::Session &session)
    : m_session(session)
{}

QString FormService::originKey(Origin origin)
{
    switch (origin) {
    case Origin::Library:
        return QStringLiteral("library");
    case Origin::Import:
        return QStringLiteral("import");
    case Origin::Central:
        return QStringLiteral("central");
    }
    return QStringLiteral("import");
}

QString FormService::deviceId() const
{
    return QStringLiteral("pluslife:") + m_session.vault().vaultId();
}

FormContext FormService::context() const
{
    FormContext context;
    context.userName = m_session.worker().username;
    context.deviceId = deviceId();
    // The UI language when the form has it; the engine falls back to the form's default.
    context.language = QLocale::languageToCode(QLocale().language());
    const Clock *clock = &m_session.clock();
    context.now = [clock] { return clock->nowUtc(); };
    return context;
}

// ---- Whom a form is about ----

StoreError FormService::resolveSubject(FormSubject *subject, bool write) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_session.database();
    if (subject->visitId > 0) {
        const auto visit = storage::VisitRepository(db).visit(subject->visitId);
        if (!visit)
            return StoreError::invalidInput(tr("There is no such visit."));
        if (subject->householdId == 0)
            subject->householdId = visit->householdId;
        else if (subject->householdId != visit->householdId)
            return StoreError::invalidInput(tr("This visit is not to this household."));
    }
    if (subject->personId > 0) {
        storage::HouseholdRepository households(db);
        if (!households.personById(subject->personId))
            return StoreError::invalidInput(tr("There is no such person."));
        const qint64 current = households.currentHouseholdOf(subject->personId);
        if (subject->householdId == 0)
            subject->householdId = current;
        if (current == 0 || current != subject->householdId)
            return StoreError::invalidInput(tr("This person is not a member of this household."));
    }
    if (subject->householdId > 0)
        return services::checkHouseholdAccess(m_session, subject->householdId, write);
    return StoreError::success();
}

} // namespace pluslife::forms
