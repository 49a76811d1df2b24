#pragma once

// Shared by the store-level tests of pluslife-central (tst_centralsync, tst_centralfeed): a
// database of the test's own with two centers (A with two devices, B with one), and helpers
// to push, pull and read records.
#include "centraltest.h"

#include "admin.h"
#include "feed.h"
#include "migrations.h"
#include "push.h"
#include "records.h"
#include "testsupport.h"

#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

#include <memory>
#include <thread>

namespace pluslife::central::test {

inline namespace fixture {

inline const QString kPerson = QStringLiteral("person");

inline QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(f.first, f.second);
    return o;
}

inline QString newId()
{
    return pluslife::sync::protocol::newUuid();
}

} // namespace fixture

} // namespace pluslife::central::test

namespace pluslife::central::test {

class SyncFixture : public QObject {
protected:
    std::unique_ptr<TestDatabase> m_db;
    TestCenter m_a;
    TestCenter m_b;
    Device m_a1;
    Device m_a2;
    Device m_b1;

    Db &db() { return m_db->db(); }

    QJsonArray pushOps(const Device &device, const QList<Op> &ops)
    {
        PushCounts counts;
        return push(db(), device, ops, QDateTime::currentDateTimeUtc(), &counts)
            .value(QStringLiteral("results"))
            .toArray();
    }
    QJsonObject pushOne(const Device &device, const Op &op)
    {
        return pushOps(device, {op}).at(0).toObject();
    }

    // Every change of the device's center from seq 0, in pages of `page`.
    QJsonArray pullAll(const Device &device, int page = 1000)
    {
        QJsonArray all;
        qint64 seq = 0;
        QString tag;
        for (;;) {
            QJsonObject answer;
            if (pull(db(), device, seq, tag, page, &answer) != PullOutcome::Ok)
                return {};
            for (const QJsonValue &c : answer.value(QStringLiteral("changes")).toArray())
                all.append(c);
            seq = answer.value(QStringLiteral("cursor"))
                      .toObject()
                      .value(QStringLiteral("seq"))
                      .toInteger();
            tag = answer.value(QStringLiteral("cursor"))
                      .toObject()
                      .value(QStringLiteral("tag"))
                      .toString();
            if (!answer.value(QStringLiteral("more")).toBool())
                return all;
        }
    }

    QJsonObject current(const QString &entity, const QString &uuid)
    {
        const QHash<QString, Rec> found = loadRecords(db(), {{entity, uuid}}, false);
        if (found.isEmpty())
            return {};
        const Rec &r = found.begin().value();
        QJsonObject out = r.data;
        out.insert(QStringLiteral("_version"), r.version);
        out.insert(QStringLiteral("_deleted"), r.deleted);
        return out;
    }

    // A person created by a1 at version 1.
    QString makePerson()
    {
        const QString uuid = newId();
        const QJsonObject r = pushOne(
            m_a1, upsert(kPerson, uuid, 0,
                         obj({{QStringLiteral("national_code"), QStringLiteral("0012345678")},
                              {QStringLiteral("first_name"), QStringLiteral("Sara")},
                              {QStringLiteral("phone"), QStringLiteral("0911")},
                              {QStringLiteral("address"), QStringLiteral("old")}})));
        if (r.value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            qWarning("makePerson: %s", qPrintable(r.value(QStringLiteral("status")).toString()));
        return uuid;
    }

    void setUpDatabase()
    {
        m_db = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        m_a = makeCenter(db(), QStringLiteral("CA"));
        m_b = makeCenter(db(), QStringLiteral("CB"));
        m_a1 = enrolDevice(db(), m_a);
        m_a2 = enrolDevice(db(), m_a);
        m_b1 = enrolDevice(db(), m_b);
    }
};

} // namespace pluslife::central::test
