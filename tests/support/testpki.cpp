#include "testpki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>

namespace pluslife::test {
namespace {

bool openssl(const QString &dir, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=PlusLife test CA ") + name,
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error);
}

} // namespace

TestPki makeTestPki(const QString &dir)
{
    TestPki pki;
    QString error;
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n") < 0) {
        pki.error = QStringLiteral("cannot write server.ext");
        return pki;
    }
    ext.close();
    const bool made =
        makeCa(dir, QStringLiteral("ca"), &error) && makeCa(dir, QStringLiteral("other"), &error) &&
        openssl(dir,
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")},
                &error) &&
        openssl(dir,
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                 QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                 QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                &error);
    if (!made) {
        pki.error = error;
        return pki;
    }
    pki.caCert = dir + QStringLiteral("/ca.pem");
    pki.otherCaCert = dir + QStringLiteral("/other.pem");
    pki.serverCert = dir + QStringLiteral("/server.pem");
    pki.serverKey = dir + QStringLiteral("/server.key");
    const auto certs = QSslCertificate::fromPath(pki.serverCert);
    if (certs.isEmpty()) {
        pki.error = QStringLiteral("the server certificate does not load");
        return pki;
    }
    pki.serverSha256 = QString::fromLatin1(
        QCryptographicHash::hash(certs.first().toDer(), QCryptographicHash::Sha256).toHex());
    return pki;
}

} // namespace pluslife::test
