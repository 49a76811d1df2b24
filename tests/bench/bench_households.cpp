// Issue 3 figures on a county-sized store: `demo --households 10000` time, search-as-you-type
// per keystroke (p50/p95), opening a household file with its tabs, unlock-to-first-caseload,
// and resident memory. Run with a keychain: installer/with-keyring.sh
// build/bench/tests/bench/bench_households
#include "benchsupport.h"
#include "services/centersetup.h"
#include "services/demofill.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "storage/householdrepository.h"
#include "storage/keychainsecretstore.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pluslife;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    storage::KeychainSecretStore keychain(QStringLiteral("PlusLife Desk bench ") +
                                          QUuid::createUuid().toString());
    const QString password = QStringLiteral("bench password 1405");
    QString recovery;
    if (!services::CenterSetup::createCenter(
             dir.path(), keychain,
             {QStringLiteral("1001"), QStringLiteral("مرکز محک"), QStringLiteral("تهران"),
              QStringLiteral("ری"), 450},
             {QStringLiteral("manager"), QStringLiteral("مدیر"), password}, &recovery,
             SystemClock::instance(), storage::KdfParams::fastForTests())
             .ok())
        return 1;
    services::Session session(dir.path(), keychain);
    if (!session.signIn(QStringLiteral("manager"), password).ok())
        return 1;

    QElapsedTimer timer;
    timer.start();
    services::DemoFill::Result filled;
    if (const auto error = services::DemoFill::fill(session, households, 1405, &filled);
        !error.ok()) {
        std::fprintf(stderr, "demo failed: %s %s\n", qPrintable(error.message),
                     qPrintable(error.detail));
        return 1;
    }
    const double demoMs = ms(timer);

    // Top the timeline up to ten events per household (100,000 for 10,000 files).
    const auto all = services::HouseholdService(session).search(QString(), {}, households + 10);
    {
        storage::WriteTransaction transaction(session.database());
        storage::HouseholdRepository repo(session.database());
        QRandomGenerator random(7);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < households * 9; ++i)
            repo.addTimelineEvent(all.at(int(random.bounded(qint64(all.size())))).id,
                                  session.worker().id, QStringLiteral("note.added"),
                                  {{QStringLiteral("n"), i}},
                                  now.addSecs(-qint64(random.bounded(86400 * 365))));
        transaction.commit();
    }

    // Typing names and codes one keystroke at a time, as the caseload search box sends them.
    services::HouseholdService service(session);
    const QStringList typed{QStringLiteral("محمدی"),   QStringLiteral("فاطمه کریمی"),
                            QStringLiteral("زهرا"),    QStringLiteral("0012"),
                            QStringLiteral("۰۹۱۲"),    all.at(all.size() / 2).fileNumber,
                            QStringLiteral("علی رضا"), QStringLiteral("حسینی")};
    std::vector<double> keystrokes;
    for (const QString &text : typed) {
        for (int n = 1; n <= text.size(); ++n) {
            timer.restart();
            service.search(text.left(n), {});
            keystrokes.push_back(ms(timer));
        }
    }

    // Opening a file with all its tabs: header, members, timeline, visits.
    std::vector<double> opens;
    services::VisitService visits(session);
    QRandomGenerator random(11);
    for (int i = 0; i < 200; ++i) {
        const qint64 id = all.at(int(random.bounded(qint64(all.size())))).id;
        timer.restart();
        domain::Household household;
        QList<domain::Member> members;
        service.open(id, &household, &members);
        service.timeline(id);
        visits.ofHousehold(id);
        opens.push_back(ms(timer));
    }

    // From a locked store to the first caseload page (the unlock's KDF here is the test cost).
    session.signOut();
    timer.restart();
    session.signIn(QStringLiteral("manager"), password);
    service.search(QString(), {});
    const double startMs = ms(timer);

    std::printf("store: %d households, %d people, %d timeline events, %d visits\n",
                filled.households, filled.people, households * 10, filled.visits);
    std::printf("demo --households %d:            %.1f s (target <= 60 s)\n", households,
                demoMs / 1000.0);
    std::printf("search per keystroke (%zu keys): p50 %.1f ms, p95 %.1f ms (target p95 <= 30 ms)\n",
                keystrokes.size(), percentile(keystrokes, 0.5), percentile(keystrokes, 0.95));
    std::printf("open a household file, all tabs: p50 %.1f ms, p95 %.1f ms (target <= 100 ms)\n",
                percentile(opens, 0.5), percentile(opens, 0.95));
    std::printf("unlock (cheap KDF) to first caseload page: %.1f ms (target <= 1500 ms beyond key "
                "derivation)\n",
                startMs);
    std::printf("resident memory: %ld MiB (target <= 250 MB)\n", bench::residentKiB() / 1024);
    return 0;
}
