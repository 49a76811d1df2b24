#include "signinguard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace pluslife::storage {

struct SignInGuard::State {
    QJsonObject counters;  // slot id -> {failures, last_failure_utc}
    QJsonArray unreported; // [{at_utc, slot}]
};

SignInGuard::SignInGuard(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
{}

int SignInGuard::delayAfterFailures(int failures)
{
    if (failures < 3)
        return 0;
    if (failures == 3)
        return 5;
    if (failures == 4)
        return 15;
    const int doublings = std::min(failures - 5, 7); // 30 s · 2^7 > 1 h
    return std::min(30 << doublings, 3600);
}

SignInGuard::State SignInGuard::load() const
{
    State state;
    QFile in(m_path);
    if (in.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        state.counters = root.value(QStringLiteral("counters")).toObject();
        state.unreported = root.value(QStringLiteral("unreported")).toArray();
    }
    return state;
}

void SignInGuard::save(const State &state) const
{
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return; // a read-only data folder still lets people sign in; the delay is best effort
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("counters"), state.counters},
                                        {QStringLiteral("unreported"), state.unreported}})
                  .toJson(QJsonDocument::Compact));
    out.commit();
}

int SignInGuard::secondsUntilAllowed(const QString &slotId) const
{
    const QJsonObject counter = load().counters.value(slotId).toObject();
    const int failures = counter.value(QStringLiteral("failures")).toInt();
    const QDateTime last = QDateTime::fromString(
        counter.value(QStringLiteral("last_failure_utc")).toString(), Qt::ISODate);
    const int delay = delayAfterFailures(failures);
    if (delay == 0 || !last.isValid())
        return 0;
    const qint64 elapsed = last.secsTo(m_clock.nowUtc());
    // A clock set backwards must not unlock early or lock forever.
    if (elapsed < 0)
        return delay;
    return int(std::max<qint64>(0, delay - elapsed));
}

int SignInGuard::recordFailure(const QString &slotId)
{
    State state = load();
    QJsonObject counter = state.counters.value(slotId).toObject();
    const int failures = counter.value(QStringLiteral("failures")).toInt() + 1;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    counter.insert(QStringLiteral("failures"), failures);
    counter.insert(QStringLiteral("last_failure_utc"), now);
    state.counters.insert(slotId, counter);
    // Bounded, so a script hammering the dialog cannot fill the disk.
    if (state.unreported.size() < 1000)
        state.unreported.append(
            QJsonObject{{QStringLiteral("at_utc"), now}, {QStringLiteral("slot"), slotId}});
    save(state);
    return delayAfterFailures(failures);
}

QList<SignInGuard::Failure> SignInGuard::recordSuccess(const QString &slotId)
{
    State state = load();
    QList<Failure> failures;
    for (const QJsonValue &v : std::as_const(state.unreported)) {
        const QJsonObject o = v.toObject();
        failures.append(
            {QDateTime::fromString(o.value(QStringLiteral("at_utc")).toString(), Qt::ISODateWithMs),
             o.value(QStringLiteral("slot")).toString()});
    }
    if (failures.isEmpty() && !state.counters.contains(slotId))
        return failures;
    state.counters.remove(slotId);
    state.unreported = QJsonArray();
    save(state);
    return failures;
}

} // namespace pluslife::storage
