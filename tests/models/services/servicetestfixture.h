#pragma once

// A center with a signed-in manager on a real store and keychain, for the service tests.
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace pluslife::test {

inline const QString kManagerPassword = QStringLiteral("head of center 1");
inline const QString kWorkerPassword = QStringLiteral("worker pass 1405");

struct CenterFixture {
    QTemporaryDir dir;
    storage::KeychainSecretStore keychain{uniqueKeychainService()};
    ManualClock clock;
    std::unique_ptr<services::Session> session;

    bool create(int capacity = 450)
    {
        QString recovery;
        const auto error = services::CenterSetup::createCenter(
            dir.path(), keychain,
            {QStringLiteral("1001"), QStringLiteral("مرکز امید"), QStringLiteral("تهران"),
             QStringLiteral("ری"), capacity},
            {QStringLiteral("manager"), QStringLiteral("مدیر"), kManagerPassword}, &recovery, clock,
            storage::KdfParams::fastForTests());
        session = std::make_unique<services::Session>(dir.path(), keychain, clock);
        return error.ok() && session->signIn(QStringLiteral("manager"), kManagerPassword).ok();
    }
    qint64 addWorker(const QString &user, domain::WorkerRole role)
    {
        domain::Worker created;
        services::WorkerAdmin(*session).addWorker(user, user, role, kWorkerPassword, &created);
        return created.id;
    }
    // A household whose head has the valid national code made from `serial` (DOMAIN.md §7).
    qint64 openHousehold(int serial, QString *fileNumber = nullptr)
    {
        const QString nine = QStringLiteral("2%1").arg(serial, 8, 10, QLatin1Char('0'));
        int sum = 0;
        for (int d = 0; d < 9; ++d)
            sum += nine.at(d).digitValue() * (10 - d);
        const int r = sum % 11;
        services::HouseholdService::NewFile file;
        file.head.firstName = QStringLiteral("نام%1").arg(serial);
        file.head.lastName = QStringLiteral("خانواده");
        file.head.sex = QStringLiteral("female");
        file.head.nationalCode = nine + QString::number(r < 2 ? r : 11 - r);
        domain::Household created;
        if (!services::HouseholdService(*session).openFile(file, &created).ok())
            return 0;
        if (fileNumber)
            *fileNumber = created.fileNumber;
        return created.id;
    }
};

} // namespace pluslife::test
