#pragma once

// Shared by the attachment store tests: a real store (SQLCipher file, real keychain on the test
// session bus, KdfParams::fastForTests), test documents and looks into the attachments folder.
#include "storage/attachmentstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pluslife::test {

inline const QString kUser = QStringLiteral("manager");
inline const QString kPassword = QStringLiteral("correct horse 1405");
inline const QByteArray kMarker = "PLUSLIFE-MARKER-Zahra-Hosseini-0012345678-do-not-leak";

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// A PDF-looking blob with the marker at the start, inside, across a chunk boundary and at the end.
inline QByteArray pdfLike(qsizetype size, quint32 seed)
{
    QByteArray data = randomBytes(size, seed);
    const QByteArray head = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n" + kMarker + '\n';
    data.replace(0, head.size(), head);
    data.replace(size / 2, kMarker.size(), kMarker);
    data.replace(storage::AttachmentStore::kChunkSize - 10, kMarker.size(), kMarker);
    data.replace(size - kMarker.size() - 7, kMarker.size(), kMarker);
    data.replace(size - 6, 6, "%%EOF\n");
    return data;
}

inline QByteArray tinyPng()
{
    // 1x1 transparent PNG.
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                  "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

inline QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

inline QStringList storedFiles(const QString &attachmentsDir)
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

inline QStringList tempFiles(const QString &attachmentsDir)
{
    return QDir(attachmentsDir + QStringLiteral("/tmp"))
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A new store with a signed-in manager for every test function (call setUp() from init()).
class AttachmentFixture {
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    QString m_service;
    ManualClock m_clock;
    std::unique_ptr<storage::Vault> m_vault;
    std::unique_ptr<storage::AttachmentStore> m_store;

    void setUp()
    {
        m_store.reset();
        m_vault.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_scratch = std::make_unique<QTemporaryDir>();
        m_service = uniqueKeychainService();
        m_keychain = std::make_unique<storage::KeychainSecretStore>(m_service);
        m_vault = std::make_unique<storage::Vault>(m_dir->path(), *m_keychain, m_clock);
        QString recovery;
        const storage::StoreError error =
            m_vault->create(kUser, kPassword, &recovery, storage::KdfParams::fastForTests());
        QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
        m_store = std::make_unique<storage::AttachmentStore>(*m_vault, m_clock);
    }
    QString writeScratch(const QString &name, const QByteArray &data)
    {
        const QString path = m_scratch->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    storage::AttachmentInfo putBytes(const QByteArray &data, const QString &mimeType)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        storage::AttachmentInfo info;
        const storage::StoreError error = m_store->put(buffer, mimeType, &info);
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

} // namespace pluslife::test
