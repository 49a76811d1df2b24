#pragma once

// Helpers shared by the SQLCipher driver tests (header-only).

#include "storage/sqlcipher/sqlcipherdriver.h"
#include "storage/sqlcipher/sqlcipherregistration.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace sqlciphertest {

using pluslife::storage::SqlCipherDriver;

inline QByteArray randomKey()
{
    QByteArray key(SqlCipherDriver::kRawKeySize, '\0');
    for (char &c : key)
        c = char(QRandomGenerator::system()->bounded(256));
    return key;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every file in `dir` with a SHA-256 of its content: to prove that nothing changed on disk.
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        files.insert(name, QCryptographicHash::hash(readFile(dir + QLatin1Char('/') + name),
                                                    QCryptographicHash::Sha256));
    return files;
}

// One named QSqlDatabase connection, opened in the constructor and closed and removed (with no
// copies left alive) in the destructor. Declare it before any QSqlQuery that uses it.
class Connection {
public:
    enum class Key { Use, None };

    Connection(const QString &path, const QByteArray &key,
               const QString &options = QStringLiteral("QSQLCIPHER_CREATE"), Key useKey = Key::Use)
        : m_name(QStringLiteral("sqlcipher-test-%1").arg(++counter()))
    {
        pluslife::storage::registerSqlCipherDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QLatin1String(pluslife::storage::kSqlCipherDriverName), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (useKey == Key::Use)
            driver()->setKey(key);
        m_ok = db.open();
        m_error = db.lastError();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    SqlCipherDriver *driver() const
    {
        return static_cast<SqlCipherDriver *>(QSqlDatabase::database(m_name, false).driver());
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_ok = false;
    QSqlError m_error;
};

} // namespace sqlciphertest
