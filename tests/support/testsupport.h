#pragma once

#include "domain/clock.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pluslife::test {

// Time that moves only when the test says so.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromString(
                             QStringLiteral("2026-11-23T08:00:00Z"), Qt::ISODate))
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

// Every file of a folder (recursively) with its bytes, to prove a failed operation changed nothing.
QMap<QString, QByteArray> snapshotFolder(const QString &dir);
QByteArray readFile(const QString &path);
// A keychain service name no other test uses, so tests never see each other's secrets.
QString uniqueKeychainService();
// The pluslife-admin executable of this build.
QString adminExecutable();

} // namespace pluslife::test
