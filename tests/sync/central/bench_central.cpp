// Ingest figures for pluslife-central (not a test): N devices push 100-op batches of new
// person / household records concurrently over the loopback; prints ops/s and the p50 / p95
// latency of a batch. Run under installer/with-postgres.sh, in a Release build:
//   installer/with-postgres.sh build/release/tests/sync/central/bench_central
//       [--devices 10] [--centers 5] [--batches 20] [--ops 100] [--threads 16] [--plain]
#include "centraltest.h"

#include "httpserver.h"
#include "testpki.h"

#include "protocol/messages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace pluslife::central;
using namespace pluslife::central::test;
namespace proto = pluslife::sync::protocol;

namespace {

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

QByteArray batch(int ops, int serial)
{
    QJsonArray list;
    for (int i = 0; i < ops; ++i) {
        const bool person = i % 2 == 0;
        QJsonObject fields =
            person
                ? QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Name %1").arg(i)},
                              {QStringLiteral("last_name"),
                               QStringLiteral("Family %1").arg(serial)},
                              {QStringLiteral("national_code"),
                               QStringLiteral("%1").arg(serial * 1000 + i, 10, 10,
                                                        QLatin1Char('0'))},
                              {QStringLiteral("birth_date"), QStringLiteral("1990-01-01")},
                              {QStringLiteral("sex"), QStringLiteral("female")},
                              {QStringLiteral("mobile"), QStringLiteral("09120000000")}}
                : QJsonObject{
                      {QStringLiteral("file_number"), QStringLiteral("H-%1-%2").arg(serial).arg(i)},
                      {QStringLiteral("address"), QStringLiteral("Street %1, Tehran").arg(i)},
                      {QStringLiteral("postal_code"), QStringLiteral("1234567890")}};
        list.append(QJsonObject{{QStringLiteral("op_id"), proto::newUuid()},
                                {QStringLiteral("entity"),
                                 person ? QStringLiteral("person") : QStringLiteral("household")},
                                {QStringLiteral("uuid"), proto::newUuid()},
                                {QStringLiteral("action"), QStringLiteral("upsert")},
                                {QStringLiteral("base_version"), 0},
                                {QStringLiteral("fields"), fields}});
    }
    return proto::toCompactJson(
        QJsonObject{{QStringLiteral("batch_id"), proto::newUuid()}, {QStringLiteral("ops"), list}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int devices = option(args, "--devices", 10);
    const int centers = std::max(1, std::min(devices, option(args, "--centers", 5)));
    const int batches = option(args, "--batches", 20);
    const int ops = option(args, "--ops", 100);
    const bool plain = args.contains(QStringLiteral("--plain"));
    if (!postgresProblem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(postgresProblem()));
        return 1;
    }
    TestDatabase database;
    QString error;
    if (!database.create(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<TestCenter> centerList;
    for (int c = 0; c < centers; ++c)
        centerList << makeCenter(database.db(), QStringLiteral("B%1").arg(c));
    QStringList tokens;
    for (int d = 0; d < devices; ++d) {
        QString token;
        enrolDevice(database.db(), centerList.at(d % centers), &token);
        tokens << token;
    }

    QTemporaryDir pkiDir;
    pluslife::test::TestPki pki;
    ServerOptions options;
    options.port = 0;
    options.threads = option(args, "--threads", 16);
    options.logRequests = false;
    options.insecureLoopback = plain;
    if (!plain) {
        pki = pluslife::test::makeTestPki(pkiDir.path());
        options.certFile = pki.serverCert;
        options.keyFile = pki.serverKey;
    }
    ServerContext context;
    context.db = database.settings();
    CentralServer server(options, context);
    if (!server.bind(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::thread serving([&] { server.run(); });
    while (!server.isRunning())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    // Bodies made up front: the figures are the server's, not the JSON writer's.
    QList<QList<QByteArray>> bodies(devices);
    for (int d = 0; d < devices; ++d)
        for (int b = 0; b < batches; ++b)
            bodies[d] << batch(ops, d * batches + b);

    std::mutex mutex;
    QList<qint64> latencies;
    int failures = 0;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> workers;
    for (int d = 0; d < devices; ++d) {
        workers.emplace_back([&, d] {
            std::unique_ptr<httplib::Client> client;
            if (plain) {
                client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
            } else {
                client = std::make_unique<httplib::Client>("https://127.0.0.1:" +
                                                           std::to_string(server.port()));
                client->set_ca_cert_path(pki.caCert.toLocal8Bit().constData());
                client->enable_server_certificate_verification(true);
            }
            client->set_keep_alive(true);
            client->set_read_timeout(120, 0);
            const httplib::Headers headers{
                {"Authorization", "Bearer " + tokens.at(d).toStdString()},
                {"X-PlusLife-Protocol", "1"}};
            for (const QByteArray &body : bodies.at(d)) {
                QElapsedTimer timer;
                timer.start();
                const auto result =
                    client->Post("/v1/push", headers, body.toStdString(), "application/json");
                const qint64 us = timer.nsecsElapsed() / 1000;
                std::lock_guard<std::mutex> lock(mutex);
                if (!result || result->status != 200)
                    ++failures;
                latencies << us;
            }
        });
    }
    for (auto &w : workers)
        w.join();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    server.stop();
    serving.join();

    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.isEmpty()
                   ? 0.0
                   : latencies.at(std::min<qsizetype>(
                         latencies.size() - 1, static_cast<qsizetype>(p * latencies.size()))) /
                         1000.0;
    };
    const qint64 total = static_cast<qint64>(devices) * batches * ops;
    std::printf(
        "pluslife-central ingest (%s): %d devices in %d centers, %d batches x %d ops each\n",
        plain ? "plain HTTP" : "TLS", devices, centers, batches, ops);
    std::printf(
        "  %lld ops in %.2f s = %.0f ops/s; batch latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
        "failed batches %d\n",
        static_cast<long long>(total), seconds, static_cast<double>(total) / seconds,
        percentile(0.50), percentile(0.95), latencies.isEmpty() ? 0.0 : latencies.last() / 1000.0,
        failures);
    return failures == 0 ? 0 : 1;
}
