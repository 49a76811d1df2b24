#pragma once

#include <QString>

namespace pluslife::test {

// A throwaway PKI for TLS tests, made with the openssl command in `dir`: a test CA and a server
// certificate it signed for 127.0.0.1 / localhost, plus an unrelated CA that must be refused.
struct TestPki {
    QString caCert;       // PEM
    QString serverCert;   // PEM, signed by caCert
    QString serverKey;    // PEM
    QString otherCaCert;  // PEM of a CA that signed nothing here
    QString serverSha256; // hex SHA-256 of serverCert's DER (for pinning)
    QString error;        // why making it failed, when it did
    bool ok() const { return error.isEmpty(); }
};

TestPki makeTestPki(const QString &dir);

} // namespace pluslife::test
