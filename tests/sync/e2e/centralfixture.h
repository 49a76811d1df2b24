#pragma once

// pluslife-central on a real PostgreSQL (the cluster installer/with-postgres.sh started) with TLS
// from a throwaway test CA, driven as a separate process like in production.
#include "testpki.h"

#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace pluslife::test {

class CentralFixture {
public:
    CentralFixture();
    ~CentralFixture();

    // Makes the database and the PKI, migrates, creates province 23, county 2301 and the
    // centers 230101 (A) and 230102 (B). False with `error()` set when anything fails.
    bool setUp();
    bool start();
    void stop(); // SIGTERM, graceful
    void kill(); // SIGKILL
    bool isRunning() const;

    // `pluslife-central admin ARGS...`; true on exit 0, stdout in *out.
    bool admin(const QStringList &arguments, QString *out = nullptr);
    QString issueCode(const QString &centerCode);

    // Takes a copy of the database (server stopped) and later puts it back: a restore from an
    // older backup.
    bool snapshotDatabase(const QString &backupName);
    bool restoreDatabase(const QString &backupName);

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    const TestPki &pki() const { return m_pki; }
    QString error() const { return m_error; }
    // Rows of the central's feed for a center, by entity (live records, tombstones excluded).
    int countRecords(const QString &centerCode, const QString &entity);
    QStringList recordUuids(const QString &centerCode, const QString &entity);

    static QString centralExecutable();

private:
    QSqlDatabase admin_db(const QString &dbName);
    QString dbOption() const;
    bool runCentral(const QStringList &arguments, QString *out);

    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_dbName;
    QProcess m_server;
    int m_port = 0;
    QString m_error;
};

} // namespace pluslife::test
