#include "distributedresources.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pluslife::services {

QList<DistributedResource> distributedResources(QSqlDatabase db, const QString &kind)
{
    QList<DistributedResource> found;
    const QString prefix = QStringLiteral("sync.resource.") + kind + QLatin1Char('.');
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ? ORDER BY key"));
    query.addBindValue(prefix + QLatin1Char('%'));
    if (!query.exec())
        return found;
    while (query.next()) {
        const QJsonObject value =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        DistributedResource resource;
        resource.kind = kind;
        resource.id = query.value(0).toString().mid(prefix.size());
        resource.version = value.value(QStringLiteral("version")).toVariant().toString();
        resource.content = value.value(QStringLiteral("content")).toString().toUtf8();
        if (!resource.content.isEmpty())
            found.append(resource);
    }
    return found;
}

locale::WorkingCalendar currentWorkingCalendar(QSqlDatabase db)
{
    // The newest distributed calendar that reads cleanly (ids sort as published).
    const QList<DistributedResource> calendars =
        distributedResources(db, QStringLiteral("holidays"));
    for (auto it = calendars.crbegin(); it != calendars.crend(); ++it) {
        QString error;
        if (auto calendar = locale::WorkingCalendar::fromJson(it->content, &error))
            return *calendar;
    }
    return locale::WorkingCalendar::shipped();
}

std::shared_ptr<const domain::NeedsRules> currentNeedsRules(QSqlDatabase db, QString *error)
{
    const QList<DistributedResource> rules =
        distributedResources(db, QStringLiteral("needs-rules"));
    for (auto it = rules.crbegin(); it != rules.crend(); ++it) {
        QString problem;
        if (auto loaded = domain::NeedsRules::fromJson(
                it->content, *domain::ServiceCatalog::shipped(), &problem))
            return loaded;
    }
    return domain::NeedsRules::shipped(error);
}

} // namespace pluslife::services
