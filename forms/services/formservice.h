#pragma once

#include "engine/formdefinition.h"
#include "engine/formsession.h"
#include "storage/formrepository.h"
#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace pluslife::services {
class Session;
} // namespace pluslife::services

namespace pluslife::forms {

// Whom a form is about: a household file, a person in it, and the home visit it reports on.
// Each may be 0. A person's household and a visit's household are filled in when not given.
struct FormSubject {
    qint64 householdId = 0;
    qint64 personId = 0;
    qint64 visitId = 0;
};

// One form of the center's library with every version installed side by side.
struct InstalledForm {
    struct Version {
        qint64 id = 0;
        QString version;
        QString title;
        QString origin; // library | import | central
        QDateTime installedUtc;
        bool retired = false;
    };
    QString formId;
    QString title;        // of the latest version
    QString activityCode; // of the latest version; "" when the form names none
    qint64 latestVersionId = 0;
    QList<Version> versions; // in installation order
};

// The activity forms of a center (issue 4): installing ODK XForms, drafts kept as the worker
// types, submissions that update the household file, and corrections. The one way the UI and
// pluslife-admin reach forms. Every call checks the signed-in worker's access to the household
// the form is about (services/householdaccess.h); every write goes with an audit entry that
// holds ids only, never an answer.
class FormService {
    Q_DECLARE_TR_FUNCTIONS(FormService)

public:
    enum class Origin { Library, Import, Central };

    explicit FormService(services::Session &session);

    // ---- The form library ----
    // Parses and checks `xml` and installs it as a new version. A form the engine refuses, or
    // one saving to a field outside the case-field vocabulary (domain/casefields.h), is refused
    // as a whole with every problem listed, and nothing is installed. The same form id and
    // version installed before: a no-op when the bytes are identical (`formVersionId` gets the
    // installed id), refused when they differ. Importing a form file is for managers; library
    // and central forms install for any signed-in worker.
    storage::StoreError install(const QByteArray &xml, Origin origin,
                                qint64 *formVersionId = nullptr);
    // Installs every form of the embedded library (:/pluslife/forms/*.xml). Idempotent and
    // cheap when nothing changed; the app calls it after each sign-in.
    storage::StoreError installLibrary(int *installed = nullptr);
    // Installs the forms the central window distributed (fetched by sync into settings, see
    // services/distributedresources.h). Idempotent; the app calls it after each sync cycle.
    storage::StoreError installDistributed(int *installed = nullptr);
    QList<InstalledForm> installedForms() const;
    // The parsed form of an installed version (parsed once per process and kept).
    FormDefinitionPtr load(qint64 formVersionId, storage::StoreError *error = nullptr) const;

    // ---- Drafts ----
    storage::StoreError startDraft(qint64 formVersionId, const FormSubject &subject,
                                   qint64 *draftId, std::unique_ptr<FormSession> *session);
    // One UPDATE of the draft's working instance: the UI calls it, debounced, as the user types.
    // Only the worker who started the draft saves it, and only answers to the draft's form
    // version.
    storage::StoreError saveDraft(qint64 draftId, const FormSession &session);
    storage::StoreError resumeDraft(qint64 draftId, std::unique_ptr<FormSession> *session,
                                    storage::FormDraftRecord *draft = nullptr);
    // The draft's author, or a manager.
    storage::StoreError discardDraft(qint64 draftId);
    // Without the instance XML, last saved first.
    QList<storage::FormDraftRecord> myDrafts() const;
    QList<storage::FormDraftRecord> draftsOf(qint64 householdId) const;

    // ---- Submissions ----
    // Checks the answers (the first problem is the refusal's message), then in one transaction:
    // stores the submission, writes its case fields to the household and to the person it is
    // about (the head when it is about a household), notes it on the household's timeline,
    // marks its home visit done, removes the draft and audits. All or nothing: on any failure
    // the draft is kept and nothing else changes.
    storage::StoreError submit(qint64 draftId, FormSession &session,
                               qint64 *submissionId = nullptr);
    // A new draft on the same form version, filled from the submission; its submit stores a
    // submission that supersedes this one. The author or a manager; only the latest version of
    // a submission; a draft already correcting it is resumed instead of starting another.
    storage::StoreError correct(qint64 submissionId, qint64 *draftId,
                                std::unique_ptr<FormSession> *session);
    // Without the instance XML, newest first; superseded ones carry `supersededBy`.
    QList<storage::FormSubmissionRecord> submissionsOf(qint64 householdId) const;
    storage::StoreError submission(qint64 submissionId, storage::FormSubmissionRecord *out) const;

    // jr:preload="property" deviceid of this store: "pluslife:<vault id>".
    QString deviceId() const;
    static QString originKey(Origin origin);

private:
    storage::StoreError installBytes(const QByteArray &xml, Origin origin, qint64 *formVersionId,
                                     bool *added);
    FormContext context() const;
    storage::StoreError resolveSubject(FormSubject *subject, bool write) const;
    storage::StoreError ownDraft(qint64 draftId, storage::FormDraftRecord *draft) const;
    storage::StoreError openDraft(const storage::FormDraftRecord &draft,
                                  std::unique_ptr<FormSession> *session) const;
    storage::StoreError canReadSubmission(const storage::FormSubmissionRecord &submission,
                                          bool write) const;

    services::Session &m_session;
    mutable QHash<qint64, FormDefinitionPtr> m_loaded;
};

} // namespace pluslife::forms
