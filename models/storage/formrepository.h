#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace pluslife::storage {

// One installed version of an ODK XForm, kept byte for byte as installed.
struct FormVersionRecord {
    qint64 id = 0;
    QString formId;
    QString version;
    QString title;
    QString activityCode;
    QByteArray sourceXml; // empty in lists
    QString sha256;       // lower-case hex of sourceXml
    QString origin;       // library | import | central
    QDateTime installedUtc;
    qint64 installedBy = 0; // 0: not installed by a signed-in worker
    QDateTime retiredUtc;   // invalid while in use
};

// What drafts and submissions carry of their form version, for lists (filled on reads).
struct FormVersionLabel {
    QString formId;
    QString version;
    QString title;
    QString activityCode;
};

// A form being filled: the working instance, saved as the worker types.
struct FormDraftRecord {
    qint64 id = 0;
    QString uuid;
    qint64 formVersionId = 0;
    qint64 householdId = 0;
    qint64 personId = 0;
    qint64 visitId = 0;
    qint64 workerId = 0;
    QDateTime startedUtc;
    QDateTime savedUtc;
    QByteArray instanceXml; // empty in lists
    qint64 correctsSubmission = 0;
    FormVersionLabel form; // read only
};

// A submitted instance: never changed; a correction is a new row that supersedes it.
struct FormSubmissionRecord {
    qint64 id = 0;
    QString uuid; // the instanceID without "uuid:"
    qint64 formVersionId = 0;
    qint64 householdId = 0;
    qint64 personId = 0;
    qint64 visitId = 0;
    qint64 workerId = 0;
    QString deviceId;
    QDateTime startedUtc;
    QDateTime endedUtc;
    QDateTime submittedUtc;
    QByteArray instanceXml; // empty in lists
    qint64 supersedes = 0;
    // Read only
    FormVersionLabel form;
    QString workerName;
    qint64 supersededBy = 0; // the correction that replaced this one, 0 when none
};

// SQL for form versions, drafts and submissions (migration 0004). No permissions and no audit:
// forms/services/formservice.h decides who may call what and wraps calls in transactions.
class FormRepository {
public:
    explicit FormRepository(QSqlDatabase db);

    // Form versions
    bool insertVersion(FormVersionRecord *version);
    std::optional<FormVersionRecord> version(qint64 id) const;
    std::optional<FormVersionRecord> version(const QString &formId, const QString &version) const;
    std::optional<FormVersionRecord> versionBySha256(const QString &sha256) const;
    // The highest version (compareVersions) of a form that is not retired.
    std::optional<FormVersionRecord> latestVersion(const QString &formId) const;
    // Every installed version, without the XML, by form id then installation order.
    QList<FormVersionRecord> versions() const;
    // Version strings compared the way ODK numbers them: runs of digits numerically
    // ("2024010102" > "2024010101", "1.10" > "1.9"), anything else as text.
    static int compareVersions(const QString &a, const QString &b);

    // Drafts
    bool insertDraft(FormDraftRecord *draft);
    // The one statement run as the worker types: false when there is no draft `id` of
    // `workerId` made on version `version` of form `formId`.
    bool updateDraft(qint64 id, qint64 workerId, const QString &formId, const QString &version,
                     const QByteArray &instanceXml, const QDateTime &savedUtc);
    bool deleteDraft(qint64 id);
    std::optional<FormDraftRecord> draft(qint64 id) const;
    // Without the XML, last saved first.
    QList<FormDraftRecord> draftsOfWorker(qint64 workerId) const;
    QList<FormDraftRecord> draftsOfHousehold(qint64 householdId) const;
    std::optional<FormDraftRecord> draftCorrecting(qint64 submissionId) const;

    // Submissions
    bool insertSubmission(FormSubmissionRecord *submission);
    std::optional<FormSubmissionRecord> submission(qint64 id) const;
    std::optional<FormSubmissionRecord> submissionByUuid(const QString &uuid) const;
    // Without the XML, newest first; superseded ones are marked (supersededBy).
    QList<FormSubmissionRecord> submissionsOfHousehold(qint64 householdId) const;
    QList<FormSubmissionRecord> submissionsOfPerson(qint64 personId) const;
    // The submission that supersedes `submissionId`, if it was corrected.
    std::optional<FormSubmissionRecord> supersedingOf(qint64 submissionId) const;

    QSqlError lastError() const { return m_lastError; }

private:
    bool exec(class QSqlQuery &query) const;
    QList<FormVersionRecord> selectVersions(const QString &where, const QVariantList &binds,
                                            bool withXml) const;
    QList<FormDraftRecord> selectDrafts(const QString &where, const QVariantList &binds,
                                        bool withXml) const;
    QList<FormSubmissionRecord> selectSubmissions(const QString &where, const QVariantList &binds,
                                                  bool withXml) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
