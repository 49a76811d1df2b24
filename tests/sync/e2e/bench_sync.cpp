// Issue 6 client figures against a real pluslife-central over loopback TLS (run by
// installer/bench.sh under with-postgres.sh and with-keyring.sh, Release build):
//   - push: 1,000 queued operations (one cycle, in process);
//   - first download of a 450-household center with its history (~100,000 rows) and the rate
//     pulled changes are applied at;
//   - the GUI thread's longest stall while SyncController downloads on its own thread.
#include "centralfixture.h"
#include "client/synccontroller.h"
#include "client/syncengine.h"
#include "clientfixture.h"
#include "services/demofill.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace pluslife;
using namespace pluslife::test;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// History on top of the demo files: timeline events and notes, straight into the store (the
// capture triggers queue them like any other change).
bool addHistory(ClientFixture &client, int rows)
{
    QSqlDatabase db = client.session().vault().database();
    storage::WriteTransaction tx(db);
    QSqlQuery households(db);
    households.exec(QStringLiteral("SELECT id FROM households"));
    QList<qint64> ids;
    while (households.next())
        ids << households.value(0).toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO timeline_events (household_id, at_utc, worker_id, "
                                  "kind, details) VALUES (?, ?, ?, 'note.added', '{}')"));
    const qint64 worker = client.session().worker().id;
    for (int i = 0; i < rows; ++i) {
        insert.addBindValue(ids.at(i % ids.size()));
        insert.addBindValue(QStringLiteral("2026-0%1-1%2T08:00:00Z").arg(1 + i % 9).arg(i % 10));
        insert.addBindValue(worker);
        if (!insert.exec())
            return false;
    }
    return tx.commit();
}

int countRows(ClientFixture &client, const QString &table)
{
    QSqlQuery query(client.session().vault().database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 450;
    const int history = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 95000;
    CentralFixture central;
    if (!central.setUp() || !central.start()) {
        std::fprintf(stderr, "central: %s\n", qPrintable(central.error()));
        return 1;
    }
    ClientFixture source;
    services::DemoFill::Result filled;
    QString enrolError;
    if (!source.create() ||
        !services::DemoFill::fill(source.session(), households, 1405, &filled).ok() ||
        !addHistory(source, history) ||
        !source.enroll(central.url(), central.issueCode(QStringLiteral("230101")),
                       central.pki().caCert, &enrolError)) {
        std::fprintf(stderr, "could not prepare the source device %s\n", qPrintable(enrolError));
        return 1;
    }
    const int rows = countRows(source, QStringLiteral("sync_dirty"));
    sync::SyncEngine sourceEngine(source.session().vault(), source.keychain(),
                                  SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    sync::CycleReport seed = sourceEngine.runCycle();
    std::printf("seed push: %d changed rows, %d records from %d households in %.1f s (%.0f ops/s) "
                "ok=%d\n",
                rows, seed.pushed, filled.households, seconds(timer), seed.pushed / seconds(timer),
                seed.ok);
    std::fflush(stdout);

    // 1,000 queued operations.
    {
        QSqlQuery edit(source.session().vault().database());
        edit.exec(QStringLiteral("UPDATE people SET occupation = 'bench-' || id WHERE id IN "
                                 "(SELECT id FROM people ORDER BY id LIMIT 1000)"));
        const int queued = countRows(source, QStringLiteral("sync_dirty"));
        timer.restart();
        const sync::CycleReport push = sourceEngine.runCycle();
        std::printf("push: %d queued, %d pushed in one cycle: %.2f s (<= 5 s) ok=%d\n", queued,
                    push.pushed, seconds(timer), push.ok);
        std::fflush(stdout);
    }

    // First download on a new device of the center.
    {
        ClientFixture fresh;
        if (!fresh.create() ||
            !fresh.enroll(central.url(), central.issueCode(QStringLiteral("230101")),
                          central.pki().caCert, &enrolError)) {
            std::fprintf(stderr, "could not prepare the new device %s\n", qPrintable(enrolError));
            return 1;
        }
        sync::SyncEngine engine(fresh.session().vault(), fresh.keychain(), SystemClock::instance());
        timer.restart();
        const sync::CycleReport download = engine.runCycle();
        const double s = seconds(timer);
        std::printf("first download: %d records (%d households) in %.1f s (<= 30 s): %.0f "
                    "records/s applied end to end (>= 8,000) ok=%d\n",
                    download.pulled, countRows(fresh, QStringLiteral("households")), s,
                    download.pulled / s, download.ok);
        std::fflush(stdout);
    }

    // The GUI thread while SyncController downloads everything on its own thread.
    {
        ClientFixture watched;
        if (!watched.create() ||
            !watched.enroll(central.url(), central.issueCode(QStringLiteral("230101")),
                            central.pki().caCert, &enrolError)) {
            std::fprintf(stderr, "could not prepare the watched device %s\n",
                         qPrintable(enrolError));
            return 1;
        }
        sync::SyncController controller(watched.session().vault(), watched.keychain(),
                                        SystemClock::instance());
        QElapsedTimer sinceTick;
        qint64 worstMs = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout,
                         [&] { worstMs = std::max(worstMs, sinceTick.restart()); });
        // The GUI reads the store while pages land (the status bar recounts), so the stall
        // includes waiting on the sync thread's write transactions. Not on statusChanged:
        // refreshStatus() emits it.
        QObject::connect(&controller, &sync::SyncController::progress, &controller,
                         [&] { controller.refreshStatus(); });
        QObject::connect(&controller, &sync::SyncController::cycleFinished,
                         [&](const sync::CycleReport &report) {
                             std::printf("gui: first download of %d records in the background; "
                                         "longest GUI-thread stall %lld ms (<= 50 ms)\n",
                                         report.pulled, static_cast<long long>(worstMs));
                             app.quit();
                         });
        controller.start();
        sinceTick.start();
        tick.start();
        controller.syncNow();
        app.exec();
        controller.stop();
    }
    central.stop();
    return 0;
}
