// The encrypted attachment store against a real store: tampered and truncated files, no
// plaintext anywhere on disk, kills during a put and garbage collection. Kills during a put are
// real: the test binary runs itself as a child with PLUSLIFE_CRASH_AT set.
#include "attachmenttestfixture.h"

#include "storage/keyslotcrypto.h"
#include "storage/writetransaction.h"

#include <QProcess>
#include <QSet>

using namespace pluslife;
using namespace pluslife::storage;
using namespace pluslife::test;

namespace {

// Every file under `dir`, relative path -> bytes.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    return test::snapshotFolder(dir);
}

bool makeOld(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600),
                            QFileDevice::FileModificationTime);
}

} // namespace

class TestAttachmentIntegrity : public QObject, protected AttachmentFixture {
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void tamperedFilesFailClearly();
    void plaintextNeverTouchesTheDisk();
    void killDuringPutLosesNothing();
    void rolledBackCallerLeavesAnOrphanForGarbageCollection();
};

void TestAttachmentIntegrity::tamperedFilesFailClearly()
{
    const QByteArray pdf = pdfLike(300 * 1024, 6); // 5 chunks
    const AttachmentInfo info = putBytes(pdf, QStringLiteral("application/pdf"));
    const QString path = m_store->pathFor(info.address);
    const QByteArray good = test::readFile(path);
    auto rewrite = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    auto expectDamaged = [&](const char *what) {
        QByteArray back = "untouched";
        const StoreError error = m_store->read(info.address, &back);
        QVERIFY2(error.code == StoreErrorCode::Corrupt, what);
        QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
        QCOMPARE(back, QByteArray("untouched")); // nothing handed out
        const QString target = m_scratch->filePath(QStringLiteral("export.pdf"));
        QCOMPARE(m_store->exportTo(info.address, target).code, StoreErrorCode::Corrupt);
        QVERIFY2(!QFile::exists(target), what);
    };

    // One bit flipped in the middle of a chunk.
    QByteArray bytes = good;
    bytes[good.size() / 2] = char(bytes[good.size() / 2] ^ 0x01);
    rewrite(bytes);
    expectDamaged("bit flip");
    // The last chunk cut short.
    rewrite(good.left(good.size() - 100));
    expectDamaged("last chunk truncated");
    // The last chunk dropped whole, header and row unchanged.
    rewrite(good.left(good.size() - (300 * 1024 - 4 * 65536 + 17)));
    expectDamaged("last chunk dropped");
    // Plaintext size in the header changed.
    bytes = good;
    bytes[12] = char(bytes[12] ^ 0x01);
    rewrite(bytes);
    expectDamaged("header size");
    // Two chunks swapped.
    bytes = good;
    const qsizetype c1 = 44, c2 = 44 + 65536 + 17, len = 65536 + 17;
    const QByteArray first = good.mid(c1, len);
    bytes.replace(c1, len, good.mid(c2, len));
    bytes.replace(c2, len, first);
    rewrite(bytes);
    expectDamaged("chunks swapped");
    // Another document's file under this address (same size: the other key does not open it).
    QByteArray otherPdf = pdf;
    otherPdf[500] = char(otherPdf[500] ^ 0x55);
    const AttachmentInfo other = putBytes(otherPdf, QStringLiteral("application/pdf"));
    rewrite(test::readFile(m_store->pathFor(other.address)));
    expectDamaged("file of another document");

    // Restored: reads again.
    rewrite(good);
    QByteArray back;
    QVERIFY(m_store->read(info.address, &back).ok());
    QVERIFY(back == pdf);
}

void TestAttachmentIntegrity::plaintextNeverTouchesTheDisk()
{
    const QByteArray pdf = pdfLike(3 * 1024 * 1024, 4);
    QVERIFY(pdf.count(kMarker) >= 4);
    const AttachmentInfo info = putBytes(pdf, QStringLiteral("application/pdf"));
    QVERIFY(m_store->exists(info.address));
    const AttachmentInfo png = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(m_store->exists(png.address));
    QByteArray back;
    QVERIFY(m_store->read(info.address, &back).ok());

    // Any 64-byte window of the plaintext contains a whole 32-byte block at a multiple of 32.
    QSet<QByteArray> blocks;
    for (qsizetype at = 0; at + 32 <= pdf.size(); at += 32)
        blocks.insert(pdf.mid(at, 32));
    auto holdsPlaintext = [&](const QByteArray &bytes) {
        for (qsizetype at = 0; at + 32 <= bytes.size(); ++at)
            if (blocks.contains(QByteArray::fromRawData(bytes.constData() + at, 32)))
                return at;
        return qsizetype(-1);
    };
    // The check finds any 64-byte window (control).
    QVERIFY(holdsPlaintext("xyz" + pdf.mid(777777, 64) + "abc") >= 0);
    QCOMPARE(holdsPlaintext(pdf.mid(777777, 31)), -1);
    const QByteArray markerSha = crypto::sha256(kMarker);
    const QByteArray pdfSha = crypto::sha256(pdf);
    // The whole data folder: attachments, database, WAL, key file.
    const QMap<QString, QByteArray> files = filesUnder(m_dir->path());
    QVERIFY(files.size() >= 4);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray &bytes = it.value();
        QVERIFY2(!bytes.contains(kMarker), qPrintable(it.key()));
        QVERIFY2(!bytes.contains(markerSha), qPrintable(it.key()));
        QVERIFY2(!bytes.contains(markerSha.toHex()), qPrintable(it.key()));
        QVERIFY2(!bytes.contains(pdfSha), qPrintable(it.key()));
        QVERIFY2(!bytes.contains(pdfSha.toHex()), qPrintable(it.key()));
        QVERIFY2(!bytes.contains(tinyPng()), qPrintable(it.key()));
        const qsizetype at = holdsPlaintext(bytes);
        QVERIFY2(at < 0,
                 qPrintable(QStringLiteral("%1 holds plaintext at %2").arg(it.key()).arg(at)));
        QVERIFY(!it.key().contains(hex(markerSha)));
        QVERIFY(!it.key().contains(hex(pdfSha).mid(2)));
    }
}

void TestAttachmentIntegrity::killDuringPutLosesNothing()
{
    const QByteArray pdf = pdfLike(500 * 1024, 11);
    const QString input = writeScratch(QStringLiteral("scan.pdf"), pdf);
    auto killedPutAt = [&](const char *point) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLUSLIFE_ATTACHMENT_CHILD"), m_dir->path());
        env.insert(QStringLiteral("PLUSLIFE_ATTACHMENT_SERVICE"), m_service);
        env.insert(QStringLiteral("PLUSLIFE_ATTACHMENT_INPUT"), input);
        env.insert(QStringLiteral("PLUSLIFE_CRASH_AT"), QString::fromLatin1(point));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() == 137,
                 child.readAllStandardError().constData());
    };

    // Killed before the rename: no row, no file under any address, an encrypted temp file.
    killedPutAt("attachment-before-rename");
    QCOMPARE(rowCount(), 0);
    QVERIFY(storedFiles(m_store->attachmentsDir()).isEmpty());
    const QStringList leftovers = tempFiles(m_store->attachmentsDir());
    QCOMPARE(leftovers.size(), 1);
    const QString leftover = m_store->attachmentsDir() + QStringLiteral("/tmp/") + leftovers[0];
    QVERIFY(!test::readFile(leftover).contains(kMarker));
    // A young leftover may be another process's put: kept. An old one goes on the next put.
    putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(QFile::exists(leftover));
    QVERIFY(makeOld(leftover));
    const AttachmentInfo png = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(png.alreadyStored);
    QVERIFY(tempFiles(m_store->attachmentsDir()).isEmpty());

    // Killed after the rename, before the commit: a file without a row (an orphan), which the
    // next put of the same document replaces.
    killedPutAt("attachment-after-rename");
    QCOMPARE(rowCount(), 1);
    QCOMPARE(storedFiles(m_store->attachmentsDir()).size(), 2);
    AttachmentInfo info;
    const StoreError error = m_store->putFile(input, {}, &info);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QVERIFY(!info.alreadyStored);
    QByteArray back;
    QVERIFY(m_store->read(info.address, &back).ok());
    QVERIFY(back == pdf);
    QCOMPARE(storedFiles(m_store->attachmentsDir()).size(), 2);

    // Killed after the commit: both there, and a second put finds it.
    QVERIFY(m_store->remove(info.address).ok());
    killedPutAt("attachment-after-commit");
    QVERIFY(m_store->exists(info.address));
    QVERIFY(m_store->read(info.address, &back).ok());
    QVERIFY(back == pdf);
    QVERIFY(tempFiles(m_store->attachmentsDir()).isEmpty());
}

void TestAttachmentIntegrity::rolledBackCallerLeavesAnOrphanForGarbageCollection()
{
    const QByteArray pdf = pdfLike(90000, 10);
    QString address;
    {
        WriteTransaction tx(m_vault->database());
        QVERIFY(tx.isActive());
        address = putBytes(pdf, QStringLiteral("application/pdf")).address;
        QVERIFY(m_store->exists(address)); // visible inside the caller's transaction
    }                                      // rolled back
    QVERIFY(!m_store->exists(address));
    const QString orphan = m_store->pathFor(address);
    QVERIFY(QFile::exists(orphan));
    int removed = -1;
    QVERIFY(m_store->collectGarbage(&removed).ok());
    QCOMPARE(removed, 0); // too young: it could be another process's put in progress
    QVERIFY(makeOld(orphan));
    const AttachmentInfo kept = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(makeOld(m_store->pathFor(kept.address)));
    QVERIFY(m_store->collectGarbage(&removed).ok());
    QCOMPARE(removed, 1);
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(QFile::exists(m_store->pathFor(kept.address)));

    // A remove inside a caller's transaction that commits: the row goes with it, the file later.
    {
        WriteTransaction tx(m_vault->database());
        QVERIFY(m_store->remove(kept.address).ok());
        QVERIFY(m_store->collectGarbage(&removed).ok()); // refuses to act inside it
        QCOMPARE(removed, 0);
        QVERIFY(tx.commit());
    }
    QVERIFY(!m_store->exists(kept.address));
    QVERIFY(m_store->collectGarbage(&removed).ok());
    QCOMPARE(removed, 1);
    QVERIFY(!QFile::exists(m_store->pathFor(kept.address)));
}

// The child of killDuringPutLosesNothing: unlocks the store and puts one file (and is killed at
// PLUSLIFE_CRASH_AT).
static int runChild()
{
    KeychainSecretStore keychain(qEnvironmentVariable("PLUSLIFE_ATTACHMENT_SERVICE"));
    test::ManualClock clock;
    Vault vault(qEnvironmentVariable("PLUSLIFE_ATTACHMENT_CHILD"), keychain, clock);
    StoreError error = vault.unlockWithPassword(kUser, kPassword);
    if (!error.ok()) {
        fprintf(stderr, "child unlock: %s\n", qPrintable(error.message));
        return 2;
    }
    AttachmentStore store(vault, clock);
    AttachmentInfo info;
    error = store.putFile(qEnvironmentVariable("PLUSLIFE_ATTACHMENT_INPUT"), {}, &info);
    fprintf(stderr, "child put finished without being killed: %s\n", qPrintable(error.message));
    return 3;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("PLUSLIFE_ATTACHMENT_CHILD"))
        return runChild();
    TestAttachmentIntegrity test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_attachmentintegrity.moc"
