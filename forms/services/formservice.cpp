#include "formservice.h"

#include "domain/casefields.h"
#include "domain/visit.h"
#include "engine/formparser.h"
#include "screeningoutcome.h"
#include "services/householdaccess.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/vault.h"
#include "storage/visitrepository.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace pluslife::forms {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

const QString kLibraryFolder = QStringLiteral(":/pluslife/forms");
const QString kUuidPrefix = QStringLiteral("uuid:");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Parsed forms by the SHA-256 of their bytes. A definition is immutable and depends on nothing
// but its bytes, so one parse serves every store, service and session of the process.
struct DefinitionCache {
    QMutex mutex;
    QHash<QString, FormDefinitionPtr> byHash;
};

DefinitionCache &definitionCache()
{
    static DefinitionCache cache;
    return cache;
}

FormDefinitionPtr parseCached(const QByteArray &xml, const QString &sha256, QString *report)
{
    DefinitionCache &cache = definitionCache();
    {
        const QMutexLocker lock(&cache.mutex);
        if (FormDefinitionPtr found = cache.byHash.value(sha256))
            return found;
    }
    const FormParseResult result = parseForm(xml);
    if (!result.ok()) {
        if (report)
            *report = result.report();
        return nullptr;
    }
    const QMutexLocker lock(&cache.mutex);
    cache.byHash.insert(sha256, result.form);
    return result.form;
}

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

// Binds that save to a field outside the case-field vocabulary, as report lines.
QStringList saveToProblems(const FormDefinition &form)
{
    QStringList problems;
    for (const FormBind &bind : form.binds) {
        if (bind.saveTo.isEmpty())
            continue;
        QString message;
        if (domain::isCriticalField(bind.saveTo))
            message = QCoreApplication::translate(
                          "FormService", "entities:saveto=\"%1\": who a person is is changed "
                                         "only on the household file, never by a form.")
                          .arg(bind.saveTo);
        else if (!domain::isCaseField(bind.saveTo))
            message = QCoreApplication::translate(
                          "FormService", "entities:saveto=\"%1\" is not a case field a form "
                                         "may write.")
                          .arg(bind.saveTo);
        if (!message.isEmpty())
            problems << QCoreApplication::translate("FormService", "line %1: %2")
                            .arg(bind.line)
                            .arg(message);
    }
    return problems;
}

QString withoutUuidPrefix(const QString &instanceId)
{
    return instanceId.startsWith(kUuidPrefix) ? instanceId.mid(kUuidPrefix.size()) : instanceId;
}

} // namespace

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

// ---- The form library ----

StoreError FormService::install(const QByteArray &xml, Origin origin, qint64 *formVersionId)
{
    return installBytes(xml, origin, formVersionId, nullptr);
}

StoreError FormService::installBytes(const QByteArray &xml, Origin origin, qint64 *formVersionId,
                                     bool *added)
{
    if (added)
        *added = false;
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (origin == Origin::Import)
        if (StoreError error = m_session.requireManager(); !error.ok())
            return error;
    QSqlDatabase db = m_session.database();
    storage::FormRepository repo(db);
    const QString sha256 = sha256Hex(xml);
    // The very same bytes installed before: nothing to do, and no parse.
    if (const auto same = repo.versionBySha256(sha256)) {
        if (formVersionId)
            *formVersionId = same->id;
        return StoreError::success();
    }
    QString report;
    const FormDefinitionPtr form = parseCached(xml, sha256, &report);
    QStringList problems;
    if (!form)
        problems << report;
    else
        problems << saveToProblems(*form);
    if (!problems.isEmpty())
        return StoreError::invalidInput(tr("This form cannot be installed:") + QLatin1Char('\n') +
                                        problems.join(QLatin1Char('\n')));

    storage::WriteTransaction transaction(db);
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    if (const auto same = repo.versionBySha256(sha256)) { // installed meanwhile
        if (formVersionId)
            *formVersionId = same->id;
        return StoreError::success();
    }
    if (repo.version(form->formId, form->version))
        return StoreError::invalidInput(
            tr("Version %2 of form %1 is already installed with different content; a changed "
               "form needs a new version.")
                .arg(form->formId, form->version));
    storage::FormVersionRecord record;
    record.formId = form->formId;
    record.version = form->version;
    record.title = form->title;
    record.activityCode = form->activityCode;
    record.sourceXml = xml;
    record.sha256 = sha256;
    record.origin = originKey(origin);
    record.installedUtc = m_session.clock().nowUtc();
    record.installedBy = m_session.worker().id;
    if (!repo.insertVersion(&record))
        return saveFailed(repo.lastError());
    if (StoreError error =
            m_session.audit().append(m_session.worker().id, QStringLiteral("form.install"),
                                     QStringLiteral("form_version"), QString::number(record.id),
                                     {{QStringLiteral("form"), record.formId},
                                      {QStringLiteral("version"), record.version},
                                      {QStringLiteral("origin"), record.origin}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (formVersionId)
        *formVersionId = record.id;
    if (added)
        *added = true;
    return StoreError::success();
}

StoreError FormService::installLibrary(int *installed)
{
    if (installed)
        *installed = 0;
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QStringList files;
    QDirIterator it(kLibraryFolder, {QStringLiteral("*.xml")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QStringList problems;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: the form cannot be read.").arg(name);
            continue;
        }
        bool added = false;
        if (StoreError error = installBytes(file.readAll(), Origin::Library, nullptr, &added);
            !error.ok())
            problems << QStringLiteral("%1: %2").arg(name, error.message);
        else if (added && installed)
            ++*installed;
    }
    if (!problems.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput,
                                tr("Some forms of the library could not be installed:") +
                                    QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    return StoreError::success();
}

QList<InstalledForm> FormService::installedForms() const
{
    if (m_session.isLocked())
        return {};
    const QList<storage::FormVersionRecord> all =
        storage::FormRepository(m_session.database()).versions();
    QList<InstalledForm> forms;
    const storage::FormVersionRecord *latest = nullptr;
    const auto finish = [&] {
        if (forms.isEmpty() || !latest)
            return;
        forms.last().title = latest->title;
        forms.last().activityCode = latest->activityCode;
        forms.last().latestVersionId = latest->id;
    };
    for (const storage::FormVersionRecord &v : all) {
        if (forms.isEmpty() || forms.last().formId != v.formId) {
            finish();
            forms.append(InstalledForm());
            forms.last().formId = v.formId;
            latest = nullptr;
        }
        forms.last().versions.append(
            {v.id, v.version, v.title, v.origin, v.installedUtc, v.retiredUtc.isValid()});
        // The highest version in use; a form whose versions are all retired shows its highest.
        const bool inUse = !v.retiredUtc.isValid();
        if (!latest || (inUse && latest->retiredUtc.isValid()) ||
            (inUse == !latest->retiredUtc.isValid() &&
             storage::FormRepository::compareVersions(v.version, latest->version) > 0))
            latest = &v;
    }
    finish();
    return forms;
}

FormDefinitionPtr FormService::load(qint64 formVersionId, StoreError *error) const
{
    StoreError ignored;
    StoreError &result = error ? *error : ignored;
    result = StoreError::success();
    if (m_session.isLocked()) {
        result = StoreError::notUnlocked();
        return nullptr;
    }
    if (FormDefinitionPtr found = m_loaded.value(formVersionId))
        return found;
    const auto version = storage::FormRepository(m_session.database()).version(formVersionId);
    if (!version) {
        result = noSuchForm();
        return nullptr;
    }
    QString report;
    FormDefinitionPtr form = parseCached(version->sourceXml, version->sha256, &report);
    if (!form) {
        result = StoreError::make(
            StoreErrorCode::Corrupt,
            tr("Version %2 of form %1 cannot be opened by this version of PlusLife Desk.")
                .arg(version->formId, version->version),
            report);
        return nullptr;
    }
    m_loaded.insert(formVersionId, form);
    return form;
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

StoreError FormService::canReadSubmission(const storage::FormSubmissionRecord &submission,
                                          bool write) const
{
    if (submission.householdId > 0)
        return services::checkHouseholdAccess(m_session, submission.householdId, write);
    if (submission.workerId != m_session.worker().id && !m_session.worker().isManager())
        return services::notPermittedError();
    return StoreError::success();
}

// ---- Drafts ----

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

// ---- Submissions ----

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
