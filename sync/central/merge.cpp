#include "merge.h"

#include "protocol/entities.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

const QString kState = QStringLiteral("state");
const QString kDeleted = QStringLiteral("deleted");

// Fields the central writes on an inquiry; a client resending its inquiry does not own them.
bool isInquiryAnswerField(const QString &field)
{
    return field == QLatin1String("status") || field == QLatin1String("result") ||
           field == QLatin1String("answered_utc");
}

// PostgreSQL's jsonb cannot hold U+0000: such a value would fail the whole batch, every time.
bool containsNul(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().contains(QChar(u'\0'));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return containsNul(v); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(u'\0')) || containsNul(it.value()))
                return true;
        }
    }
    return false;
}

} // namespace

QString jsonText(const QJsonValue &value)
{
    // QJsonDocument serialises only arrays and objects: wrap and strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject OpResult::toJson(const QString &opId, bool repeat) const
{
    QJsonValue error = QJsonValue::Null;
    if (!errorCode.isEmpty())
        error = QJsonObject{{QStringLiteral("code"), errorCode},
                            {QStringLiteral("message"), errorMessage}};
    return QJsonObject{{QStringLiteral("op_id"), opId},          {QStringLiteral("status"), status},
                       {QStringLiteral("version"), version},     {QStringLiteral("record"), record},
                       {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("error"), error},
                       {QStringLiteral("repeat"), repeat}};
}

OpResult OpResult::rejected(const QString &code, const QString &message, qint64 version)
{
    OpResult r;
    r.status = QLatin1String(proto::status::rejected);
    r.version = version;
    r.errorCode = code;
    r.errorMessage = message;
    return r;
}

MergeEngine::MergeEngine(qint64 centerId, QString deviceId, QString nowIso,
                         QHash<QString, Rec> *records, const Registry *registry)
    : m_centerId(centerId)
    , m_deviceId(std::move(deviceId))
    , m_now(std::move(nowIso))
    , m_records(records)
    , m_registry(registry)
{}

QList<Rec *> MergeEngine::dirty()
{
    for (const Rec &c : std::as_const(m_newConflicts))
        m_records->insert(c.key(), c);
    m_newConflicts.clear();
    QList<Rec *> out;
    for (auto it = m_records->begin(); it != m_records->end(); ++it) {
        if (it->dirty)
            out << &it.value();
    }
    return out;
}

void MergeEngine::touch(Rec &r)
{
    r.version += 1;
    r.dirty = true;
}

OpResult MergeEngine::result(const QString &status, const Rec &r) const
{
    OpResult out;
    out.status = status;
    out.version = r.version;
    out.record = r.data;
    return out;
}

QJsonObject MergeEngine::openConflict(const Rec &r, const QString &field, const QString &kind,
                                      const QJsonValue &mine, const QJsonValue &theirs)
{
    Rec c;
    c.entity = QStringLiteral("sync_conflict");
    c.uuid = proto::newUuid();
    c.centerId = m_centerId;
    c.version = 1;
    c.dirty = true;
    c.data = QJsonObject{{QStringLiteral("entity"), r.entity},
                         {QStringLiteral("record_uuid"), r.uuid},
                         {QStringLiteral("field"), field},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("mine"), mine},
                         {QStringLiteral("theirs"), theirs},
                         {QStringLiteral("status"), QLatin1String(proto::conflict::open)},
                         {QStringLiteral("resolution"), QString()},
                         {QStringLiteral("resolved_by_device"), QString()},
                         {QStringLiteral("created_utc"), m_now}};
    for (auto it = c.data.constBegin(); it != c.data.constEnd(); ++it)
        c.fieldVersions.insert(it.key(), 1);
    // Kept aside until dirty(): inserting into m_records now could move the record the caller
    // holds a reference to (QHash rehashes on growth).
    m_newConflicts.append(c);
    return QJsonObject{{QStringLiteral("uuid"), c.uuid},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("mine"), mine},
                       {QStringLiteral("theirs"), theirs}};
}

OpResult MergeEngine::apply(const Op &op)
{
    const auto rule = proto::entityRule(op.entity);
    if (!rule)
        return OpResult::rejected(QLatin1String(proto::error::unknownEntity),
                                  QStringLiteral("unknown entity"));
    if (!proto::isUuid(op.uuid))
        return OpResult::rejected(QLatin1String(proto::error::invalidField),
                                  QStringLiteral("uuid is not a lowercase UUID"));
    if (containsNul(op.fields))
        return OpResult::rejected(QLatin1String(proto::error::invalidField),
                                  QStringLiteral("a value contains a NUL character"));
    const QString key = recordKey(op.entity, op.uuid);
    auto it = m_records->find(key);
    if (it == m_records->end()) {
        Rec fresh;
        fresh.entity = op.entity;
        fresh.uuid = op.uuid;
        fresh.centerId = m_centerId;
        it = m_records->insert(key, fresh);
    }
    Rec &r = it.value();
    if (r.exists() && r.centerId != m_centerId)
        return OpResult::rejected(QLatin1String(proto::error::outOfScope),
                                  QStringLiteral("the record belongs to another center"));

    if (op.action == QLatin1String(proto::action::resolve)) {
        if (op.entity != QLatin1String("sync_conflict"))
            return OpResult::rejected(QLatin1String(proto::error::invalidField),
                                      QStringLiteral("resolve applies to sync_conflict only"),
                                      r.version);
        return resolve(op, r);
    }
    if (op.action == QLatin1String(proto::action::remove)) {
        if (rule->kind == proto::EntityClass::AppendOnly ||
            rule->kind == proto::EntityClass::CentralOwned)
            return OpResult::rejected(QLatin1String(proto::error::immutable),
                                      QStringLiteral("this entity cannot be deleted"), r.version);
        return remove(op, r);
    }
    if (op.action != QLatin1String(proto::action::upsert))
        return OpResult::rejected(QLatin1String(proto::error::invalidField),
                                  QStringLiteral("unknown action"), r.version);
    if (op.entity == QLatin1String("sync_conflict"))
        return OpResult::rejected(QLatin1String(proto::error::immutable),
                                  QStringLiteral("conflicts change only by resolve"), r.version);
    if (op.entity == QLatin1String("inquiry"))
        return inquiry(op, r);
    if (rule->kind == proto::EntityClass::AppendOnly)
        return appendOnly(op, r);
    return upsert(op, r);
}

OpResult MergeEngine::insertNew(const Op &op, Rec &r)
{
    if (op.baseVersion != 0)
        return OpResult::rejected(QLatin1String(proto::error::notFound),
                                  QStringLiteral("no such record"));
    r.data = op.fields;
    r.deleted = false;
    touch(r);
    for (auto it = r.data.constBegin(); it != r.data.constEnd(); ++it)
        r.fieldVersions.insert(it.key(), r.version);
    if (op.entity == QLatin1String("sms_request")) {
        m_sms << SmsRow{r.uuid, r.data.value(QStringLiteral("template")).toString(),
                        r.data.value(QStringLiteral("mobile")).toString(),
                        r.data.value(QStringLiteral("params"))};
    }
    return result(QLatin1String(proto::status::applied), r);
}

OpResult MergeEngine::appendOnly(const Op &op, Rec &r)
{
    if (!r.exists())
        return insertNew(op, r);
    if (r.data == op.fields)
        return result(QLatin1String(proto::status::duplicate), r);
    return OpResult::rejected(QLatin1String(proto::error::immutable),
                              QStringLiteral("append-only record already exists with other "
                                             "content"),
                              r.version);
}

OpResult MergeEngine::inquiry(const Op &op, Rec &r)
{
    if (r.exists()) {
        for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
            if (!isInquiryAnswerField(it.key()) && r.data.value(it.key()) != it.value())
                return OpResult::rejected(QLatin1String(proto::error::immutable),
                                          QStringLiteral("an inquiry cannot be changed"),
                                          r.version);
        }
        return result(QLatin1String(proto::status::duplicate), r);
    }
    OpResult inserted = insertNew(op, r);
    if (inserted.status != QLatin1String(proto::status::applied))
        return inserted;
    // Answered in the same transaction: the client pulls the answer with its next page.
    const QString code = op.fields.value(QStringLiteral("national_code")).toString();
    QJsonObject answer{{QStringLiteral("found"), false}};
    const auto found = m_registry->constFind(code);
    if (!code.isEmpty() && found != m_registry->constEnd()) {
        answer = found.value();
        answer.insert(QStringLiteral("found"), true);
    }
    // `result` travels as JSON text: the client keeps it in a TEXT column as it arrives.
    r.data.insert(QStringLiteral("status"), QStringLiteral("answered"));
    r.data.insert(QStringLiteral("result"),
                  QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    r.data.insert(QStringLiteral("answered_utc"), m_now);
    for (const char *field : {"status", "result", "answered_utc"})
        r.fieldVersions.insert(QLatin1String(field), r.version);
    return result(QLatin1String(proto::status::applied), r);
}

OpResult MergeEngine::remove(const Op &op, Rec &r)
{
    if (!r.exists())
        return OpResult::rejected(QLatin1String(proto::error::notFound),
                                  QStringLiteral("no such record"));
    if (r.deleted)
        return result(QLatin1String(proto::status::applied), r);
    if (op.baseVersion > r.version)
        return OpResult::rejected(QLatin1String(proto::error::resetRequired),
                                  QStringLiteral("base_version is ahead of the server"), r.version);
    if (op.baseVersion < r.version) {
        // A tombstone never beats a newer edit: the record stays, a worker decides.
        OpResult out = result(QLatin1String(proto::status::held), r);
        out.conflicts.append(
            openConflict(r, kDeleted, QLatin1String(proto::conflict::tombstoneLost), true, false));
        return out;
    }
    r.deleted = true;
    touch(r);
    return result(QLatin1String(proto::status::applied), r);
}

OpResult MergeEngine::upsert(const Op &op, Rec &r)
{
    if (!r.exists())
        return insertNew(op, r);
    if (op.baseVersion > r.version)
        return OpResult::rejected(QLatin1String(proto::error::resetRequired),
                                  QStringLiteral("base_version is ahead of the server"), r.version);
    const auto rule = proto::entityRule(op.entity);
    if (rule->kind == proto::EntityClass::StateMachine && op.fields.contains(kState)) {
        const QString from = r.data.value(kState).toString();
        const QString to = op.fields.value(kState).toString();
        if (!proto::isLegalReferralTransition(from, to))
            return OpResult::rejected(
                QLatin1String(proto::error::illegalTransition),
                QStringLiteral("illegal state transition %1 to %2").arg(from, to), r.version);
    }
    const bool concurrent = op.baseVersion < r.version;
    QJsonArray conflicts;
    QMap<QString, QJsonValue> applied; // field -> the value it replaced
    bool held = false;
    bool keptBoth = false;
    for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
        const QString &field = it.key();
        if (rule->localOnly.contains(field))
            continue;
        // A field the server never had is null (an undefined value would vanish from objects).
        const QJsonValue theirs = r.data.contains(field) ? r.data.value(field) : QJsonValue();
        if (r.data.contains(field) && theirs == it.value())
            continue;
        const bool changedSinceBase = r.fieldVersions.value(field).toInteger() > op.baseVersion;
        if (!changedSinceBase) {
            applied.insert(field, theirs);
            continue;
        }
        if (proto::isBookkeepingField(field)) {
            // Both sides touched it: the later time stands, and nobody is asked about it.
            if (it.value().toString() > theirs.toString())
                applied.insert(field, theirs);
            continue;
        }
        if (rule->critical.contains(field)) {
            held = true;
            conflicts.append(
                openConflict(r, field, QLatin1String(proto::conflict::held), it.value(), theirs));
        } else {
            keptBoth = true;
            conflicts.append(openConflict(r, field, QLatin1String(proto::conflict::bothKept),
                                          it.value(), theirs));
        }
    }
    const bool revive = r.deleted;
    if (revive && concurrent) {
        // The edit beats the tombstone; the deleting side sees the record come back.
        conflicts.append(
            openConflict(r, kDeleted, QLatin1String(proto::conflict::tombstoneLost), false, true));
    }
    if (!applied.isEmpty() || revive) {
        touch(r);
        r.deleted = false;
        for (auto it = applied.constBegin(); it != applied.constEnd(); ++it) {
            r.data.insert(it.key(), op.fields.value(it.key()));
            r.fieldVersions.insert(it.key(), r.version);
            if (concurrent) {
                conflicts.append(openConflict(r, it.key(), QLatin1String(proto::conflict::merged),
                                              op.fields.value(it.key()), it.value()));
            }
        }
    }
    QString status = QLatin1String(proto::status::applied);
    if (held)
        status = QLatin1String(proto::status::held);
    else if (concurrent && (!applied.isEmpty() || keptBoth || revive))
        status = QLatin1String(proto::status::merged);
    OpResult out = result(status, r);
    out.conflicts = conflicts;
    return out;
}

OpResult MergeEngine::resolve(const Op &op, Rec &c)
{
    if (!c.exists())
        return OpResult::rejected(QLatin1String(proto::error::notFound),
                                  QStringLiteral("no such conflict"));
    if (!op.fields.contains(QStringLiteral("value")))
        return OpResult::rejected(QLatin1String(proto::error::invalidField),
                                  QStringLiteral("fields.value is missing"), c.version);
    if (c.data.value(QStringLiteral("status")).toString() != QLatin1String(proto::conflict::open))
        return OpResult::rejected(QLatin1String(proto::error::illegalTransition),
                                  QStringLiteral("the conflict is already resolved"), c.version);
    const QJsonValue value = op.fields.value(QStringLiteral("value"));
    const QString field = c.data.value(QStringLiteral("field")).toString();
    const auto target =
        m_records->find(recordKey(c.data.value(QStringLiteral("entity")).toString(),
                                  c.data.value(QStringLiteral("record_uuid")).toString()));
    if (target != m_records->end() && target->exists() && target->centerId == m_centerId) {
        Rec &r = target.value();
        if (field == kDeleted) {
            if (r.deleted != value.toBool()) {
                r.deleted = value.toBool();
                touch(r);
            }
        } else if (r.data.value(field) != value) {
            touch(r);
            r.data.insert(field, value);
            r.fieldVersions.insert(field, r.version);
        }
    }
    touch(c);
    const QJsonObject changes{{QStringLiteral("status"), QLatin1String(proto::conflict::resolved)},
                              {QStringLiteral("resolution"), jsonText(value)},
                              {QStringLiteral("resolved_by_device"), m_deviceId}};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        c.data.insert(it.key(), it.value());
        c.fieldVersions.insert(it.key(), c.version);
    }
    return result(QLatin1String(proto::status::applied), c);
}

} // namespace pluslife::central
