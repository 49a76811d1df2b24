// SqlCipherDriver::open(): options, key, cipher settings, key check, connection settings.

#include "sqlcipherdriver.h"

#include "sqlcipherinternal.h"
#include "sqlcipherresult.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>

#include <array>

namespace pluslife::storage {

using detail::driverError;
using detail::queryScalar;
using detail::sqliteError;

namespace {

// x'<64 hex digits>': SQLCipher's raw-key form, which skips the passphrase KDF.
constexpr int kRawKeyLiteralSize = 2 + 2 * SqlCipherDriver::kRawKeySize + 1;

} // namespace

bool SqlCipherDriver::parseOptions(const QString &connOpts, Options *options)
{
    const QStringList parts = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString opt = raw.trimmed();
        if (opt.isEmpty())
            continue;
        if (opt == QLatin1String("QSQLCIPHER_CREATE")) {
            options->create = true;
        } else if (opt == QLatin1String("QSQLCIPHER_READONLY")) {
            options->readOnly = true;
        } else if (opt.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int ms = opt.mid(opt.indexOf(QLatin1Char('=')) + 1).trimmed().toInt(&ok);
            if (!ok || ms < 0)
                return failOpen(
                    driverError(QCoreApplication::translate(
                                    "SqlCipherDriver", "Invalid QSQLCIPHER_BUSY_TIMEOUT value."),
                                {}, QSqlError::ConnectionError, SQLITE_MISUSE));
            options->busyTimeoutMs = ms;
        } else {
            return failOpen(driverError(
                QCoreApplication::translate("SqlCipherDriver", "Unknown connect option: %1")
                    .arg(opt),
                {}, QSqlError::ConnectionError, SQLITE_MISUSE));
        }
    }
    if (options->create && options->readOnly)
        return failOpen(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each "
                                        "other."),
            {}, QSqlError::ConnectionError, SQLITE_MISUSE));
    return true;
}

bool SqlCipherDriver::failOpen(const QSqlError &error)
{
    closeHandle();
    setLastError(error);
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connOpts)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    // Whatever happens below, no copy of the key outlives this open attempt.
    const auto wipe = qScopeGuard([this] {
        wipeKey();
        if (m_keyState != KeyState::None)
            m_keyState = KeyState::Consumed;
    });

    if (isOpen())
        close();

    if (!password.isEmpty())
        return failOpen(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "Passwords are not accepted; set the raw key with "
                                        "setKey()."),
            {}, QSqlError::ConnectionError, SQLITE_MISUSE));
    if (m_keyState == KeyState::Invalid)
        return failOpen(
            driverError(QCoreApplication::translate("SqlCipherDriver",
                                                    "The database key must be exactly 32 bytes."),
                        {}, QSqlError::ConnectionError, SQLITE_MISUSE));
    if (m_keyState == KeyState::Consumed)
        return failOpen(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "No key was set for this open; call setKey() before "
                                        "every open."),
            {}, QSqlError::ConnectionError, SQLITE_MISUSE));
    const bool keyed = m_keyState == KeyState::Pending;

    Options options;
    if (!parseOptions(connOpts, &options))
        return false;

    const bool inMemory = db.isEmpty() || db == QLatin1String(":memory:");
    if (!options.create && !inMemory && !QFileInfo::exists(db))
        return failOpen(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database file does not exist."), {},
            QSqlError::ConnectionError, SQLITE_CANTOPEN));

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create)
        flags |= SQLITE_OPEN_CREATE;

    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(sqliteError(
            m_db, rc,
            QCoreApplication::translate("SqlCipherDriver", "The database file cannot be opened."),
            QSqlError::ConnectionError));
    sqlite3_extended_result_codes(m_db, 1);
    // Early, so every step below waits for other connections instead of failing at once.
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    const QString cipherVersion = queryScalar(m_db, "PRAGMA cipher_version");
    if (!isCipherVersionAcceptable(cipherVersion))
        return failOpen(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "This program needs SQLCipher; the SQLite library in use "
                                        "cannot encrypt."),
            {}, QSqlError::ConnectionError, SQLITE_MISUSE));
    const int cipherMajor = cipherMajorVersion(cipherVersion);

    if (keyed && !applyKeyAndCipherSettings(cipherMajor))
        return false;
    if (!verifyReadable(keyed))
        return false;
    if (!applyConnectionSettings(options))
        return false;
    readBackSettings(keyed, cipherVersion, cipherMajor);

    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::applyKeyAndCipherSettings(int cipherMajor)
{
    std::array<char, kRawKeyLiteralSize> literal{};
    static constexpr char hexDigits[] = "0123456789abcdef";
    literal[0] = 'x';
    literal[1] = '\'';
    for (int i = 0; i < kRawKeySize; ++i) {
        const auto byte = static_cast<unsigned char>(m_key.at(i));
        literal[size_t(2 + 2 * i)] = hexDigits[byte >> 4];
        literal[size_t(3 + 2 * i)] = hexDigits[byte & 0x0f];
    }
    literal[kRawKeyLiteralSize - 1] = '\'';
    const int rc = sqlite3_key(m_db, literal.data(), kRawKeyLiteralSize);
    sodium_memzero(literal.data(), literal.size());
    wipeKey();
    if (rc != SQLITE_OK)
        return failOpen(
            sqliteError(m_db, rc,
                        QCoreApplication::translate("SqlCipherDriver",
                                                    "The database key could not be applied."),
                        QSqlError::ConnectionError));

    // SQLCipher 4 defaults differ from 3.x; compatibility 3 first (it resets the page size),
    // then our explicit page size, so one file opens with 3.4 (Debian) and 4.x (Windows).
    if (cipherMajor >= 4 &&
        !execSimple("PRAGMA cipher_compatibility = 3",
                    QCoreApplication::translate("SqlCipherDriver", "Cipher settings failed."),
                    QSqlError::ConnectionError))
        return failOpen(lastError());
    if (!execSimple("PRAGMA cipher_page_size = 4096",
                    QCoreApplication::translate("SqlCipherDriver", "Cipher settings failed."),
                    QSqlError::ConnectionError))
        return failOpen(lastError());
    return true;
}

bool SqlCipherDriver::verifyReadable(bool keyed)
{
    // The first real read of the file: a wrong key fails here, before anything is written.
    int rc = SQLITE_OK;
    queryScalar(m_db, "SELECT count(*) FROM sqlite_master", &rc);
    if (rc == SQLITE_OK)
        return true;
    if ((rc & 0xff) == SQLITE_NOTADB)
        return failOpen(driverError(
            keyed ? QCoreApplication::translate("SqlCipherDriver",
                                                "The key does not open this database.")
                  : QCoreApplication::translate("SqlCipherDriver",
                                                "The file is encrypted or is not a database."),
            QString::fromUtf8(sqlite3_errstr(SQLITE_NOTADB)), QSqlError::ConnectionError,
            SQLITE_NOTADB));
    return failOpen(sqliteError(
        m_db, rc, QCoreApplication::translate("SqlCipherDriver", "The database cannot be read."),
        QSqlError::ConnectionError));
}

bool SqlCipherDriver::applyConnectionSettings(const Options &options)
{
    const QString failed =
        QCoreApplication::translate("SqlCipherDriver", "Connection settings failed.");
    const auto type = QSqlError::ConnectionError;
    if (!options.readOnly) {
        if (!execSimple("PRAGMA page_size = 4096", failed, type)) // only affects new files
            return failOpen(lastError());
        int rc = SQLITE_OK;
        queryScalar(m_db, "PRAGMA journal_mode = WAL", &rc);
        if (rc != SQLITE_OK)
            return failOpen(sqliteError(m_db, rc, failed, type));
    }
    // 8 MiB of decrypted pages per connection: a page read again from the cache skips the
    // decryption and HMAC check, which is most of SQLCipher's cost on reads (bench_sqlcipher).
    if (!execSimple("PRAGMA foreign_keys = ON", failed, type) ||
        !execSimple("PRAGMA temp_store = MEMORY", failed, type) ||
        !execSimple("PRAGMA cache_size = -8192", failed, type))
        return failOpen(lastError());
    return true;
}

void SqlCipherDriver::readBackSettings(bool keyed, const QString &cipherVersion, int cipherMajor)
{
    m_settings.clear();
    m_settings.insert(QStringLiteral("cipher_version"), cipherVersion);
    m_settings.insert(QStringLiteral("keyed"), keyed);
    m_settings.insert(QStringLiteral("cipher_page_size"),
                      keyed ? queryScalar(m_db, "PRAGMA cipher_page_size").toInt() : 0);
    QString compatibility;
    if (keyed && cipherMajor >= 4) {
        compatibility = queryScalar(m_db, "PRAGMA cipher_compatibility");
        if (compatibility.isEmpty()) // some 4.x releases have no getter: record what we set
            compatibility = QStringLiteral("3");
    }
    m_settings.insert(QStringLiteral("cipher_compatibility"), compatibility);
    m_settings.insert(QStringLiteral("page_size"), queryScalar(m_db, "PRAGMA page_size").toInt());
    m_settings.insert(QStringLiteral("journal_mode"),
                      queryScalar(m_db, "PRAGMA journal_mode").toLower());
    m_settings.insert(QStringLiteral("foreign_keys"),
                      queryScalar(m_db, "PRAGMA foreign_keys").toInt());
    m_settings.insert(QStringLiteral("temp_store"), queryScalar(m_db, "PRAGMA temp_store").toInt());
    m_settings.insert(QStringLiteral("cache_size"), queryScalar(m_db, "PRAGMA cache_size").toInt());
    m_settings.insert(QStringLiteral("busy_timeout_ms"),
                      queryScalar(m_db, "PRAGMA busy_timeout").toInt());
}

} // namespace pluslife::storage
