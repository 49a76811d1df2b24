// Unlock cost: the Argon2id derivation (tuned to about half a second) and, separately, what
// unlocking costs after it: unwrapping the keys, opening the SQLCipher file, checking the key,
// applying the settings, checking migrations and recording the open. Target: <= 50 ms.
// Run with a keychain: installer/with-keyring.sh build/bench/tests/bench/bench_vault
#include "storage/keychainsecretstore.h"
#include "storage/keyslotcrypto.h"
#include "storage/vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    KeychainSecretStore keychain(QStringLiteral("PlusLife Desk bench ") +
                                 QUuid::createUuid().toString());
    const KdfParams production = KdfParams::interactive();
    const QString password = QStringLiteral("bench password 1405");

    // Production cost of one password attempt.
    std::vector<double> kdf;
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    for (int i = 0; i < 5; ++i)
        kdf.push_back(timeMs([&] { crypto::deriveKey(password, salt, production); }));

    // What unlocking costs beyond the derivation, measured on a slot with the cheapest KDF (so the
    // subtraction is of two small, stable numbers): unwrap, keychain read, open, key check,
    // settings, migrations check, open record.
    const KdfParams cheap = KdfParams::fastForTests();
    Vault vault(dir.path(), keychain, SystemClock::instance());
    QString code;
    const StoreError created = vault.create(QStringLiteral("manager"), password, &code, cheap);
    if (!created.ok()) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(created.message));
        return 1;
    }
    vault.lock();
    std::vector<double> cheapKdf;
    std::vector<double> unlock;
    for (int i = 0; i < 15; ++i) {
        cheapKdf.push_back(timeMs([&] { crypto::deriveKey(password, salt, cheap); }));
        unlock.push_back(
            timeMs([&] { vault.unlockWithPassword(QStringLiteral("manager"), password); }));
        if (!vault.isUnlocked()) {
            std::fprintf(stderr, "unlock failed\n");
            return 1;
        }
        vault.lock();
    }
    std::printf("argon2id (ops %llu, mem %llu MiB): median %.1f ms per password attempt\n",
                static_cast<unsigned long long>(production.opsLimit),
                static_cast<unsigned long long>(production.memLimitBytes >> 20), median(kdf));
    std::printf("unlock after key derivation:     median %.1f ms (target <= 50 ms)\n",
                median(unlock) - median(cheapKdf));
    return 0;
}
