// The encrypted attachment store against a real store (SQLCipher file, real keychain on the test
// session bus, KdfParams::fastForTests). Kills during a put are real: the test binary runs itself
// as a child with PLUSLIFE_CRASH_AT set.
#include "storage/attachmentstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/keyslotcrypto.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

namespace {

const QString kUser = QStringLiteral("manager");
const QString kPassword = QStringLiteral("correct horse 1405");
const QByteArray kMarker = "PLUSLIFE-MARKER-Zahra-Hosseini-0012345678-do-not-leak";

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// A PDF-looking blob with the marker at the start, inside, across a chunk boundary and at the end.
QByteArray pdfLike(qsizetype size, quint32 seed)
{
    QByteArray data = randomBytes(size, seed);
    const QByteArray head = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n" + kMarker + '\n';
    data.replace(0, head.size(), head);
    data.replace(size / 2, kMarker.size(), kMarker);
    data.replace(AttachmentStore::kChunkSize - 10, kMarker.size(), kMarker);
    data.replace(size - kMarker.size() - 7, kMarker.size(), kMarker);
    data.replace(size - 6, 6, "%%EOF\n");
    return data;
}

QByteArray tinyPng()
{
    // 1x1 transparent PNG.
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                  "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString unkeyedBlake2b(const QByteArray &data)
{
    return hex(QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256));
}

// Every file under `dir`, relative path -> bytes.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    return test::snapshotFolder(dir);
}

QStringList storedFiles(const QString &attachmentsDir)
{
    QStringList files;
    QDirIterator it(attachmentsDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(attachmentsDir).relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String("tmp/")))
            files << relative;
    }
    return files;
}

QStringList tempFiles(const QString &attachmentsDir)
{
    return QDir(attachmentsDir + QStringLiteral("/tmp"))
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool makeOld(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600),
                            QFileDevice::FileModificationTime);
}

// A sequential source of `size` bytes starting like a PDF: its size is not known in advance.
class EndlessPdf : public QIODevice {
public:
    explicit EndlessPdf(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = m_pos + i < 5 ? "%PDF-"[m_pos + i] : char((m_pos + i) * 7);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace

class TestAttachmentStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTripPdfAndPng();
    void sameContentIsStoredOnce();
    void plaintextNeverTouchesTheDisk();
    void fileNameIsAKeyedHash();
    void tamperedFilesFailClearly();
    void missingFileAndUnknownAddress();
    void refusesWrongTypesAndOversize();
    void exportWritesThePlaintextExactly();
    void removeDeletesFileAndRow();
    void lockedStoreRefuses();
    void rolledBackCallerLeavesAnOrphanForGarbageCollection();
    void killDuringPutLosesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QString m_service;
    test::ManualClock m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<AttachmentStore> m_store;

    QString writeScratch(const QString &name, const QByteArray &data)
    {
        const QString path = m_scratch->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    AttachmentInfo putBytes(const QByteArray &data, const QString &mimeType)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        AttachmentInfo info;
        const StoreError error = m_store->put(buffer, mimeType, &info);
        if (!error.ok())
            qWarning("put failed: %s (%s)", qPrintable(error.message), qPrintable(error.detail));
        return info;
    }
    int rowCount()
    {
        QSqlQuery q(m_vault->database());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM attachments"));
        return q.next() ? q.value(0).toInt() : -1;
    }
};

void TestAttachmentStore::init()
{
    m_store.reset();
    m_vault.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<QTemporaryDir>();
    m_service = test::uniqueKeychainService();
    m_keychain = std::make_unique<KeychainSecretStore>(m_service);
    m_vault = std::make_unique<Vault>(m_dir->path(), *m_keychain, m_clock);
    QString recovery;
    const StoreError error =
        m_vault->create(kUser, kPassword, &recovery, KdfParams::fastForTests());
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    m_store = std::make_unique<AttachmentStore>(*m_vault, m_clock);
}

void TestAttachmentStore::roundTripPdfAndPng()
{
    const QByteArray pdf = pdfLike(3 * 1024 * 1024 + 12345, 1);
    const QString pdfPath = writeScratch(QStringLiteral("birth certificate.PDF"), pdf);
    AttachmentInfo info;
    StoreError error = m_store->putFile(pdfPath, {}, &info);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QCOMPARE(info.address.size(), 64);
    QCOMPARE(info.size, pdf.size());
    QCOMPARE(info.mimeType, QStringLiteral("application/pdf"));
    QVERIFY(!info.alreadyStored);
    QVERIFY(m_store->exists(info.address));
    const QString path = m_store->pathFor(info.address);
    QCOMPARE(path, m_dir->path() + QStringLiteral("/attachments/") + info.address.left(2) +
                       QLatin1Char('/') + info.address.mid(2));
    QVERIFY(QFile::exists(path));
    // 20-byte header, 24-byte stream header, 17 bytes per 64 KiB chunk.
    const qint64 chunks = (pdf.size() + 65535) / 65536;
    QCOMPARE(QFileInfo(path).size(), 20 + 24 + pdf.size() + 17 * chunks);
    QByteArray back;
    error = m_store->read(info.address, &back);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QVERIFY(back == pdf);

    const AttachmentInfo png = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(m_store->exists(png.address));
    QCOMPARE(png.size, tinyPng().size());
    QVERIFY(m_store->read(png.address, &back).ok());
    QCOMPARE(back, tinyPng());
    QCOMPARE(QFileInfo(m_store->pathFor(png.address)).size(), 20 + 24 + tinyPng().size() + 17);

    // An exact multiple of the chunk size: the last full chunk is the final one.
    const QByteArray exact = pdfLike(4 * 65536, 2);
    const AttachmentInfo exactInfo = putBytes(exact, QStringLiteral("application/pdf"));
    QVERIFY(m_store->read(exactInfo.address, &back).ok());
    QVERIFY(back == exact);
    QCOMPARE(QFileInfo(m_store->pathFor(exactInfo.address)).size(), 20 + 24 + 4 * (65536 + 17));

    // After locking and unlocking (a new AttachmentStore on a new vault), everything still reads.
    m_store.reset();
    m_vault = std::make_unique<Vault>(m_dir->path(), *m_keychain, m_clock);
    QVERIFY(m_vault->unlockWithPassword(kUser, kPassword).ok());
    m_store = std::make_unique<AttachmentStore>(*m_vault, m_clock);
    QVERIFY(m_store->read(info.address, &back).ok());
    QVERIFY(back == pdf);
    QCOMPARE(rowCount(), 3);
    QVERIFY(tempFiles(m_store->attachmentsDir()).isEmpty());
}

void TestAttachmentStore::sameContentIsStoredOnce()
{
    const QByteArray pdf = pdfLike(200 * 1024, 3);
    const AttachmentInfo first = putBytes(pdf, QStringLiteral("application/pdf"));
    QVERIFY(!first.alreadyStored);
    const QByteArray fileBefore = test::readFile(m_store->pathFor(first.address));
    AttachmentInfo second;
    QVERIFY(m_store->putFile(writeScratch(QStringLiteral("again.pdf"), pdf), {}, &second).ok());
    QCOMPARE(second.address, first.address);
    QVERIFY(second.alreadyStored);
    QCOMPARE(second.size, pdf.size());
    // The stored file was not rewritten, there is one file and one row, no temp left.
    QCOMPARE(test::readFile(m_store->pathFor(first.address)), fileBefore);
    QCOMPARE(storedFiles(m_store->attachmentsDir()).size(), 1);
    QCOMPARE(rowCount(), 1);
    QVERIFY(tempFiles(m_store->attachmentsDir()).isEmpty());
    // One byte different: another document.
    QByteArray other = pdf;
    other[1000] = char(other[1000] ^ 1);
    const AttachmentInfo third = putBytes(other, QStringLiteral("application/pdf"));
    QVERIFY(!third.alreadyStored);
    QVERIFY(third.address != first.address);
    QCOMPARE(rowCount(), 2);
}

void TestAttachmentStore::plaintextNeverTouchesTheDisk()
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

void TestAttachmentStore::fileNameIsAKeyedHash()
{
    const QByteArray pdf = pdfLike(100 * 1024, 5);
    const AttachmentInfo info = putBytes(pdf, QStringLiteral("application/pdf"));
    QVERIFY(info.address != hex(crypto::sha256(pdf)));
    QVERIFY(info.address != unkeyedBlake2b(pdf));
    // The naming key is in the store: 32 random bytes.
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(
        QStringLiteral("SELECT value FROM store_secrets WHERE name = 'attachment-naming-key'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray().size(), 32);
    q.finish();

    // Another store names the same document differently: the folder does not reveal that two
    // centers hold the same document.
    QTemporaryDir otherDir;
    Vault other(otherDir.path(), *m_keychain, m_clock);
    QString recovery;
    QVERIFY(other.create(kUser, kPassword, &recovery, KdfParams::fastForTests()).ok());
    AttachmentStore otherStore(other, m_clock);
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    AttachmentInfo otherInfo;
    QVERIFY(otherStore.put(buffer, QStringLiteral("application/pdf"), &otherInfo).ok());
    QVERIFY(otherInfo.address != info.address);
    // Two puts of one content in one store use different file keys only when stored anew; the
    // ciphertexts of the two stores differ completely.
    QVERIFY(test::readFile(otherStore.pathFor(otherInfo.address)).mid(44, 4096) !=
            test::readFile(m_store->pathFor(info.address)).mid(44, 4096));
}

void TestAttachmentStore::tamperedFilesFailClearly()
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

void TestAttachmentStore::missingFileAndUnknownAddress()
{
    const AttachmentInfo info = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(QFile::remove(m_store->pathFor(info.address)));
    QByteArray back;
    StoreError error = m_store->read(info.address, &back);
    QCOMPARE(error.code, StoreErrorCode::Corrupt);
    QVERIFY2(error.message.contains(QLatin1String("missing")), qPrintable(error.message));

    const QString unknown(64, QLatin1Char('a'));
    error = m_store->read(unknown, &back);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(error.message.contains(QLatin1String("not in the store")));
    QVERIFY(!m_store->exists(unknown));
    // Not an address at all (and never a path).
    error = m_store->read(QStringLiteral("../../pluslife.db"), &back);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!m_store->exists(info.address.toUpper()));
}

void TestAttachmentStore::refusesWrongTypesAndOversize()
{
    StoreError error;
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("scan.PDF"), &error),
             QStringLiteral("application/pdf"));
    QVERIFY(error.ok());
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("photo.jpeg")),
             QStringLiteral("image/jpeg"));
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("photo.JPG")),
             QStringLiteral("image/jpeg"));
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("a.png")), QStringLiteral("image/png"));
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("a.tif")), QStringLiteral("image/tiff"));
    QCOMPARE(AttachmentStore::mimeTypeFor(QStringLiteral("a.tiff")), QStringLiteral("image/tiff"));
    for (const QString &name : {QStringLiteral("letter.docx"), QStringLiteral("virus.exe"),
                                QStringLiteral("noextension"), QStringLiteral("pdf")}) {
        QVERIFY(AttachmentStore::mimeTypeFor(name, &error).isEmpty());
        QCOMPARE(error.code, StoreErrorCode::InvalidInput);
        QVERIFY(error.message.contains(QLatin1String("PDF, JPEG, PNG and TIFF")));
    }
    const QString docx = writeScratch(QStringLiteral("letter.docx"), "PK\x03\x04 not a scan");
    AttachmentInfo info;
    QCOMPARE(m_store->putFile(docx, {}, &info).code, StoreErrorCode::InvalidInput);

    QBuffer buffer;
    buffer.setData(tinyPng());
    buffer.open(QIODevice::ReadOnly);
    error = m_store->put(buffer, QStringLiteral("application/zip"), &info);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    // Content that is not what the type says (a PNG called a PDF, an .exe called a JPEG).
    buffer.seek(0);
    error = m_store->put(buffer, QStringLiteral("application/pdf"), &info);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(error.message.contains(QLatin1String("does not match")));
    const QString exe = writeScratch(QStringLiteral("photo.jpg"), "MZ\x90\x00 executable");
    QCOMPARE(m_store->putFile(exe, {}, &info).code, StoreErrorCode::InvalidInput);
    // Empty.
    const QString empty = writeScratch(QStringLiteral("empty.pdf"), QByteArray());
    error = m_store->putFile(empty, {}, &info);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(error.message.contains(QLatin1String("empty")));
    // Missing input file.
    error = m_store->putFile(m_scratch->filePath(QStringLiteral("gone.pdf")), {}, &info);
    QCOMPARE(error.code, StoreErrorCode::IoError);
    QVERIFY(!error.message.isEmpty());

    // Over 50 MiB: refused up front when the size is known...
    QByteArray big = pdfLike(AttachmentStore::kMaxSize + 1, 7);
    QBuffer bigBuffer(&big);
    bigBuffer.open(QIODevice::ReadOnly);
    error = m_store->put(bigBuffer, QStringLiteral("application/pdf"), &info);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(error.message.contains(QLatin1String("50 MB")));
    QCOMPARE(bigBuffer.pos(), 0); // not even read
    // ...and while reading when it is not.
    EndlessPdf stream(AttachmentStore::kMaxSize + 1);
    error = m_store->put(stream, QStringLiteral("application/pdf"), &info);
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);
    QVERIFY(error.message.contains(QLatin1String("50 MB")));
    // Exactly 50 MiB from a sequential source is accepted.
    EndlessPdf maxStream(AttachmentStore::kMaxSize);
    error = m_store->put(maxStream, QStringLiteral("application/pdf"), &info);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QCOMPARE(info.size, AttachmentStore::kMaxSize);

    // Nothing of the refused ones was left behind.
    QCOMPARE(storedFiles(m_store->attachmentsDir()).size(), 1);
    QVERIFY(tempFiles(m_store->attachmentsDir()).isEmpty());
    QCOMPARE(rowCount(), 1);
}

void TestAttachmentStore::exportWritesThePlaintextExactly()
{
    const QByteArray pdf = pdfLike(1024 * 1024 + 3, 8);
    const AttachmentInfo info = putBytes(pdf, QStringLiteral("application/pdf"));
    const QString target = m_scratch->filePath(QStringLiteral("exported.pdf"));
    StoreError error = m_store->exportTo(info.address, target);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QVERIFY(test::readFile(target) == pdf);
    // Over an existing file: replaced whole.
    QVERIFY(m_store->exportTo(info.address, target).ok());
    QVERIFY(test::readFile(target) == pdf);
    // Unknown address: nothing written.
    const QString nothing = m_scratch->filePath(QStringLiteral("nothing.pdf"));
    QCOMPARE(m_store->exportTo(QString(64, QLatin1Char('0')), nothing).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(nothing));
    // Into a folder that does not exist: a clear I/O error.
    error = m_store->exportTo(info.address, m_scratch->filePath(QStringLiteral("no/such/x.pdf")));
    QCOMPARE(error.code, StoreErrorCode::IoError);
    QVERIFY(!error.message.isEmpty());
}

void TestAttachmentStore::removeDeletesFileAndRow()
{
    const AttachmentInfo info = putBytes(pdfLike(70000, 9), QStringLiteral("application/pdf"));
    const AttachmentInfo keep = putBytes(tinyPng(), QStringLiteral("image/png"));
    QVERIFY(m_store->remove(info.address).ok());
    QVERIFY(!m_store->exists(info.address));
    QVERIFY(!QFile::exists(m_store->pathFor(info.address)));
    QByteArray back;
    QCOMPARE(m_store->read(info.address, &back).code, StoreErrorCode::InvalidInput);
    QVERIFY(m_store->read(keep.address, &back).ok());
    QCOMPARE(rowCount(), 1);
    // Removing again is harmless; putting it again works.
    QVERIFY(m_store->remove(info.address).ok());
    const AttachmentInfo again = putBytes(pdfLike(70000, 9), QStringLiteral("application/pdf"));
    QCOMPARE(again.address, info.address);
    QVERIFY(!again.alreadyStored);
    QVERIFY(m_store->read(again.address, &back).ok());
}

void TestAttachmentStore::lockedStoreRefuses()
{
    const AttachmentInfo info = putBytes(tinyPng(), QStringLiteral("image/png"));
    m_vault->lock();
    QBuffer buffer;
    buffer.setData(tinyPng());
    buffer.open(QIODevice::ReadOnly);
    AttachmentInfo out;
    QCOMPARE(m_store->put(buffer, QStringLiteral("image/png"), &out).code,
             StoreErrorCode::NotUnlocked);
    QByteArray back;
    QCOMPARE(m_store->read(info.address, &back).code, StoreErrorCode::NotUnlocked);
    QVERIFY(!m_store->exists(info.address));
    QCOMPARE(m_store->remove(info.address).code, StoreErrorCode::NotUnlocked);
    QVERIFY(QFile::exists(m_store->pathFor(info.address)));
    QVERIFY(m_vault->unlockWithPassword(kUser, kPassword).ok());
    QVERIFY(m_store->read(info.address, &back).ok());
}

void TestAttachmentStore::rolledBackCallerLeavesAnOrphanForGarbageCollection()
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

void TestAttachmentStore::killDuringPutLosesNothing()
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
    TestAttachmentStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_attachmentstore.moc"
