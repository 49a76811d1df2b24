// Resources the central distributes (hello.resources: forms, needs rules, holidays): fetched
// when this store lacks that exact content, verified by SHA-256, kept in `settings` under
// "sync.resource.<kind>.<id>" as {"version", "sha256", "content"} for the code that installs
// them (see the engine's report: installing is not done here).
#include "engineinternal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync::detail {
namespace {

QString settingKey(const QString &kind, const QString &id)
{
    return QStringLiteral("sync.resource.") + kind + QLatin1Char('.') + id;
}

bool isPathSafe(const QString &part)
{
    if (part.isEmpty())
        return false;
    for (const QChar c : part) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_') && c != QLatin1Char('.'))
            return false;
    }
    return part != QLatin1String("..") && part != QLatin1String(".");
}

QString storedSha256(CycleRun &run, const QString &key)
{
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8())
        .object()
        .value(QStringLiteral("sha256"))
        .toString();
}

} // namespace

bool fetchResources(CycleRun &run, const QJsonArray &resources)
{
    for (const QJsonValue &value : resources) {
        if (run.stopRequested())
            return false;
        const QJsonObject resource = value.toObject();
        const QString kind = resource.value(QStringLiteral("kind")).toString();
        const QString id = resource.value(QStringLiteral("id")).toString();
        const QJsonValue versionValue = resource.value(QStringLiteral("version"));
        const QString version = versionValue.isString() ? versionValue.toString()
                                                        : QString::number(versionValue.toInteger());
        const QString sha256 = resource.value(QStringLiteral("sha256")).toString().toLower();
        if (!isPathSafe(kind) || !isPathSafe(id) || !isPathSafe(version) || sha256.isEmpty()) {
            run.report.errors << QStringLiteral("skipped a resource with a malformed name");
            continue;
        }
        const QString key = settingKey(kind, id);
        if (storedSha256(run, key) == sha256)
            continue;
        const TransportReply reply =
            run.transport.getBytes(QStringLiteral("/v1/resources/%1/%2/%3").arg(kind, id, version));
        if (!reply.ok())
            return run.failReply(reply, QStringLiteral("resource"));
        const QString got = QString::fromLatin1(
            QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex());
        if (got != sha256) {
            run.report.errors
                << QStringLiteral("resource %1/%2 did not match its hash").arg(kind, id);
            continue;
        }
        const QJsonObject stored{{QStringLiteral("version"), version},
                                 {QStringLiteral("sha256"), sha256},
                                 {QStringLiteral("content"), QString::fromUtf8(reply.body)}};
        QSqlQuery q(run.db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_utc, "
                                 "updated_by) VALUES (?, ?, ?, NULL)"));
        q.addBindValue(key);
        q.addBindValue(jsonText(stored));
        q.addBindValue(run.clock.nowUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
    }
    return true;
}

} // namespace pluslife::sync::detail
