// The Behzisti service catalog: reading and checking the catalog file, and looking services up.
#include "needsrules.h"
#include "needsrulesinternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace pluslife::domain {

using needs_internal::readResource;

QString CatalogService::displayName() const
{
    const bool persian = QLocale().language() == QLocale::Persian;
    if (persian && !nameFa.isEmpty())
        return nameFa;
    return nameEn.isEmpty() ? nameFa : nameEn;
}

std::shared_ptr<const ServiceCatalog> ServiceCatalog::fromJson(const QByteArray &json,
                                                               QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The service catalog is not valid JSON: %1.").arg(parseError.errorString()));
    if (document.object().value(QLatin1String("format")).toInt() != 1)
        return fail(tr("The service catalog has a format this version does not read."));
    static const QRegularExpression idPattern(QStringLiteral("^[0-9]{11}$"));
    auto catalog = std::make_shared<ServiceCatalog>();
    const QJsonArray services = document.object().value(QLatin1String("services")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject o = value.toObject();
        CatalogService service{o.value(QLatin1String("id")).toString(),
                               o.value(QLatin1String("parent")).toString(),
                               o.value(QLatin1String("fa")).toString().trimmed(),
                               o.value(QLatin1String("en")).toString().trimmed()};
        if (!idPattern.match(service.id).hasMatch())
            return fail(tr("The service catalog holds an id that is not 11 digits: \"%1\".")
                            .arg(service.id));
        if (catalog->m_index.contains(service.id))
            return fail(tr("The service catalog lists %1 twice.").arg(service.id));
        if (service.nameFa.isEmpty() || service.nameEn.isEmpty())
            return fail(
                tr("Service %1 of the catalog lacks its Persian or English name.").arg(service.id));
        catalog->m_index.insert(service.id, catalog->m_services.size());
        catalog->m_services.append(service);
    }
    if (catalog->m_services.isEmpty())
        return fail(tr("The service catalog lists no service."));
    for (const CatalogService &service : catalog->m_services)
        if (!service.parentId.isEmpty() && !catalog->m_index.contains(service.parentId))
            return fail(tr("Service %1 of the catalog names an unknown parent %2.")
                            .arg(service.id, service.parentId));
    return catalog;
}

std::shared_ptr<const ServiceCatalog> ServiceCatalog::shipped()
{
    static const std::shared_ptr<const ServiceCatalog> catalog = [] {
        QString error;
        auto loaded = fromJson(
            readResource(QStringLiteral(":/pluslife/domain/data/service-catalog.json")), &error);
        if (!loaded) {
            qWarning("service catalog: %s", qPrintable(error));
            loaded = std::make_shared<ServiceCatalog>();
        }
        return loaded;
    }();
    return catalog;
}

const CatalogService *ServiceCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_services.at(*it);
}

QString ServiceCatalog::displayName(const QString &id) const
{
    const CatalogService *service = find(id);
    return service ? service->displayName() : id;
}

} // namespace pluslife::domain
