#include "referral.h"

#include "needsrules.h"

#include <QCoreApplication>

namespace pluslife::domain {
namespace {

struct Item {
    const char *key;
    const char *text;
};

const QList<Item> &kinds()
{
    static const QList<Item> items{
        {"pension", QT_TRANSLATE_NOOP("Referral", "Continuous pension (مستمری)")},
        {"one-off-aid", QT_TRANSLATE_NOOP("Referral", "One-off aid (کمک موردی)")},
        {"introduction-letter", QT_TRANSLATE_NOOP("Referral", "Introduction letter")},
        {"behzisti-service", QT_TRANSLATE_NOOP("Referral", "Higher-level Behzisti service")},
        {"other-agency", QT_TRANSLATE_NOOP("Referral", "Other agency")}};
    return items;
}

const QList<Item> &states()
{
    static const QList<Item> items{
        {"draft", QT_TRANSLATE_NOOP("Referral", "Draft")},
        {"sent", QT_TRANSLATE_NOOP("Referral", "Sent")},
        {"accepted", QT_TRANSLATE_NOOP("Referral", "Accepted")},
        {"rejected", QT_TRANSLATE_NOOP("Referral", "Refused")},
        {"completed", QT_TRANSLATE_NOOP("Referral", "Completed")},
        {"exhausted", QT_TRANSLATE_NOOP("Referral", "Every priority refused")},
        {"cancelled", QT_TRANSLATE_NOOP("Referral", "Cancelled")}};
    return items;
}

const QList<Item> &agencyKinds()
{
    static const QList<Item> items{
        {"behzisti", QT_TRANSLATE_NOOP("Referral", "Behzisti")},
        {"health-network", QT_TRANSLATE_NOOP("Referral", "Health network")},
        {"education", QT_TRANSLATE_NOOP("Referral", "Education")},
        {"employment", QT_TRANSLATE_NOOP("Referral", "Employment")},
        {"relief-foundation", QT_TRANSLATE_NOOP("Referral", "Relief Foundation (کمیته امداد)")},
        {"charity", QT_TRANSLATE_NOOP("Referral", "Charity")},
        {"other", QT_TRANSLATE_NOOP("Referral", "Other agency")}};
    return items;
}

QStringList keysOf(const QList<Item> &items)
{
    QStringList keys;
    for (const Item &item : items)
        keys << QString::fromLatin1(item.key);
    return keys;
}

QString nameOf(const QList<Item> &items, const QString &key)
{
    for (const Item &item : items) {
        if (key == QLatin1String(item.key))
            return QCoreApplication::translate("Referral", item.text);
    }
    return key;
}

QList<QPair<QString, QString>> itemsOf(const QList<Item> &items)
{
    QList<QPair<QString, QString>> out;
    for (const Item &item : items)
        out.append(
            {QString::fromLatin1(item.key), QCoreApplication::translate("Referral", item.text)});
    return out;
}

} // namespace

QStringList referralKinds()
{
    return keysOf(kinds());
}
QString referralKindName(const QString &key)
{
    return nameOf(kinds(), key);
}
QList<QPair<QString, QString>> referralKindItems()
{
    return itemsOf(kinds());
}

QStringList referralStates()
{
    return keysOf(states());
}
QString referralStateName(const QString &key)
{
    return nameOf(states(), key);
}
QList<QPair<QString, QString>> referralStateItems()
{
    return itemsOf(states());
}

QStringList referralAgencyKinds()
{
    return keysOf(agencyKinds());
}
QString referralAgencyKindName(const QString &key)
{
    return nameOf(agencyKinds(), key);
}
QList<QPair<QString, QString>> referralAgencyKindItems()
{
    return itemsOf(agencyKinds());
}

QStringList referralOrigins()
{
    return {QStringLiteral("manual"), QStringLiteral("screening"), QStringLiteral("support-plan")};
}

// The one service catalog of the app (domain/data/service-catalog.json, also used by the needs
// rules): a referral names the same services a support plan proposes.
QList<ReferralCatalogEntry> referralCatalogServices()
{
    QList<ReferralCatalogEntry> out;
    for (const CatalogService &service : ServiceCatalog::shipped()->services())
        out.append({service.id, service.displayName()});
    return out;
}

QString referralCatalogServiceName(const QString &serviceId)
{
    const auto catalog = ServiceCatalog::shipped();
    return catalog->contains(serviceId) ? catalog->displayName(serviceId) : QString();
}

bool isCatalogServiceId(const QString &serviceId)
{
    if (serviceId.size() != 11)
        return false;
    for (const QChar c : serviceId) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace pluslife::domain
