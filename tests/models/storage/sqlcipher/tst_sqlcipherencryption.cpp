// SqlCipherDriver keys, files and connections: encryption on disk, wrong keys touching nothing,
// missing files, settings applied on open, busy timeout, read-only connections.

#include "sqlciphertestutil.h"

#include <sqlcipher/sqlite3.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sqlciphertest;

namespace {

const QString kMarker = QStringLiteral("KnownPlaintextMarker-Sara");
const QString kPersianName = QStringLiteral("سارا احمدی‌نژاد");

bool writeMarkers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                               "note TEXT, raw BLOB)")))
        return false;
    if (!q.prepare(QStringLiteral("INSERT INTO people (name, note, raw) VALUES (?, ?, ?)")))
        return false;
    q.addBindValue(kPersianName);
    q.addBindValue(kMarker);
    q.addBindValue(kMarker.toUtf8());
    return q.exec();
}

// Does `bytes` hold one of the markers in a form SQLite could have stored?
bool containsMarker(const QByteArray &bytes)
{
    const auto utf16 = [](const QString &s) {
        return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    return bytes.contains(kMarker.toUtf8()) || bytes.contains(kPersianName.toUtf8()) ||
           bytes.contains(utf16(kMarker)) || bytes.contains(utf16(kPersianName)) ||
           bytes.contains(QByteArray("KnownPlaintextMarker"));
}

QByteArray hex(const QByteArray &key)
{
    return key.toHex();
}

} // namespace

class TestSqlCipherEncryption : public QObject {
    Q_OBJECT

private slots:
    void cipherVersionCheck_data();
    void cipherVersionCheck();
    void appliedSettings();
    void unkeyedAppliedSettings();
    void missingFileWithoutCreate();
    void keyedFilesHoldNoPlaintext();
    void unkeyedControlShowsPlaintext();
    void wrongKeyTouchesNothing();
    void unkeyedOpenOfEncryptedFileFails();
    void wrongKeySizeRefused();
    void reopenNeedsFreshKey();
    void rawKeyFormOnDisk();
    void busyTimeout();
    void readOnly();
    void passwordRefused();
    void unknownOptionRefused();
};

void TestSqlCipherEncryption::cipherVersionCheck_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<int>("major");
    QTest::newRow("empty (plain SQLite)") << QString() << false << -1;
    QTest::newRow("blank") << QStringLiteral("  ") << false << -1;
    QTest::newRow("debian 3.4.1") << QStringLiteral("3.4.1") << true << 3;
    QTest::newRow("4.x community") << QStringLiteral("4.5.6 community") << true << 4;
    QTest::newRow("future") << QStringLiteral("10.0.0") << true << 10;
    QTest::newRow("too old") << QStringLiteral("2.2.1") << false << 2;
    QTest::newRow("garbage") << QStringLiteral("community") << false << -1;
}

void TestSqlCipherEncryption::cipherVersionCheck()
{
    QFETCH(QString, version);
    QFETCH(bool, acceptable);
    QFETCH(int, major);
    QCOMPARE(SqlCipherDriver::isCipherVersionAcceptable(version), acceptable);
    QCOMPARE(SqlCipherDriver::cipherMajorVersion(version), major);
}

void TestSqlCipherEncryption::appliedSettings()
{
    QTemporaryDir dir;
    Connection conn(dir.filePath(QStringLiteral("s.db")), randomKey(),
                    QStringLiteral("QSQLCIPHER_CREATE; QSQLCIPHER_BUSY_TIMEOUT=1234"));
    QVERIFY2(conn.ok(), qPrintable(conn.error().text()));
    const QVariantMap s = conn.driver()->appliedSettings();
    const QString version = s.value(QStringLiteral("cipher_version")).toString();
    QVERIFY2(SqlCipherDriver::isCipherVersionAcceptable(version), qPrintable(version));
    QCOMPARE(s.value(QStringLiteral("keyed")), QVariant(true));
    QCOMPARE(s.value(QStringLiteral("cipher_page_size")).toInt(), 4096);
    QCOMPARE(s.value(QStringLiteral("page_size")).toInt(), 4096);
    QCOMPARE(s.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(s.value(QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("temp_store")).toInt(), 2); // MEMORY
    QCOMPARE(s.value(QStringLiteral("busy_timeout_ms")).toInt(), 1234);
    QVERIFY(s.contains(QStringLiteral("cipher_compatibility")));
    const bool v4 = SqlCipherDriver::cipherMajorVersion(version) >= 4;
    QCOMPARE(s.value(QStringLiteral("cipher_compatibility")).toString(),
             v4 ? QStringLiteral("3") : QString());
    conn.db().close();
    QVERIFY(conn.driver()->appliedSettings().isEmpty());
}

void TestSqlCipherEncryption::unkeyedAppliedSettings()
{
    QTemporaryDir dir;
    Connection conn(dir.filePath(QStringLiteral("plain.db")), {},
                    QStringLiteral("QSQLCIPHER_CREATE"), Connection::Key::None);
    QVERIFY2(conn.ok(), qPrintable(conn.error().text()));
    const QVariantMap s = conn.driver()->appliedSettings();
    QCOMPARE(s.value(QStringLiteral("keyed")), QVariant(false));
    QCOMPARE(s.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(s.value(QStringLiteral("page_size")).toInt(), 4096);
    QCOMPARE(s.value(QStringLiteral("busy_timeout_ms")).toInt(),
             SqlCipherDriver::kDefaultBusyTimeoutMs);
}

void TestSqlCipherEncryption::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    {
        Connection conn(path, randomKey(), QString());
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().type(), QSqlError::ConnectionError);
        QCOMPARE(conn.error().nativeErrorCode(), QStringLiteral("14")); // SQLITE_CANTOPEN
        QVERIFY(conn.error().driverText().contains(QLatin1String("does not exist")));
        QVERIFY(!conn.db().isOpen());
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(snapshot(dir.path()).isEmpty());
}

void TestSqlCipherEncryption::keyedFilesHoldNoPlaintext()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    {
        Connection conn(path, randomKey());
        QVERIFY2(conn.ok(), qPrintable(conn.error().text()));
        QVERIFY(writeMarkers(conn.db()));
        // Still open: the rows are in the WAL, not yet checkpointed.
        const QByteArray wal = readFile(path + QStringLiteral("-wal"));
        QVERIFY(wal.size() > 4096);
        QVERIFY(!containsMarker(wal));
        const QByteArray main = readFile(path);
        QVERIFY(!main.startsWith("SQLite format 3"));
        QVERIFY(!containsMarker(main));
    }
    // Closed: the WAL was checkpointed into the main file.
    const QByteArray main = readFile(path);
    QVERIFY(main.size() >= 2 * 4096);
    QVERIFY(!main.startsWith("SQLite format 3"));
    QVERIFY(!containsMarker(main));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSqlCipherEncryption::unkeyedControlShowsPlaintext()
{
    // The same check on an unkeyed file must find the markers, or the check above proves nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    Connection conn(path, {}, QStringLiteral("QSQLCIPHER_CREATE"), Connection::Key::None);
    QVERIFY2(conn.ok(), qPrintable(conn.error().text()));
    QVERIFY(writeMarkers(conn.db()));
    QVERIFY(readFile(path).startsWith("SQLite format 3"));
    QVERIFY(containsMarker(readFile(path + QStringLiteral("-wal"))));
}

void TestSqlCipherEncryption::wrongKeyTouchesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const QByteArray key = randomKey();
    {
        Connection conn(path, key);
        QVERIFY2(conn.ok(), qPrintable(conn.error().text()));
        QVERIFY(writeMarkers(conn.db()));
    }
    const auto before = snapshot(dir.path());
    QCOMPARE(before.keys(), QStringList{QStringLiteral("store.db")});

    QByteArray wrong = key;
    wrong[0] = char(wrong.at(0) ^ 0x01);
    for (const QString &options : {QString(), QStringLiteral("QSQLCIPHER_CREATE")}) {
        Connection conn(path, wrong, options);
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().type(), QSqlError::ConnectionError);
        QCOMPARE(conn.error().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB
        QVERIFY2(conn.error().driverText().contains(QLatin1String("key does not open")),
                 qPrintable(conn.error().driverText()));
        QVERIFY(!conn.db().isOpen());
        QCOMPARE(snapshot(dir.path()), before); // byte-identical, no -wal/-shm/-journal
    }
    QCOMPARE(snapshot(dir.path()), before);

    Connection right(path, key, QString());
    QVERIFY2(right.ok(), qPrintable(right.error().text()));
    QSqlQuery q(right.db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM people")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), kPersianName);
}

void TestSqlCipherEncryption::unkeyedOpenOfEncryptedFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    {
        Connection conn(path, randomKey());
        QVERIFY(conn.ok());
        QVERIFY(writeMarkers(conn.db()));
    }
    const auto before = snapshot(dir.path());
    {
        Connection conn(path, {}, QString(), Connection::Key::None);
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().nativeErrorCode(), QStringLiteral("26"));
    }
    QCOMPARE(snapshot(dir.path()), before);
}

void TestSqlCipherEncryption::wrongKeySizeRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    {
        Connection conn(path, randomKey().left(16)); // with QSQLCIPHER_CREATE
        QVERIFY(!conn.ok());
        QVERIFY(conn.error().driverText().contains(QLatin1String("32 bytes")));
    }
    QVERIFY(snapshot(dir.path()).isEmpty()); // never an unkeyed file instead
}

void TestSqlCipherEncryption::reopenNeedsFreshKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    Connection conn(path, key);
    QVERIFY(conn.ok());
    QSqlDatabase db = conn.db();
    db.close();
    QVERIFY(!db.open()); // the key was wiped after the first open
    QVERIFY(db.lastError().driverText().contains(QLatin1String("setKey")));

    const QString other = dir.filePath(QStringLiteral("b.db"));
    db.setDatabaseName(other);
    QVERIFY(!db.open()); // must not create an unkeyed file either
    QVERIFY(!QFile::exists(other));

    db.setDatabaseName(path);
    conn.driver()->setKey(key);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void TestSqlCipherEncryption::rawKeyFormOnDisk()
{
    // Open the driver's file with SQLCipher directly: the raw-key form with page size 4096 must
    // work, the same 64 hex digits as a passphrase must not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const QByteArray key = randomKey();
    {
        Connection conn(path, key);
        QVERIFY(conn.ok());
        QVERIFY(writeMarkers(conn.db()));
    }
    const auto countRows = [&](const QByteArray &keyPragma, const char *pageSize, int *count) {
        sqlite3 *h = nullptr;
        int rc = sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(h, keyPragma.constData(), nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK && pageSize)
            rc = sqlite3_exec(h, pageSize, nullptr, nullptr, nullptr);
        sqlite3_stmt *stmt = nullptr;
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2(h, "SELECT count(*) FROM people", -1, &stmt, nullptr);
        if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            *count = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
        sqlite3_finalize(stmt);
        sqlite3_close_v2(h);
        return rc;
    };
    const QByteArray raw = "PRAGMA key = \"x'" + hex(key) + "'\"";
    const QByteArray passphrase = "PRAGMA key = '" + hex(key) + "'";
    const char *page4096 = "PRAGMA cipher_page_size = 4096";
    int count = -1;
    QCOMPARE(countRows(raw, page4096, &count), SQLITE_OK);
    QCOMPARE(count, 1);
    QCOMPARE(countRows(passphrase, page4096, &count), SQLITE_NOTADB);
    char *version = nullptr;
    {
        sqlite3 *h = nullptr;
        sqlite3_open_v2(":memory:", &h, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(h, "PRAGMA cipher_version", -1, &stmt, nullptr);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            version = sqlite3_mprintf("%s", sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close_v2(h);
    }
    const int major = SqlCipherDriver::cipherMajorVersion(QString::fromUtf8(version));
    sqlite3_free(version);
    if (major == 3) // 3.x defaults to 1 KiB pages: proves the driver really set 4096
        QCOMPARE(countRows(raw, nullptr, &count), SQLITE_NOTADB);
}

void TestSqlCipherEncryption::busyTimeout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    const QByteArray key = randomKey();
    Connection a(path, key);
    QVERIFY(a.ok());
    Connection b(path, key, QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=300"));
    QVERIFY2(b.ok(), qPrintable(b.error().text()));
    QCOMPARE(b.driver()->appliedSettings().value(QStringLiteral("busy_timeout_ms")).toInt(), 300);

    QSqlQuery qa(a.db());
    QVERIFY(qa.exec(QStringLiteral("CREATE TABLE t (x)")));
    QVERIFY(qa.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(qa.exec(QStringLiteral("INSERT INTO t VALUES (1)")));

    QSqlQuery qb(b.db());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!qb.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(qb.lastError().nativeErrorCode(), QStringLiteral("5")); // SQLITE_BUSY
    QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));

    // A reader is not blocked by the writer in WAL mode.
    QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(qb.next());
    QCOMPARE(qb.value(0).toLongLong(), 0);

    QVERIFY(qa.exec(QStringLiteral("COMMIT")));
    QVERIFY2(qb.exec(QStringLiteral("INSERT INTO t VALUES (2)")),
             qPrintable(qb.lastError().text()));
}

void TestSqlCipherEncryption::readOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    const QByteArray key = randomKey();
    {
        Connection conn(path, key);
        QVERIFY(conn.ok());
        QVERIFY(writeMarkers(conn.db()));
    }
    Connection ro(path, key, QStringLiteral("QSQLCIPHER_READONLY"));
    QVERIFY2(ro.ok(), qPrintable(ro.error().text()));
    QSqlQuery q(ro.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM people")));
    QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
    QVERIFY(ro.db().transaction()); // a deferred BEGIN on read-only connections
    QVERIFY(ro.db().commit());
}

void TestSqlCipherEncryption::passwordRefused()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("password-test");
    pluslife::storage::registerSqlCipherDriver();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QLatin1String(pluslife::storage::kSqlCipherDriverName), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("p.db")));
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        db.setPassword(QStringLiteral("not-a-key"));
        static_cast<SqlCipherDriver *>(db.driver())->setKey(randomKey());
        QVERIFY(!db.open());
        QVERIFY(db.lastError().driverText().contains(QLatin1String("setKey")));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(snapshot(dir.path()).isEmpty());
}

void TestSqlCipherEncryption::unknownOptionRefused()
{
    QTemporaryDir dir;
    {
        Connection conn(dir.filePath(QStringLiteral("o.db")), randomKey(),
                        QStringLiteral("QSQLCIPHER_CREATE;QSQLITE_BUSY_TIMEOUT=10"));
        QVERIFY(!conn.ok());
        QVERIFY(conn.error().driverText().contains(QLatin1String("QSQLITE_BUSY_TIMEOUT")));
    }
    QVERIFY(snapshot(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSqlCipherEncryption)
#include "tst_sqlcipherencryption.moc"
