// Assignment within capacity: warn at 90 %, block at 100 %, a manager's override with a reason
// is audited; the center's licence limits intake the same way.
#include "services/capacityservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

class TestCapacityService : public QObject {
    Q_OBJECT

private slots:
    void workerLimitWarnsBlocksAndOverrides();
    void centerLicenceLimitsIntake();
    void onlyManagersAssign();
};

void TestCapacityService::workerLimitWarnsBlocksAndOverrides()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    CapacityService capacity(*center.session);
    QVERIFY(capacity.setWorkerLimit(sara, 10).ok());
    QList<qint64> files;
    for (int i = 0; i < 11; ++i)
        files << center.openHousehold(i);
    QVERIFY(!files.contains(0));
    QStringList warnings;
    QVERIFY(capacity.assign(files.mid(0, 8), sara, {}, &warnings).ok());
    QVERIFY(warnings.isEmpty());
    QVERIFY(capacity.assign({files.at(8)}, sara, {}, &warnings).ok()); // 9 of 10: 90 %
    QCOMPARE(warnings.size(), 1);
    QVERIFY(capacity.assign({files.at(9)}, sara, {}, &warnings).ok()); // 10 of 10
    const auto blocked = capacity.assign({files.at(10)}, sara, {}, &warnings);
    QCOMPARE(blocked.code, StoreErrorCode::InvalidInput);
    QCOMPARE(capacity.workerUsage(sara).used, 10); // nothing changed
    QVERIFY(capacity.assign({files.at(10)}, sara, QStringLiteral("همکار در مرخصی است"), &warnings)
                .ok());
    QCOMPARE(capacity.workerUsage(sara).used, 11);
    bool audited = false;
    for (const auto &entry : center.session->audit().recent(20))
        audited = audited || entry.action == QLatin1String("capacity.override");
    QVERIFY(audited);
    const auto report = capacity.report();
    QCOMPARE(report.center.used, 11);
    QCOMPARE(report.unassigned, 0);
    // Bulk move back to the unassigned queue.
    QVERIFY(capacity.assign(files, 0, {}, &warnings).ok());
    QCOMPARE(capacity.report().unassigned, 11);
}

void TestCapacityService::centerLicenceLimitsIntake()
{
    test::CenterFixture center;
    QVERIFY(center.create(10));
    for (int i = 0; i < 10; ++i)
        QVERIFY(center.openHousehold(i) != 0);
    QCOMPARE(center.openHousehold(10), 0); // blocked at 100 %
    HouseholdService::NewFile file;
    file.head.firstName = QStringLiteral("نام");
    file.head.lastName = QStringLiteral("خانواده");
    file.head.sex = QStringLiteral("male");
    file.head.nationalCode = QStringLiteral("0076229645");
    file.capacityOverrideReason = QStringLiteral("ارجاع فوری اداره شهرستان");
    QVERIFY(HouseholdService(*center.session).openFile(file, nullptr).ok());
    QCOMPARE(CapacityService(*center.session).centerUsage().used, 11);
}

void TestCapacityService::onlyManagersAssign()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    const qint64 file = center.openHousehold(1);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    QCOMPARE(CapacityService(*center.session).assign({file}, sara, {}, nullptr).code,
             StoreErrorCode::NotPermitted);
    QVERIFY(CapacityService(*center.session).report().workers.isEmpty());
}

QTEST_GUILESS_MAIN(TestCapacityService)
#include "tst_capacityservice.moc"
