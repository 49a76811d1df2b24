// The encrypted attachment store against a real store: round trip, one file per content, the
// keyed file names, what it refuses, export and remove. Tampering, kills and garbage collection
// are in tst_attachmentintegrity.cpp.
#include "attachmenttestfixture.h"

#include "storage/keyslotcrypto.h"

#include <QCryptographicHash>

using namespace pluslife;
using namespace pluslife::storage;
using namespace pluslife::test;

namespace {

QString unkeyedBlake2b(const QByteArray &data)
{
    return hex(QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256));
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

class TestAttachmentStore : public QObject, protected AttachmentFixture {
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void roundTripPdfAndPng();
    void sameContentIsStoredOnce();
    void fileNameIsAKeyedHash();
    void missingFileAndUnknownAddress();
    void refusesWrongTypesAndOversize();
    void exportWritesThePlaintextExactly();
    void removeDeletesFileAndRow();
    void lockedStoreRefuses();
};

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

QTEST_GUILESS_MAIN(TestAttachmentStore)

#include "tst_attachmentstore.moc"
