// bench_sqlcipher: what encryption costs. The same driver (SqlCipherDriver) runs the same
// workload on a keyed and on an unkeyed file, both in a temporary directory:
//   1. inserts: 20 transactions x 1,000 rows into a table with an index (a fresh file per run);
//   2. indexed point reads: 20,000 random lookups by the indexed column on the 20,000-row table,
//      one prepared forward-only query, a fresh connection (cold page cache) per run.
// Each workload runs 5 times per side (alternating which side goes first); we print the median
// and the ratio keyed/unkeyed against our targets (<= 1.3x reads, <= 1.6x inserts).
//
// Fairness: both sides get exactly the settings the driver applies on every open (page size
// 4096, WAL, foreign_keys=ON, temp_store=MEMORY, SQLite's default synchronous=FULL), the same
// data, the same lookup sequence and fresh connections; only the key differs. Open/close is not
// timed. The one knob we vary is the page cache, and always on BOTH sides:
//   - "2 MB cache": SQLite's own default cache_size (-2000), set explicitly.
//     The table plus index (~2.9 MB) does not fit, so random lookups keep re-reading pages, and on
//     the keyed side every re-read page is decrypted and its HMAC checked again: reads cost
//     ~1.4-1.6x here. That is the real price of encryption on cache misses, not a driver overhead.
//   - the driver's default, PRAGMA cache_size = -8192 on every connection; the working set fits,
//   each
//     page is decrypted once, and the ratio is ~1.0x. A larger cache helps the unkeyed side too
//     (no syscalls), so this is no handicap on the baseline.
// The file sizes are printed so the working set is visible.
//
// Inserts are bound by the fsync of each commit (synchronous=FULL, the driver's default), which
// hides the cipher's CPU cost; --synchronous NORMAL (both sides) shows it without the fsyncs.
//
// Usage: bench_sqlcipher [--runs N] [--transactions N] [--rows-per-transaction N] [--lookups N]
//                        [--cache-kib N]   (without --cache-kib: both configurations above)
//                        [--synchronous FULL|NORMAL|OFF]

#include "storage/sqlcipher/sqlcipherdriver.h"
#include "storage/sqlcipher/sqlcipherregistration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using pluslife::storage::SqlCipherDriver;

namespace {

struct Config {
    int runs = 5;
    int transactions = 20;
    int rowsPerTransaction = 1000;
    int lookups = 20000;
    int cacheKib = 0; // 0: leave the driver's default page cache (8 MiB)
};

[[noreturn]] void die(const char *what, const QSqlError &error)
{
    std::fprintf(stderr, "bench_sqlcipher: %s: %s\n", what, qPrintable(error.text()));
    std::exit(1);
}

QString nationalId(int i)
{
    // Ten digits, not in insertion order, so the index is not filled sequentially.
    return QStringLiteral("%1").arg((qint64(i) * 7919 + 1234567) % 9999999967LL, 10, 10,
                                    QLatin1Char('0'));
}

int g_cacheKib = 0;
QString g_synchronous; // empty: the driver's (SQLite's) default, FULL

// Runs `body` on a fresh connection to `path` (keyed or not) and returns its duration in ms.
double timed(const QString &path, const QByteArray &key, bool create,
             const std::function<void(QSqlDatabase &)> &body)
{
    static int serial = 0;
    const QString name = QStringLiteral("bench-%1").arg(++serial);
    double ms = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QLatin1String(pluslife::storage::kSqlCipherDriverName), name);
        db.setDatabaseName(path);
        db.setConnectOptions(create ? QStringLiteral("QSQLCIPHER_CREATE") : QString());
        if (!key.isEmpty())
            static_cast<SqlCipherDriver *>(db.driver())->setKey(key);
        if (!db.open())
            die("open", db.lastError());
        if (!g_synchronous.isEmpty()) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA synchronous = %1").arg(g_synchronous)))
                die("synchronous", pragma.lastError());
        }
        if (g_cacheKib > 0) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(g_cacheKib)))
                die("cache_size", pragma.lastError());
        }
        QElapsedTimer timer;
        timer.start();
        body(db);
        ms = double(timer.nsecsElapsed()) / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

void insertWorkload(QSqlDatabase &db, const Config &cfg)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, national_id TEXT "
                               "NOT NULL, name TEXT NOT NULL, birth_date TEXT, score REAL, "
                               "note TEXT)")) ||
        !q.exec(QStringLiteral("CREATE UNIQUE INDEX people_national_id ON people "
                               "(national_id)")))
        die("schema", q.lastError());
    if (!q.prepare(QStringLiteral("INSERT INTO people (national_id, name, birth_date, score, "
                                  "note) VALUES (?, ?, ?, ?, ?)")))
        die("prepare insert", q.lastError());
    const QDate epoch(1950, 1, 1);
    int n = 0;
    for (int t = 0; t < cfg.transactions; ++t) {
        if (!db.transaction())
            die("begin", db.lastError());
        for (int r = 0; r < cfg.rowsPerTransaction; ++r, ++n) {
            q.addBindValue(nationalId(n));
            q.addBindValue(QStringLiteral("مددجو شماره %1").arg(n));
            q.addBindValue(epoch.addDays(n % 25000));
            q.addBindValue(double(n % 1000) / 7.0);
            q.addBindValue(QStringLiteral("پرونده پیگیری شد؛ مراجعه بعدی %1").arg(n % 97));
            if (!q.exec())
                die("insert", q.lastError());
        }
        if (!db.commit())
            die("commit", db.lastError());
    }
}

void readWorkload(QSqlDatabase &db, const Config &cfg, int rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, birth_date, score FROM people "
                                  "WHERE national_id = ?")))
        die("prepare select", q.lastError());
    QRandomGenerator rng(20240320); // the same lookup sequence on both sides
    qint64 found = 0;
    for (int i = 0; i < cfg.lookups; ++i) {
        q.addBindValue(nationalId(int(rng.bounded(rows))));
        if (!q.exec())
            die("select", q.lastError());
        if (q.next()) {
            found += q.value(0).toLongLong() > 0 && !q.value(1).toString().isEmpty();
            (void)q.value(2);
            (void)q.value(3);
        }
    }
    if (found != cfg.lookups) {
        std::fprintf(stderr, "bench_sqlcipher: %lld of %d lookups found\n",
                     static_cast<long long>(found), cfg.lookups);
        std::exit(1);
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void report(const char *workload, const QList<double> &keyed, const QList<double> &plain,
            double target)
{
    const auto list = [](const QList<double> &v) {
        QString s;
        for (double x : v)
            s += QStringLiteral("%1 ").arg(x, 0, 'f', 1);
        return s.trimmed();
    };
    const double k = median(keyed);
    const double p = median(plain);
    const double ratio = k / p;
    std::printf("%-14s keyed   median %9.1f ms  runs [%s]\n", workload, k, qPrintable(list(keyed)));
    std::printf("%-14s unkeyed median %9.1f ms  runs [%s]\n", "", p, qPrintable(list(plain)));
    std::printf("%-14s ratio keyed/unkeyed %.2fx  target <= %.1fx  %s\n\n", "", ratio, target,
                ratio <= target ? "MET" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SQLCipher keyed vs unkeyed benchmark"));
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per side."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption txOpt(QStringLiteral("transactions"),
                                   QStringLiteral("Insert transactions."), QStringLiteral("n"),
                                   QStringLiteral("20"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows-per-transaction"),
                                     QStringLiteral("Rows per transaction."), QStringLiteral("n"),
                                     QStringLiteral("1000"));
    const QCommandLineOption lookupsOpt(QStringLiteral("lookups"),
                                        QStringLiteral("Indexed point reads."), QStringLiteral("n"),
                                        QStringLiteral("20000"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache-kib"),
                                      QStringLiteral("PRAGMA cache_size in KiB, both sides "
                                                     "(0: SQLite's default)."),
                                      QStringLiteral("kib"), QStringLiteral("0"));
    const QCommandLineOption syncOpt(QStringLiteral("synchronous"),
                                     QStringLiteral("PRAGMA synchronous, both sides (FULL, "
                                                    "NORMAL or OFF; default: the driver's)."),
                                     QStringLiteral("mode"));
    parser.addOptions({runsOpt, txOpt, rowsOpt, lookupsOpt, cacheOpt, syncOpt});
    parser.process(app);
    Config cfg;
    cfg.runs = std::max(1, parser.value(runsOpt).toInt());
    cfg.transactions = std::max(1, parser.value(txOpt).toInt());
    cfg.rowsPerTransaction = std::max(1, parser.value(rowsOpt).toInt());
    cfg.lookups = std::max(1, parser.value(lookupsOpt).toInt());
    cfg.cacheKib = std::max(0, parser.value(cacheOpt).toInt());
    g_synchronous = parser.value(syncOpt).toUpper();
    if (!g_synchronous.isEmpty() &&
        !QStringList{QStringLiteral("FULL"), QStringLiteral("NORMAL"), QStringLiteral("OFF")}
             .contains(g_synchronous)) {
        std::fprintf(stderr, "bench_sqlcipher: --synchronous takes FULL, NORMAL or OFF\n");
        return 2;
    }
    const int rows = cfg.transactions * cfg.rowsPerTransaction;

    pluslife::storage::registerSqlCipherDriver();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_sqlcipher: no temporary directory\n");
        return 1;
    }
    QByteArray key(SqlCipherDriver::kRawKeySize, '\0');
    for (char &c : key)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString keyedPath = dir.filePath(QStringLiteral("keyed.db"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));

    // Record what each side runs with.
    for (const bool keyed : {true, false}) {
        const QString probe = dir.filePath(QStringLiteral("probe.db"));
        timed(probe, keyed ? key : QByteArray(), true, [keyed](QSqlDatabase &db) {
            const QVariantMap s = static_cast<SqlCipherDriver *>(db.driver())->appliedSettings();
            QStringList parts;
            for (auto it = s.cbegin(); it != s.cend(); ++it)
                parts << it.key() + QLatin1Char('=') + it.value().toString();
            QSqlQuery q(db);
            for (const char *pragma : {"synchronous", "cache_size", "mmap_size"}) {
                if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && q.next())
                    parts << QLatin1String(pragma) + QLatin1Char('=') + q.value(0).toString();
            }
            std::printf("%-8s %s\n", keyed ? "keyed" : "unkeyed", qPrintable(parts.join(u' ')));
        });
        removeDb(probe);
    }
    std::printf("workload: %d x %d-row insert transactions; %d indexed point reads on %d rows; "
                "%d runs per side\n\n",
                cfg.transactions, cfg.rowsPerTransaction, cfg.lookups, rows, cfg.runs);

    const QList<int> caches =
        parser.isSet(cacheOpt) ? QList<int>{cfg.cacheKib} : QList<int>{0, 2000};
    for (const int cacheKib : caches) {
        g_cacheKib = cacheKib;
        std::printf("--- page cache: %s on both sides ---\n",
                    cacheKib ? qPrintable(QStringLiteral("cache_size=-%1 (KiB)").arg(cacheKib))
                             : "driver default cache_size=-8192 (KiB)");
        QList<double> insertKeyed, insertPlain, readKeyed, readPlain;
        for (int run = 0; run < cfg.runs; ++run) {
            // Alternate which side goes first so drift (thermal, page cache) is shared.
            const bool keyedFirst = run % 2 == 0;
            for (const bool keyed : {keyedFirst, !keyedFirst}) {
                const QString &path = keyed ? keyedPath : plainPath;
                removeDb(path);
                (keyed ? insertKeyed : insertPlain)
                    << timed(path, keyed ? key : QByteArray(), true,
                             [&cfg](QSqlDatabase &db) { insertWorkload(db, cfg); });
            }
            for (const bool keyed : {keyedFirst, !keyedFirst}) {
                const QString &path = keyed ? keyedPath : plainPath;
                (keyed ? readKeyed : readPlain)
                    << timed(path, keyed ? key : QByteArray(), false,
                             [&cfg, rows](QSqlDatabase &db) { readWorkload(db, cfg, rows); });
            }
        }
        std::printf("file size: keyed %lld KiB, unkeyed %lld KiB\n",
                    static_cast<long long>(QFileInfo(keyedPath).size() / 1024),
                    static_cast<long long>(QFileInfo(plainPath).size() / 1024));
        report("inserts", insertKeyed, insertPlain, 1.6);
        report("indexed reads", readKeyed, readPlain, 1.3);
    }
    return 0;
}
