#pragma once

// A real store (a center with a signed-in manager) and helpers for the client-side sync tests:
// SQL shortcuts, and a seed with at least one row of every synced entity.
#include "../../models/services/servicetestfixture.h"

#include "client/localrecords.h"
#include "protocol/entities.h"
#include "protocol/messages.h"

#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pluslife::test {

// First column of the first row, or an invalid QVariant.
inline QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("SQL failed: %s", qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

inline bool run(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning("SQL failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(sql));
    return q.isActive();
}

// True when the statement fails (a constraint or trigger refuses it).
inline bool refused(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return !q.exec();
}

inline QStringList column(QSqlDatabase db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            values << q.value(0).toString();
    return values;
}

inline int dirtyCount(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sync_dirty")).toInt();
}

// Applies records as a pull page does: one transaction, capture off.
inline bool applyAll(QSqlDatabase db, const QList<std::pair<QString, QJsonObject>> &records,
                     QStringList *notApplied = nullptr)
{
    storage::WriteTransaction tx(db);
    {
        sync::ApplyGuard guard(db);
        sync::LocalRecords local(db);
        for (const auto &[key, fields] : records) {
            const QString entity = key.section(QLatin1Char('/'), 0, 0);
            const QString uuid = key.section(QLatin1Char('/'), 1);
            const auto result = local.apply(entity, uuid, fields, false);
            if (result == sync::ApplyResult::Failed) {
                qWarning("apply failed: %s", qPrintable(local.lastError()));
                return false;
            }
            if (result == sync::ApplyResult::Parked && notApplied)
                *notApplied << key;
        }
        local.retryParked();
    }
    return tx.commit();
}

// One or two rows of every synced entity, referring to each other the way the app's do
// (including the references without a FOREIGN KEY: origin_id, referral_id, task_id).
inline bool seedEveryEntity(QSqlDatabase db)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO workers (uuid, username, display_name, role, created_utc, "
                       "updated_utc) VALUES ('00000000-0000-4000-8000-000000000001', 'sw1', "
                       "'Social worker', 'social-worker', 't0', 't0')"),
        QStringLiteral("INSERT INTO people (uuid, national_code, first_name, last_name, sex, "
                       "birth_date, mobile, name_key, created_utc, updated_utc) VALUES "
                       "('00000000-0000-4000-8000-000000000011', '0012345679', 'مریم', 'احمدی', "
                       "'female', '1980-02-03', '09120000000', 'x', 't0', 't0')"),
        QStringLiteral("INSERT INTO people (uuid, first_name, last_name, sex, name_key, "
                       "created_utc, updated_utc) VALUES ('00000000-0000-4000-8000-000000000012', "
                       "'علی', 'احمدی', 'male', 'x', 't0', 't0')"),
        QStringLiteral("INSERT INTO households (uuid, file_number, head_person_id, worker_id, "
                       "city, housing, monthly_rent, opened_utc, updated_utc) VALUES "
                       "('00000000-0000-4000-8000-000000000021', 'SEED-1', (SELECT id FROM people "
                       "WHERE uuid = '00000000-0000-4000-8000-000000000011'), (SELECT id FROM "
                       "workers WHERE username = 'sw1'), 'ری', 'tenant', 4500000, 't0', 't0')"),
        QStringLiteral("INSERT INTO memberships (household_id, person_id, relation, joined_on) "
                       "SELECT h.id, p.id, 'head', '2020-01-01' FROM households h, people p "
                       "WHERE h.file_number = 'SEED-1' AND p.uuid = "
                       "'00000000-0000-4000-8000-000000000011'"),
        QStringLiteral("INSERT INTO memberships (household_id, person_id, relation, joined_on) "
                       "SELECT h.id, p.id, 'child', '2020-01-01' FROM households h, people p "
                       "WHERE h.file_number = 'SEED-1' AND p.uuid = "
                       "'00000000-0000-4000-8000-000000000012'"),
        QStringLiteral("INSERT INTO requests (uuid, channel, kind, household_id, person_id, "
                       "asked, received_utc, recorded_by) SELECT "
                       "'00000000-0000-4000-8000-000000000031', 'walk-in', 'new-file', h.id, "
                       "h.head_person_id, 'help', 't0', h.worker_id FROM households h"),
        QStringLiteral("INSERT INTO timeline_events (household_id, at_utc, worker_id, kind, "
                       "details) SELECT id, 't1', worker_id, 'file.opened', '{\"n\":1}' FROM "
                       "households"),
        QStringLiteral("INSERT INTO visits (uuid, household_id, worker_id, planned_date) SELECT "
                       "'00000000-0000-4000-8000-000000000041', id, worker_id, '2026-12-01' "
                       "FROM households"),
        QStringLiteral("INSERT INTO visits (uuid, household_id, worker_id, planned_date, "
                       "rescheduled_from) SELECT '00000000-0000-4000-8000-000000000042', "
                       "household_id, worker_id, '2026-12-05', id FROM visits"),
        QStringLiteral("INSERT INTO attachments (address, file_key, algorithm, plain_size, "
                       "mime_type, created_utc) VALUES ('%1', x'00', 'x', 1234, 'image/png', 't')")
            .arg(QString(64, QLatin1Char('a'))),
        QStringLiteral("INSERT INTO sync_attachments (address, sha256, size, mime_type) VALUES "
                       "('%1', '%2', 1234, 'image/png')")
            .arg(QString(64, QLatin1Char('a')), QString(64, QLatin1Char('5'))),
        QStringLiteral("INSERT INTO documents (uuid, household_id, type_code, "
                       "attachment_address, added_by, added_utc) SELECT "
                       "'00000000-0000-4000-8000-000000000051', id, 'id-card', '%1', worker_id, "
                       "'t2' FROM households")
            .arg(QString(64, QLatin1Char('a'))),
        QStringLiteral("INSERT INTO notes (uuid, household_id, worker_id, written_utc, body) "
                       "SELECT '00000000-0000-4000-8000-000000000061', id, worker_id, 't3', "
                       "'first' FROM households"),
        QStringLiteral("INSERT INTO notes (uuid, household_id, worker_id, written_utc, body, "
                       "supersedes) SELECT '00000000-0000-4000-8000-000000000062', "
                       "household_id, worker_id, 't4', 'second', id FROM notes"),
        QStringLiteral("INSERT INTO form_versions (form_id, version, title, source_xml, sha256, "
                       "origin, installed_utc) VALUES ('screen', '1', 'Screen', "
                       "x'3c3f786d6cff00fe', 'abc', 'library', 't0')"),
        QStringLiteral("INSERT INTO form_submissions (uuid, form_version_id, household_id, "
                       "person_id, worker_id, device_id, started_utc, ended_utc, submitted_utc, "
                       "instance_xml) SELECT '00000000-0000-4000-8000-000000000071', "
                       "(SELECT id FROM form_versions), h.id, h.head_person_id, h.worker_id, "
                       "'dev', 't5', 't5', 't5', x'01020304' FROM households h"),
        QStringLiteral("INSERT INTO form_submissions (uuid, form_version_id, household_id, "
                       "worker_id, device_id, started_utc, ended_utc, submitted_utc, "
                       "instance_xml, supersedes) SELECT "
                       "'00000000-0000-4000-8000-000000000072', form_version_id, household_id, "
                       "worker_id, 'dev', 't6', 't6', 't6', x'05', id FROM form_submissions"),
        QStringLiteral("INSERT INTO referrals (uuid, tracking_number, household_id, kind, "
                       "requested_service, state, origin, origin_id, created_by, created_utc, "
                       "updated_utc) SELECT '00000000-0000-4000-8000-000000000081', 'TR-1', "
                       "household_id, 'other-agency', 'help', 'sent', 'screening', id, "
                       "worker_id, 't7', 't7' FROM form_submissions WHERE supersedes IS NULL"),
        QStringLiteral("INSERT INTO referral_destinations (referral_id, priority, agency_kind, "
                       "name) SELECT id, 1, 'ngo', 'First' FROM referrals"),
        QStringLiteral("INSERT INTO referral_destinations (referral_id, priority, agency_kind, "
                       "name) SELECT id, 2, 'ngo', 'Second' FROM referrals"),
        QStringLiteral("INSERT INTO referral_events (referral_id, at_utc, worker_id, "
                       "from_state, to_state, priority) SELECT id, 't7', created_by, 'draft', "
                       "'sent', 1 FROM referrals"),
        QStringLiteral("INSERT INTO needs_scores (household_id, computed_utc, rule_version, "
                       "score, computed_band, contributions) SELECT id, 't8', 'r1', 55, 'high', "
                       "'{\"income\":20}' FROM households"),
        QStringLiteral("INSERT INTO support_plans (uuid, household_id, needs_score_id, "
                       "rule_version, proposed_utc, proposed_by) SELECT "
                       "'00000000-0000-4000-8000-000000000091', household_id, id, 'r1', 't8', "
                       "(SELECT id FROM workers WHERE username = 'sw1') FROM needs_scores"),
        QStringLiteral("INSERT INTO support_plan_items (plan_id, service_id, added_utc) SELECT "
                       "id, '10000000001', 't8' FROM support_plans"),
        QStringLiteral("INSERT INTO followup_tasks (uuid, household_id, worker_id, title, "
                       "due_date, origin, origin_id, created_by, created_utc) SELECT "
                       "'00000000-0000-4000-8000-0000000000a1', household_id, created_by, "
                       "'Call', '2026-12-10', 'referral', id, created_by, 't9' FROM referrals"),
        QStringLiteral("INSERT INTO followup_tasks (uuid, household_id, worker_id, title, "
                       "due_date, origin, origin_id, created_by, created_utc) SELECT "
                       "'00000000-0000-4000-8000-0000000000a2', p.household_id, p.proposed_by, "
                       "'Arrange', '2026-12-11', 'support-plan', i.id, p.proposed_by, 't9' FROM "
                       "support_plan_items i JOIN support_plans p ON p.id = i.plan_id"),
        QStringLiteral("INSERT INTO screening_results (person_id, household_id, form_id, "
                       "form_version_id, submission_id, band, score, screened_utc, worker_id, "
                       "referral_id, task_id) SELECT s.person_id, s.household_id, 'screen', "
                       "s.form_version_id, s.id, 'refer', 7, 't5', s.worker_id, (SELECT id FROM "
                       "referrals), (SELECT min(id) FROM followup_tasks) FROM form_submissions s "
                       "WHERE s.supersedes IS NULL"),
        QStringLiteral("INSERT INTO sync_inquiries (uuid, national_code, person_id, status, "
                       "result, asked_utc) SELECT '00000000-0000-4000-8000-0000000000b1', "
                       "national_code, id, 'answered', '{\"found\":true,\"alive\":true}', 't10' "
                       "FROM people WHERE national_code IS NOT NULL"),
        QStringLiteral("INSERT INTO sync_sms_requests (uuid, template, mobile, params, "
                       "household_id, requested_utc) SELECT "
                       "'00000000-0000-4000-8000-0000000000c1', 'visit-reminder', '09120000000', "
                       "'{\"date\":\"1405-09-10\"}', id, 't11' FROM households"),
        QStringLiteral("INSERT INTO sync_conflicts (uuid, entity, record_uuid, field, kind, mine, "
                       "theirs) VALUES ('00000000-0000-4000-8000-0000000000d1', 'person', "
                       "'00000000-0000-4000-8000-000000000012', 'mobile', 'both-kept', "
                       "'\"0912\"', 'null')"),
    };
    storage::WriteTransaction tx(db);
    for (const QString &sql : statements) {
        if (!run(db, sql))
            return false;
    }
    return tx.commit();
}

} // namespace pluslife::test
