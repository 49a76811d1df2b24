#pragma once

#include "records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The conflict rules of sync/protocol/README.md "Entities" and "Conflicts", on records already
// loaded (and locked) in memory. No database here: the push transaction loads, applies ops one
// by one in order, then writes what changed.
namespace pluslife::central {

struct Op {
    QString opId;
    QString entity;
    QString uuid;
    QString action;
    qint64 baseVersion = 0;
    QJsonObject fields;
};

struct OpResult {
    QString status;
    qint64 version = 0;
    QJsonValue record = QJsonValue::Null;
    QJsonArray conflicts;
    QString errorCode;
    QString errorMessage;

    QJsonObject toJson(const QString &opId, bool repeat) const;
    static OpResult rejected(const QString &code, const QString &message, qint64 version = 0);
};

struct SmsRow {
    QString requestUuid;
    QString templateName;
    QString mobile;
    QJsonValue params;
};

// A registry answer: {first_name, last_name, birth_date, alive}, keyed by national code.
using Registry = QHash<QString, QJsonObject>;

class MergeEngine {
public:
    MergeEngine(qint64 centerId, QString deviceId, QString nowIso, QHash<QString, Rec> *records,
                const Registry *registry);

    OpResult apply(const Op &op);

    // The records to write (conflicts opened by the ops included). Call once, after the ops.
    QList<Rec *> dirty();
    const QList<SmsRow> &sms() const { return m_sms; }

private:
    OpResult upsert(const Op &op, Rec &r);
    OpResult appendOnly(const Op &op, Rec &r);
    OpResult inquiry(const Op &op, Rec &r);
    OpResult remove(const Op &op, Rec &r);
    OpResult resolve(const Op &op, Rec &conflict);
    OpResult insertNew(const Op &op, Rec &r);
    QJsonObject openConflict(const Rec &r, const QString &field, const QString &kind,
                             const QJsonValue &mine, const QJsonValue &theirs);
    void touch(Rec &r);
    OpResult result(const QString &status, const Rec &r) const;

    qint64 m_centerId;
    QString m_deviceId;
    QString m_now;
    QHash<QString, Rec> *m_records;
    const Registry *m_registry;
    QList<SmsRow> m_sms;
    QList<Rec> m_newConflicts;
};

// A JSON value as compact JSON text (the conflict's `resolution`).
QString jsonText(const QJsonValue &value);

} // namespace pluslife::central
