#include "admin.h"

#include "db.h"
#include "devices.h"
#include "records.h"

#include "protocol/entities.h"
#include "protocol/messages.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

qint64 idByCode(Db &db, const char *table, const QString &code, const char *what)
{
    const QVariant id = db.scalar(
        QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)), {code});
    if (!id.isValid())
        throw AdminError(QStringLiteral("no %1 with code %2").arg(QLatin1String(what), code));
    return id.toLongLong();
}

void requireNew(Db &db, const char *table, const QString &code, const char *what)
{
    if (db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(QLatin1String(table)),
                  {code})
            .isValid())
        throw AdminError(
            QStringLiteral("a %1 with code %2 already exists").arg(QLatin1String(what), code));
}

void requireText(const QString &value, const char *option)
{
    if (value.trimmed().isEmpty())
        throw AdminError(QStringLiteral("--%1 is required").arg(QLatin1String(option)));
}

// A minimal CSV line split: commas, double quotes around fields that contain them.
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += ch;
        }
    }
    fields << field.trimmed();
    return fields;
}

void commitRecords(Db &db, qint64 centerId, QList<Rec> &records)
{
    QList<Rec *> dirty;
    for (Rec &r : records)
        dirty << &r;
    writeRecords(db, centerId, dirty, QString());
}

} // namespace

void addProvince(Db &db, const QString &code, const QString &name)
{
    requireText(code, "code");
    requireText(name, "name");
    requireNew(db, "provinces", code, "province");
    db.exec(QStringLiteral("INSERT INTO provinces (code, name) VALUES (?, ?)"), {code, name})
        .finish();
}

void addCounty(Db &db, const QString &provinceCode, const QString &code, const QString &name)
{
    requireText(code, "code");
    requireText(name, "name");
    const qint64 province = idByCode(db, "provinces", provinceCode, "province");
    requireNew(db, "counties", code, "county");
    db.exec(QStringLiteral("INSERT INTO counties (province_id, code, name) VALUES (?, ?, ?)"),
            {province, code, name})
        .finish();
}

QString addCenter(Db &db, const QString &countyCode, const QString &code, const QString &name,
                  const QString &uuid)
{
    requireText(code, "code");
    requireText(name, "name");
    const QString id = uuid.isEmpty() ? proto::newUuid() : uuid;
    if (!proto::isUuid(id))
        throw AdminError(QStringLiteral("--uuid must be a lowercase UUID"));
    const qint64 county = idByCode(db, "counties", countyCode, "county");
    requireNew(db, "centers", code, "center");
    db.exec(QStringLiteral(
                "INSERT INTO centers (uuid, county_id, code, name) VALUES (?::uuid, ?, ?, ?)"),
            {id, county, code, name})
        .finish();
    return id;
}

QString addWorker(Db &db, const QString &centerCode, const QString &username,
                  const QString &displayName, const QString &role, const QDateTime &now)
{
    requireText(username, "username");
    requireText(displayName, "name");
    static const QStringList roles = {QStringLiteral("manager"), QStringLiteral("social-worker"),
                                      QStringLiteral("specialist"), QStringLiteral("reception")};
    if (!roles.contains(role))
        throw AdminError(
            QStringLiteral("--role must be manager, social-worker, specialist or reception"));
    const qint64 center = idByCode(db, "centers", centerCode, "center");
    db.begin();
    try {
        if (db.scalar(QStringLiteral("SELECT 1 FROM records WHERE entity = 'worker' AND "
                                     "center_id = ? AND data->>'username' = ?"),
                      {center, username})
                .isValid())
            throw AdminError(QStringLiteral("the center already has that username"));
        Rec r;
        r.entity = QStringLiteral("worker");
        r.uuid = proto::newUuid();
        r.centerId = center;
        r.version = 1;
        const QString at = isoUtc(now);
        r.data = QJsonObject{{QStringLiteral("username"), username},
                             {QStringLiteral("display_name"), displayName},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("active"), 1},
                             {QStringLiteral("must_change_password"), 1},
                             {QStringLiteral("nda_accepted_utc"), QJsonValue::Null},
                             {QStringLiteral("nda_version"), QJsonValue::Null},
                             {QStringLiteral("caseload_limit"), 150},
                             {QStringLiteral("created_utc"), at},
                             {QStringLiteral("updated_utc"), at},
                             {QStringLiteral("disabled_utc"), QJsonValue::Null}};
        for (auto it = r.data.constBegin(); it != r.data.constEnd(); ++it)
            r.fieldVersions.insert(it.key(), 1);
        QList<Rec> records{r};
        commitRecords(db, center, records);
        db.commit();
        return r.uuid;
    } catch (...) {
        db.rollback();
        throw;
    }
}

QString issueCode(Db &db, const QString &centerCode, int days, const QDateTime &now)
{
    if (days < 1 || days > 365)
        throw AdminError(QStringLiteral("--days must be 1 to 365"));
    return issueEnrolmentCode(db, idByCode(db, "centers", centerCode, "center"), days, now);
}

void revokeDevice(Db &db, const QString &deviceId, const QDateTime &now)
{
    if (!proto::isUuid(deviceId))
        throw AdminError(QStringLiteral("--device must be a lowercase UUID"));
    const QVariant done =
        db.scalar(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) "
                                 "WHERE id = ?::uuid RETURNING 1"),
                  {now.toUTC(), deviceId});
    if (!done.isValid())
        throw AdminError(QStringLiteral("no such device"));
}

QJsonArray deviceReport(Db &db)
{
    QSqlQuery &query = db.exec(QStringLiteral(
        "SELECT d.id::text, c.code, d.name, d.enrolled_at, d.last_sync_at, d.revoked_at, "
        "(SELECT count(*) FROM ops o WHERE o.device_id = d.id AND o.status = 'held'), "
        "(SELECT count(*) FROM ops o WHERE o.device_id = d.id AND o.status = 'rejected'), "
        "(SELECT count(*) FROM records r WHERE r.center_id = d.center_id AND "
        " r.entity = 'sync_conflict' AND r.data->>'status' = 'open') "
        "FROM devices d JOIN centers c ON c.id = d.center_id ORDER BY c.code, d.enrolled_at"));
    QJsonArray list;
    const auto when = [](const QVariant &v) -> QJsonValue {
        return v.isNull() ? QJsonValue::Null : QJsonValue(isoUtc(v.toDateTime()));
    };
    while (query.next()) {
        list.append(QJsonObject{{QStringLiteral("device_id"), query.value(0).toString()},
                                {QStringLiteral("center"), query.value(1).toString()},
                                {QStringLiteral("name"), query.value(2).toString()},
                                {QStringLiteral("enrolled_at"), when(query.value(3))},
                                {QStringLiteral("last_sync_at"), when(query.value(4))},
                                {QStringLiteral("revoked"), !query.value(5).isNull()},
                                {QStringLiteral("held_ops"), query.value(6).toLongLong()},
                                {QStringLiteral("rejected_ops"), query.value(7).toLongLong()},
                                {QStringLiteral("open_conflicts"), query.value(8).toLongLong()}});
    }
    query.finish();
    return list;
}

int loadRegistryCsv(Db &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw AdminError(QStringLiteral("cannot read %1").arg(path));
    QTextStream in(&file);
    QJsonArray rows;
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsv(line);
        if (lineNumber == 1 && f.value(0) == QLatin1String("national_code"))
            continue;
        const QString alive = f.value(4).toLower();
        const bool aliveKnown =
            QStringList{QStringLiteral("1"),     QStringLiteral("0"),   QStringLiteral("true"),
                        QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no")}
                .contains(alive);
        if (f.size() != 5 || f.at(0).isEmpty() || !aliveKnown)
            throw AdminError(QStringLiteral("line %1: expected national_code,first_name,"
                                            "last_name,birth_date,alive")
                                 .arg(lineNumber));
        rows.append(QJsonObject{{QStringLiteral("national_code"), f.at(0)},
                                {QStringLiteral("first_name"), f.at(1)},
                                {QStringLiteral("last_name"), f.at(2)},
                                {QStringLiteral("birth_date"), f.at(3)},
                                {QStringLiteral("alive"), alive == QLatin1String("1") ||
                                                              alive == QLatin1String("true") ||
                                                              alive == QLatin1String("yes")}});
    }
    db.begin();
    try {
        const int batch = 2000;
        for (int start = 0; start < rows.size(); start += batch) {
            QJsonArray part;
            for (int i = start; i < std::min<int>(start + batch, rows.size()); ++i)
                part.append(rows.at(i));
            db.exec(QStringLiteral(
                        "INSERT INTO registry_people (national_code, first_name, last_name, "
                        "birth_date, alive) SELECT DISTINCT ON (national_code) * FROM "
                        "jsonb_to_recordset(?::jsonb) AS x(national_code text, first_name text, "
                        "last_name text, birth_date text, alive boolean) "
                        "ON CONFLICT (national_code) DO UPDATE SET first_name = "
                        "EXCLUDED.first_name, last_name = EXCLUDED.last_name, birth_date = "
                        "EXCLUDED.birth_date, alive = EXCLUDED.alive"),
                    {QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact))})
                .finish();
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
    return static_cast<int>(rows.size());
}

void replyToReferral(Db &db, const QString &referralUuid, bool accept, const QString &reason,
                     const QDateTime &now)
{
    if (!proto::isUuid(referralUuid))
        throw AdminError(QStringLiteral("--referral must be a lowercase UUID"));
    if (!accept && reason.trimmed().isEmpty())
        throw AdminError(QStringLiteral("a refusal needs a reason"));
    db.begin();
    try {
        QHash<QString, Rec> loaded =
            loadRecords(db, {{QStringLiteral("referral"), referralUuid}}, true);
        if (loaded.isEmpty() || loaded.begin()->deleted)
            throw AdminError(QStringLiteral("no such referral"));
        Rec referral = loaded.begin().value();
        const QString from = referral.data.value(QStringLiteral("state")).toString();
        const qint64 priority =
            referral.data.value(QStringLiteral("current_priority")).toInteger(1);
        QString eventTo = accept ? QStringLiteral("accepted") : QStringLiteral("rejected");
        if (!proto::isLegalReferralTransition(from, eventTo) || from == eventTo)
            throw AdminError(
                QStringLiteral("a referral in state %1 cannot be %2").arg(from, eventTo));
        QString newState = eventTo;
        qint64 newPriority = priority;
        if (!accept) {
            // The next destination the applicant ranked, or the end of the cycle.
            QList<qint64> ranks;
            QSqlQuery &query = db.exec(
                QStringLiteral("SELECT (data->>'priority')::bigint FROM records WHERE entity = "
                               "'referral_destination' AND data->>'referral_id' = ? AND NOT "
                               "deleted AND center_id = ?"),
                {referralUuid, referral.centerId});
            while (query.next())
                ranks << query.value(0).toLongLong();
            query.finish();
            if (ranks.isEmpty())
                ranks = {1, 2, 3};
            std::sort(ranks.begin(), ranks.end());
            const auto next = std::upper_bound(ranks.begin(), ranks.end(), priority);
            if (next != ranks.end()) {
                newState = QStringLiteral("sent");
                newPriority = *next;
            } else {
                newState = QStringLiteral("exhausted");
            }
        }
        const QString at = isoUtc(now);
        referral.version += 1;
        const QJsonObject changes{{QStringLiteral("state"), newState},
                                  {QStringLiteral("current_priority"), newPriority},
                                  {QStringLiteral("updated_utc"), at}};
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (referral.data.value(it.key()) != it.value()) {
                referral.data.insert(it.key(), it.value());
                referral.fieldVersions.insert(it.key(), referral.version);
            }
        }
        Rec event;
        event.entity = QStringLiteral("referral_event");
        event.uuid = proto::newUuid();
        event.centerId = referral.centerId;
        event.version = 1;
        event.data = QJsonObject{
            {QStringLiteral("referral_id"), referralUuid},
            {QStringLiteral("at_utc"), at},
            // Clients keep a worker on every event: the agency's answer
            // is filed under the worker who sent the referral.
            {QStringLiteral("worker_id"), referral.data.value(QStringLiteral("created_by"))},
            {QStringLiteral("from_state"), from},
            {QStringLiteral("to_state"), eventTo},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("reason"), accept ? QString() : reason}};
        for (auto it = event.data.constBegin(); it != event.data.constEnd(); ++it)
            event.fieldVersions.insert(it.key(), 1);
        QList<Rec> records{referral, event};
        commitRecords(db, referral.centerId, records);
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
}

void publishResource(Db &db, const QString &kind, const QString &id, const QString &version,
                     const QByteArray &content)
{
    if (kind != QLatin1String("form") && kind != QLatin1String("needs-rules") &&
        kind != QLatin1String("holidays"))
        throw AdminError(QStringLiteral("--kind must be form, needs-rules or holidays"));
    requireText(id, "id");
    requireText(version, "version");
    if (id.contains(QLatin1Char('/')) || version.contains(QLatin1Char('/')))
        throw AdminError(QStringLiteral("--id and --version cannot contain '/'"));
    if (kind != QLatin1String("form")) {
        QJsonParseError error;
        QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError)
            throw AdminError(QStringLiteral("%1 must be JSON").arg(kind));
    }
    db.exec(QStringLiteral("INSERT INTO resources (kind, id, version, sha256, content) VALUES "
                           "(?, ?, ?, ?, ?) ON CONFLICT (kind, id, version) DO UPDATE SET "
                           "sha256 = EXCLUDED.sha256, content = EXCLUDED.content, "
                           "published_at = now()"),
            {kind, id, version, sha256Hex(content), content})
        .finish();
}

QJsonArray smsOutbox(Db &db)
{
    QSqlQuery &query = db.exec(QStringLiteral(
        "SELECT s.id, c.code, s.request_uuid::text, s.template, s.mobile, s.params::text, "
        "s.status, s.created_at FROM sms_outbox s JOIN centers c ON c.id = s.center_id "
        "ORDER BY s.id"));
    QJsonArray list;
    while (query.next()) {
        list.append(
            QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                        {QStringLiteral("center"), query.value(1).toString()},
                        {QStringLiteral("request_uuid"), query.value(2).toString()},
                        {QStringLiteral("template"), query.value(3).toString()},
                        {QStringLiteral("mobile"), query.value(4).toString()},
                        {QStringLiteral("params"),
                         QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()},
                        {QStringLiteral("status"), query.value(6).toString()},
                        {QStringLiteral("created_at"), isoUtc(query.value(7).toDateTime())}});
    }
    query.finish();
    return list;
}

int bumpEpoch(Db &db)
{
    return db.scalar(QStringLiteral("UPDATE server_state SET epoch = epoch + 1 RETURNING epoch"))
        .toInt();
}

} // namespace pluslife::central
