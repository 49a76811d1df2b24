#include "formrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace pluslife::storage {
namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

QDateTime moment(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// NOT NULL blobs: a null QByteArray would bind as SQL NULL.
QByteArray blobValue(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

const QString kVersionLabelColumns =
    QStringLiteral("v.form_id, v.version, v.title, v.activity_code");

FormVersionLabel labelFromRow(const QSqlQuery &q, int offset)
{
    return {q.value(offset).toString(), q.value(offset + 1).toString(),
            q.value(offset + 2).toString(), q.value(offset + 3).toString()};
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A version string cut into runs of digits and runs of anything else.
QStringList versionParts(const QString &version)
{
    QStringList parts;
    QString current;
    bool digits = false;
    for (const QChar c : version) {
        const bool isDigit = isAsciiDigit(c);
        if (!current.isEmpty() && isDigit != digits) {
            parts << current;
            current.clear();
        }
        digits = isDigit;
        current += c;
    }
    if (!current.isEmpty())
        parts << current;
    return parts;
}

int compareDigitRuns(QString a, QString b)
{
    while (a.size() > 1 && a.startsWith(QLatin1Char('0')))
        a.remove(0, 1);
    while (b.size() > 1 && b.startsWith(QLatin1Char('0')))
        b.remove(0, 1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

FormRepository::FormRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool FormRepository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError();
    return false;
}

int FormRepository::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = versionParts(a);
    const QStringList right = versionParts(b);
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        const QString &x = left.at(i);
        const QString &y = right.at(i);
        const bool xDigits = isAsciiDigit(x.front());
        const bool yDigits = isAsciiDigit(y.front());
        int order = 0;
        if (xDigits && yDigits)
            order = compareDigitRuns(x, y);
        else
            order = x.compare(y);
        if (order != 0)
            return order < 0 ? -1 : 1;
    }
    if (left.size() != right.size())
        return left.size() < right.size() ? -1 : 1;
    return 0;
}

// ---- Form versions ----

bool FormRepository::insertVersion(FormVersionRecord *v)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO form_versions (form_id, version, title, activity_code, source_xml, sha256, "
        "origin, installed_utc, installed_by, retired_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(v->formId);
    q.addBindValue(v->version);
    q.addBindValue(textValue(v->title));
    q.addBindValue(textValue(v->activityCode));
    q.addBindValue(blobValue(v->sourceXml));
    q.addBindValue(v->sha256);
    q.addBindValue(v->origin);
    q.addBindValue(iso(v->installedUtc));
    q.addBindValue(idOrNull(v->installedBy));
    q.addBindValue(isoOrNull(v->retiredUtc));
    if (!exec(q))
        return false;
    v->id = q.lastInsertId().toLongLong();
    return true;
}

QList<FormVersionRecord>
FormRepository::selectVersions(const QString &where, const QVariantList &binds, bool withXml) const
{
    QList<FormVersionRecord> found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, form_id, version, title, activity_code, %1, sha256, "
                             "origin, installed_utc, coalesce(installed_by, 0), retired_utc "
                             "FROM form_versions WHERE %2 ORDER BY form_id, id")
                  .arg(withXml ? QStringLiteral("source_xml") : QStringLiteral("NULL"), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!exec(q))
        return found;
    while (q.next()) {
        FormVersionRecord v;
        v.id = q.value(0).toLongLong();
        v.formId = q.value(1).toString();
        v.version = q.value(2).toString();
        v.title = q.value(3).toString();
        v.activityCode = q.value(4).toString();
        if (withXml)
            v.sourceXml = q.value(5).toByteArray();
        v.sha256 = q.value(6).toString();
        v.origin = q.value(7).toString();
        v.installedUtc = moment(q.value(8));
        v.installedBy = q.value(9).toLongLong();
        v.retiredUtc = moment(q.value(10));
        found.append(v);
    }
    return found;
}

std::optional<FormVersionRecord> FormRepository::version(qint64 id) const
{
    const auto found = selectVersions(QStringLiteral("id = ?"), {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormVersionRecord>(found.first());
}

std::optional<FormVersionRecord> FormRepository::version(const QString &formId,
                                                         const QString &versionText) const
{
    const auto found =
        selectVersions(QStringLiteral("form_id = ? AND version = ?"), {formId, versionText}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormVersionRecord>(found.first());
}

std::optional<FormVersionRecord> FormRepository::versionBySha256(const QString &sha256) const
{
    const auto found = selectVersions(QStringLiteral("sha256 = ?"), {sha256}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormVersionRecord>(found.first());
}

std::optional<FormVersionRecord> FormRepository::latestVersion(const QString &formId) const
{
    const auto found =
        selectVersions(QStringLiteral("form_id = ? AND retired_utc IS NULL"), {formId}, false);
    if (found.isEmpty())
        return std::nullopt;
    const auto latest = std::max_element(
        found.cbegin(), found.cend(), [](const FormVersionRecord &a, const FormVersionRecord &b) {
            return compareVersions(a.version, b.version) < 0;
        });
    return version(latest->id);
}

QList<FormVersionRecord> FormRepository::versions() const
{
    return selectVersions(QStringLiteral("1"), {}, false);
}

// ---- Drafts ----

bool FormRepository::insertDraft(FormDraftRecord *d)
{
    if (d->uuid.isEmpty())
        d->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO form_drafts (uuid, form_version_id, household_id, person_id, visit_id, "
        "worker_id, started_utc, saved_utc, instance_xml, corrects_submission) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d->uuid);
    q.addBindValue(d->formVersionId);
    q.addBindValue(idOrNull(d->householdId));
    q.addBindValue(idOrNull(d->personId));
    q.addBindValue(idOrNull(d->visitId));
    q.addBindValue(d->workerId);
    q.addBindValue(iso(d->startedUtc));
    q.addBindValue(iso(d->savedUtc));
    q.addBindValue(blobValue(d->instanceXml));
    q.addBindValue(idOrNull(d->correctsSubmission));
    if (!exec(q))
        return false;
    d->id = q.lastInsertId().toLongLong();
    return true;
}

bool FormRepository::updateDraft(qint64 id, qint64 workerId, const QString &formId,
                                 const QString &version, const QByteArray &instanceXml,
                                 const QDateTime &savedUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE form_drafts SET instance_xml = ?, saved_utc = ? "
                             "WHERE id = ? AND worker_id = ? AND form_version_id = "
                             "(SELECT id FROM form_versions WHERE form_id = ? AND version = ?)"));
    q.addBindValue(blobValue(instanceXml));
    q.addBindValue(iso(savedUtc));
    q.addBindValue(id);
    q.addBindValue(workerId);
    q.addBindValue(formId);
    q.addBindValue(version);
    return exec(q) && q.numRowsAffected() == 1;
}

bool FormRepository::deleteDraft(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM form_drafts WHERE id = ?"));
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

QList<FormDraftRecord> FormRepository::selectDrafts(const QString &where, const QVariantList &binds,
                                                    bool withXml) const
{
    QList<FormDraftRecord> found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, d.uuid, d.form_version_id, coalesce(d.household_id, 0), "
                       "coalesce(d.person_id, 0), coalesce(d.visit_id, 0), d.worker_id, "
                       "d.started_utc, d.saved_utc, %1, coalesce(d.corrects_submission, 0), "
                       "%2 FROM form_drafts d JOIN form_versions v ON v.id = d.form_version_id "
                       "WHERE %3 ORDER BY d.saved_utc DESC, d.id DESC")
            .arg(withXml ? QStringLiteral("d.instance_xml") : QStringLiteral("NULL"),
                 kVersionLabelColumns, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!exec(q))
        return found;
    while (q.next()) {
        FormDraftRecord d;
        d.id = q.value(0).toLongLong();
        d.uuid = q.value(1).toString();
        d.formVersionId = q.value(2).toLongLong();
        d.householdId = q.value(3).toLongLong();
        d.personId = q.value(4).toLongLong();
        d.visitId = q.value(5).toLongLong();
        d.workerId = q.value(6).toLongLong();
        d.startedUtc = moment(q.value(7));
        d.savedUtc = moment(q.value(8));
        if (withXml)
            d.instanceXml = q.value(9).toByteArray();
        d.correctsSubmission = q.value(10).toLongLong();
        d.form = labelFromRow(q, 11);
        found.append(d);
    }
    return found;
}

std::optional<FormDraftRecord> FormRepository::draft(qint64 id) const
{
    const auto found = selectDrafts(QStringLiteral("d.id = ?"), {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormDraftRecord>(found.first());
}

QList<FormDraftRecord> FormRepository::draftsOfWorker(qint64 workerId) const
{
    return selectDrafts(QStringLiteral("d.worker_id = ?"), {workerId}, false);
}

QList<FormDraftRecord> FormRepository::draftsOfHousehold(qint64 householdId) const
{
    return selectDrafts(QStringLiteral("d.household_id = ?"), {householdId}, false);
}

std::optional<FormDraftRecord> FormRepository::draftCorrecting(qint64 submissionId) const
{
    const auto found =
        selectDrafts(QStringLiteral("d.corrects_submission = ?"), {submissionId}, false);
    return found.isEmpty() ? std::nullopt : std::optional<FormDraftRecord>(found.first());
}

// ---- Submissions ----

bool FormRepository::insertSubmission(FormSubmissionRecord *s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO form_submissions (uuid, form_version_id, household_id, person_id, visit_id, "
        "worker_id, device_id, started_utc, ended_utc, submitted_utc, instance_xml, supersedes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s->uuid);
    q.addBindValue(s->formVersionId);
    q.addBindValue(idOrNull(s->householdId));
    q.addBindValue(idOrNull(s->personId));
    q.addBindValue(idOrNull(s->visitId));
    q.addBindValue(s->workerId);
    q.addBindValue(textValue(s->deviceId));
    q.addBindValue(iso(s->startedUtc));
    q.addBindValue(iso(s->endedUtc));
    q.addBindValue(iso(s->submittedUtc));
    q.addBindValue(blobValue(s->instanceXml));
    q.addBindValue(idOrNull(s->supersedes));
    if (!exec(q))
        return false;
    s->id = q.lastInsertId().toLongLong();
    return true;
}

QList<FormSubmissionRecord> FormRepository::selectSubmissions(const QString &where,
                                                              const QVariantList &binds,
                                                              bool withXml) const
{
    QList<FormSubmissionRecord> found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT s.id, s.uuid, s.form_version_id, coalesce(s.household_id, 0), "
            "coalesce(s.person_id, 0), coalesce(s.visit_id, 0), s.worker_id, s.device_id, "
            "s.started_utc, s.ended_utc, s.submitted_utc, %1, coalesce(s.supersedes, 0), "
            "coalesce(w.display_name, ''), "
            "coalesce((SELECT later.id FROM form_submissions later WHERE later.supersedes = s.id), "
            "0), %2 FROM form_submissions s JOIN form_versions v ON v.id = s.form_version_id "
            "LEFT JOIN workers w ON w.id = s.worker_id WHERE %3 "
            "ORDER BY s.submitted_utc DESC, s.id DESC")
            .arg(withXml ? QStringLiteral("s.instance_xml") : QStringLiteral("NULL"),
                 kVersionLabelColumns, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!exec(q))
        return found;
    while (q.next()) {
        FormSubmissionRecord s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.formVersionId = q.value(2).toLongLong();
        s.householdId = q.value(3).toLongLong();
        s.personId = q.value(4).toLongLong();
        s.visitId = q.value(5).toLongLong();
        s.workerId = q.value(6).toLongLong();
        s.deviceId = q.value(7).toString();
        s.startedUtc = moment(q.value(8));
        s.endedUtc = moment(q.value(9));
        s.submittedUtc = moment(q.value(10));
        if (withXml)
            s.instanceXml = q.value(11).toByteArray();
        s.supersedes = q.value(12).toLongLong();
        s.workerName = q.value(13).toString();
        s.supersededBy = q.value(14).toLongLong();
        s.form = labelFromRow(q, 15);
        found.append(s);
    }
    return found;
}

std::optional<FormSubmissionRecord> FormRepository::submission(qint64 id) const
{
    const auto found = selectSubmissions(QStringLiteral("s.id = ?"), {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormSubmissionRecord>(found.first());
}

std::optional<FormSubmissionRecord> FormRepository::submissionByUuid(const QString &uuid) const
{
    const auto found = selectSubmissions(QStringLiteral("s.uuid = ?"), {uuid}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormSubmissionRecord>(found.first());
}

QList<FormSubmissionRecord> FormRepository::submissionsOfHousehold(qint64 householdId) const
{
    return selectSubmissions(QStringLiteral("s.household_id = ?"), {householdId}, false);
}

QList<FormSubmissionRecord> FormRepository::submissionsOfPerson(qint64 personId) const
{
    return selectSubmissions(QStringLiteral("s.person_id = ?"), {personId}, false);
}

std::optional<FormSubmissionRecord> FormRepository::supersedingOf(qint64 submissionId) const
{
    const auto found = selectSubmissions(QStringLiteral("s.supersedes = ?"), {submissionId}, true);
    return found.isEmpty() ? std::nullopt : std::optional<FormSubmissionRecord>(found.first());
}

} // namespace pluslife::storage
