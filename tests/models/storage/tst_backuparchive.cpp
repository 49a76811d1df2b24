// Backups: written from a real store, checked, refused when damaged, restored without ever
// overwriting a store unless forced (and then the old one is kept aside).
#include "storage/attachmentstore.h"
#include "storage/backuparchive.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

class TestBackupArchive : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void damagedArchiveIsRefused();
    void existingStoreNeedsForce();
    void attachmentsTravelWithTheBackup();

private:
    QString writeBackup();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
    test::ManualClock m_clock;
};

void TestBackupArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<KeychainSecretStore>(test::uniqueKeychainService());
    m_vault =
        std::make_unique<Vault>(m_dir->filePath(QStringLiteral("store")), *m_keychain, m_clock);
    QString code;
    QVERIFY(m_vault
                ->create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"), &code,
                         KdfParams::fastForTests())
                .ok());
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO settings (key, value, updated_utc) VALUES ('probe', 'in backup', 'now')")));
}

void TestBackupArchive::cleanup()
{
    m_vault.reset();
}

QString TestBackupArchive::writeBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("center.plbackup"));
    BackupArchive::Manifest manifest;
    const StoreError error = BackupArchive::write(*m_vault, path, m_clock.nowUtc(), &manifest);
    if (!error.ok())
        qWarning("%s", qPrintable(error.message + QLatin1Char(' ') + error.detail));
    return error.ok() ? path : QString();
}

void TestBackupArchive::roundTrip()
{
    const QString archive = writeBackup();
    QVERIFY(!archive.isEmpty());
    BackupArchive::Manifest manifest;
    QVERIFY(BackupArchive::verify(archive, &manifest).ok());
    QCOMPARE(manifest.vaultId, m_vault->vaultId());
    QVERIFY(!test::readFile(archive).contains("in backup")); // encrypted inside
    const QString target = m_dir->filePath(QStringLiteral("restored"));
    QVERIFY(BackupArchive::restore(archive, target, false, m_clock.nowUtc()).ok());
    Vault restored(target, *m_keychain, m_clock); // same computer: same keychain entry
    const StoreError error = restored.unlockWithPassword(QStringLiteral("manager"),
                                                         QStringLiteral("correct horse 1405"));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QSqlQuery q(restored.database());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("in backup"));
}

void TestBackupArchive::damagedArchiveIsRefused()
{
    const QString archive = writeBackup();
    QByteArray bytes = test::readFile(archive);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(BackupArchive::verify(archive).code, StoreErrorCode::Corrupt);
    const QString target = m_dir->filePath(QStringLiteral("restored"));
    QCOMPARE(BackupArchive::restore(archive, target, true, m_clock.nowUtc()).code,
             StoreErrorCode::Corrupt);
    QVERIFY(!QFile::exists(target + QStringLiteral("/pluslife.db")));
}

void TestBackupArchive::existingStoreNeedsForce()
{
    const QString archive = writeBackup();
    m_vault->lock();
    const QString storeDir = m_vault->files().dir;
    const auto before = test::snapshotFolder(storeDir);
    QCOMPARE(BackupArchive::restore(archive, storeDir, false, m_clock.nowUtc()).code,
             StoreErrorCode::StoreExists);
    QCOMPARE(test::snapshotFolder(storeDir), before);
    QString aside;
    QVERIFY(BackupArchive::restore(archive, storeDir, true, m_clock.nowUtc(), &aside).ok());
    QVERIFY(!aside.isEmpty());
    QCOMPARE(test::readFile(aside + QStringLiteral("/pluslife.db")),
             before.value(QStringLiteral("pluslife.db")));
    QVERIFY(
        m_vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
}

void TestBackupArchive::attachmentsTravelWithTheBackup()
{
    QByteArray pdf("%PDF-1.4\n");
    pdf += QByteArray(200000, 'x') + "KnownPlaintextMarker-Document";
    QBuffer buffer(&pdf);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    AttachmentInfo info;
    {
        AttachmentStore attachments(*m_vault, m_clock);
        const StoreError error = attachments.put(buffer, QStringLiteral("application/pdf"), &info);
        QVERIFY2(error.ok(), qPrintable(error.message));
    }
    const QString archive = writeBackup();
    QVERIFY(!archive.isEmpty());
    QVERIFY(!test::readFile(archive).contains("KnownPlaintextMarker-Document"));
    const QString target = m_dir->filePath(QStringLiteral("restored"));
    QVERIFY(BackupArchive::restore(archive, target, false, m_clock.nowUtc()).ok());
    Vault restored(target, *m_keychain, m_clock);
    QVERIFY(
        restored.unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QByteArray back;
    const StoreError error = AttachmentStore(restored, m_clock).read(info.address, &back);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(back, pdf);
}

QTEST_GUILESS_MAIN(TestBackupArchive)
#include "tst_backuparchive.moc"
