// Throughput of the client-side sync store on a real SQLCipher store (not a test: prints
// figures). Run under installer/with-keyring.sh:
//   bench_apply [records=100000] [page=2000]
// 1. applies synthetic people, households, memberships and timeline events as pulled pages
//    (one transaction and one ApplyGuard per page), then the same records again as updates;
// 2. seals 1,000 dirty records into operations and records 1,000 "applied" answers.
#include "syncfixture.h"

#include "client/outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace pluslife;
using namespace pluslife::sync;

namespace {

// The machine may be shared (other builds): CPU time of this thread beside wall time.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString uuidFor(int kind, int i)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(i, 12, 16, QLatin1Char('0'));
}

QList<std::pair<QString, QJsonObject>> page(int first, int count, const QString &worker, int round)
{
    QList<std::pair<QString, QJsonObject>> records;
    const QString suffix = round == 0 ? QString() : QStringLiteral(" %1").arg(round);
    for (int i = first; i < first + count; ++i) {
        records.append(
            {QStringLiteral("person/") + uuidFor(1, i),
             {{QStringLiteral("first_name"), QStringLiteral("نام%1").arg(i) + suffix},
              {QStringLiteral("last_name"), QStringLiteral("خانواده")},
              {QStringLiteral("sex"), i % 2 ? QStringLiteral("male") : QStringLiteral("female")},
              {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
              {QStringLiteral("mobile"), QStringLiteral("0912%1").arg(i, 7, 10, QLatin1Char('0'))},
              {QStringLiteral("created_utc"), QStringLiteral("2026-01-01T00:00:00Z")},
              {QStringLiteral("updated_utc"), QStringLiteral("2026-01-01T00:00:00Z")}}});
    }
    for (int i = first; i < first + count; ++i) {
        records.append({QStringLiteral("household/") + uuidFor(2, i),
                        {{QStringLiteral("file_number"), QStringLiteral("B-%1").arg(i)},
                         {QStringLiteral("head_person_id"), uuidFor(1, i)},
                         {QStringLiteral("worker_id"), worker},
                         {QStringLiteral("city"), QStringLiteral("ری") + suffix},
                         {QStringLiteral("opened_utc"), QStringLiteral("2026-01-01T00:00:00Z")},
                         {QStringLiteral("updated_utc"), QStringLiteral("2026-01-01T00:00:00Z")}}});
    }
    for (int i = first; i < first + count; ++i) {
        records.append({QStringLiteral("membership/") + uuidFor(3, i),
                        {{QStringLiteral("household_id"), uuidFor(2, i)},
                         {QStringLiteral("person_id"), uuidFor(1, i)},
                         {QStringLiteral("relation"), QStringLiteral("head")},
                         {QStringLiteral("joined_on"), QStringLiteral("2026-01-01")}}});
    }
    for (int i = first; i < first + count; ++i) {
        records.append({QStringLiteral("timeline_event/") + uuidFor(4, i),
                        {{QStringLiteral("household_id"), uuidFor(2, i)},
                         {QStringLiteral("at_utc"), QStringLiteral("2026-01-01T00:00:00Z")},
                         {QStringLiteral("worker_id"), worker},
                         {QStringLiteral("kind"), QStringLiteral("file.opened")},
                         {QStringLiteral("details"), QStringLiteral("{}")}}});
    }
    return records;
}

double applyAll(QSqlDatabase db, int total, int pageSize, const QString &worker, int round,
                int *applied, double *cpu)
{
    const int perKind = total / 4, perPage = pageSize / 4;
    QElapsedTimer timer;
    qint64 elapsed = 0;
    *cpu = 0;
    for (int first = 0; first < perKind; first += perPage) {
        const auto records = page(first, qMin(perPage, perKind - first), worker, round);
        timer.start();
        const double cpuStart = cpuSeconds();
        storage::WriteTransaction tx(db);
        {
            ApplyGuard guard(db);
            LocalRecords local(db);
            for (const auto &[key, fields] : records) {
                const auto result = local.apply(key.section(QLatin1Char('/'), 0, 0),
                                                key.section(QLatin1Char('/'), 1), fields, false);
                *applied += result == ApplyResult::Applied ? 1 : 0;
            }
        }
        tx.commit();
        elapsed += timer.nsecsElapsed();
        *cpu += cpuSeconds() - cpuStart;
    }
    return elapsed / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int pageSize = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 2000;
    test::CenterFixture center;
    if (!center.create()) {
        std::fprintf(stderr, "could not create a store (is a keyring running?)\n");
        return 1;
    }
    QSqlDatabase db = center.session->database();
    const QString worker =
        test::scalar(db, QStringLiteral("SELECT uuid FROM workers LIMIT 1")).toString();

    const int dirtyBefore = test::dirtyCount(db);
    for (int round = 0; round < 2; ++round) {
        int applied = 0;
        double cpu = 0;
        const double wall = applyAll(db, total, pageSize, worker, round, &applied, &cpu);
        std::printf("apply (%s): %d of %d records in %.2f s wall = %.0f records/s "
                    "(%.2f s CPU = %.0f records/CPU-s)\n",
                    round == 0 ? "insert" : "update", applied, total, wall, applied / wall, cpu,
                    applied / cpu);
    }
    std::printf("captured while applying: %d (must be 0)\n", test::dirtyCount(db) - dirtyBefore);

    // 1,000 local edits, sealed and answered.
    test::run(db, QStringLiteral("UPDATE people SET occupation = 'clerk' WHERE rowid IN (SELECT "
                                 "rowid FROM people ORDER BY rowid LIMIT 1000)"));
    Outbox outbox(db);
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    const int sealed = outbox.seal();
    const double sealSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("seal: %d dirty records into operations in %.3f s (%.3f s CPU)\n", sealed,
                sealSeconds, cpuSeconds() - cpu);
    const QList<OutboxOp> ops = outbox.pending(5000);
    timer.start();
    cpu = cpuSeconds();
    {
        storage::WriteTransaction tx(db);
        for (const OutboxOp &op : ops) {
            OpResult result;
            result.opId = op.opId;
            result.status = QStringLiteral("applied");
            result.version = 2;
            outbox.recordResult(op, result);
        }
        tx.commit();
    }
    std::printf("recordResult: %lld answers in %.3f s (%.3f s CPU)\n",
                static_cast<long long>(ops.size()), timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu);
    return 0;
}
