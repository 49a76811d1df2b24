// Issue 5 figures on a county-sized store (10,000 households from DemoFill): ranking every
// household by need, and one household's score with its explanation (what the needs panel
// shows). Run with a keychain: installer/with-keyring.sh build/bench/tests/bench/bench_needs
#include "services/centersetup.h"
#include "services/demofill.h"
#include "services/needsassessment.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    services::DemoFill::Result filled;
    if (const auto error = services::DemoFill::fill(session, households, 1405, &filled);
        !error.ok()) {
        std::fprintf(stderr, "demo failed: %s %s\n", qPrintable(error.message),
                     qPrintable(error.detail));
        return 1;
    }

    services::NeedsAssessment needs(session);
    if (!needs.rules()) {
        std::fprintf(stderr, "the shipped needs rules did not load\n");
        return 1;
    }
    // Rank all (the manager's list), five times: the first includes SQLite's cold page cache.
    std::vector<double> ranks;
    QList<services::NeedsAssessment::Ranked> ranked;
    QElapsedTimer timer;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        storage::StoreError error;
        ranked = needs.rankAll(services::NeedsAssessment::RankFilter(), &error);
        ranks.push_back(ms(timer));
        if (!error.ok()) {
            std::fprintf(stderr, "rank failed: %s\n", qPrintable(error.detail));
            return 1;
        }
    }
    services::NeedsAssessment::RankFilter urgent;
    urgent.band = QStringLiteral("urgent");
    timer.restart();
    const int urgentCount = int(needs.rankAll(urgent).size());
    const double urgentMs = ms(timer);

    // One household's score with its explanation (indicator contributions and suggestions).
    std::vector<double> explains;
    QRandomGenerator random(5);
    for (int i = 0; i < 200; ++i) {
        const qint64 id = ranked.at(int(random.bounded(qint64(ranked.size())))).householdId;
        timer.restart();
        services::NeedsAssessment::Result result;
        needs.assess(id, &result);
        explains.push_back(ms(timer));
    }
    QHash<QString, int> bands;
    for (const auto &r : std::as_const(ranked))
        ++bands[r.effectiveBand];

    std::printf("store: %d households, %d people\n", filled.households, filled.people);
    std::printf("bands: urgent %d, high %d, medium %d, low %d\n",
                bands.value(QStringLiteral("urgent")), bands.value(QStringLiteral("high")),
                bands.value(QStringLiteral("medium")), bands.value(QStringLiteral("low")));
    std::printf("rank all %lld households: first %.1f ms, p50 %.1f ms (target <= 1000 ms)\n",
                static_cast<long long>(ranked.size()), ranks.front(), percentile(ranks, 0.5));
    std::printf("rank the urgent band only (%d): %.1f ms\n", urgentCount, urgentMs);
    std::printf("one household's score and explanation: p50 %.2f ms, p95 %.2f ms (target <= 50 "
                "ms)\n",
                percentile(explains, 0.5), percentile(explains, 0.95));
    return 0;
}
