// Attachment store throughput: put (read, keyed hash, encrypt, sync, rename, row) and read
// (decrypt and authenticate into memory) of a 10 MB document, in MB/s, median of several runs.
// Run with a keychain: installer/with-keyring.sh build/bench/tests/bench/bench_attachments
#include "storage/attachmentstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pluslife;
using namespace pluslife::storage;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QByteArray document(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    bytes.replace(0, 9, "%PDF-1.7\n");
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    KeychainSecretStore keychain(QStringLiteral("PlusLife Desk bench ") +
                                 QUuid::createUuid().toString());
    Vault vault(dir.path(), keychain, SystemClock::instance());
    QString code;
    const StoreError created =
        vault.create(QStringLiteral("manager"), QStringLiteral("bench password 1405"), &code,
                     KdfParams::fastForTests());
    if (!created.ok()) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(created.message));
        return 1;
    }
    AttachmentStore store(vault);
    constexpr qsizetype kSize = 10 * 1000 * 1000;
    constexpr double kMegabytes = double(kSize) / 1e6;
    std::vector<double> putMs;
    std::vector<double> readMs;
    for (int run = 0; run < 7; ++run) {
        QByteArray plain = document(kSize, quint32(run + 1)); // new content: no dedupe
        QBuffer input(&plain);
        input.open(QIODevice::ReadOnly);
        AttachmentInfo info;
        QElapsedTimer timer;
        timer.start();
        StoreError error = store.put(input, QStringLiteral("application/pdf"), &info);
        putMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!error.ok() || info.alreadyStored) {
            std::fprintf(stderr, "put failed: %s\n", qPrintable(error.message));
            return 1;
        }
        QByteArray back;
        timer.restart();
        error = store.read(info.address, &back);
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!error.ok() || back != plain) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(error.message));
            return 1;
        }
    }
    const double put = median(putMs);
    const double read = median(readMs);
    std::printf("attachment put  10 MB: median %.1f ms = %.0f MB/s (incl. fsync, rename, row)\n",
                put, kMegabytes / (put / 1e3));
    std::printf("attachment read 10 MB: median %.1f ms = %.0f MB/s (decrypt + authenticate)\n",
                read, kMegabytes / (read / 1e3));
    return 0;
}
