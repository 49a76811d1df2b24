#include "referral.h"

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

// DOMAIN.md §6, the services a +Life center refers to most; the full table is in the seed.
const QList<Item> &catalog()
{
    static const QList<Item> items{
        {"19041053100", QT_TRANSLATE_NOOP("Referral", "Support for female heads of household")},
        {"19011053106", QT_TRANSLATE_NOOP("Referral", "Home rehabilitation")},
        {"19011053107", QT_TRANSLATE_NOOP("Referral", "Family-based rehabilitation")},
        {"19011053109", QT_TRANSLATE_NOOP("Referral", "Vocational assessment")},
        {"19011054103", QT_TRANSLATE_NOOP("Referral", "Care of disabled and elderly people")},
        {"16031054104", QT_TRANSLATE_NOOP("Referral", "Chronic psychiatric care")},
        {"16021054106", QT_TRANSLATE_NOOP("Referral", "Counselling (in person, phone, online)")},
        {"19091054107", QT_TRANSLATE_NOOP("Referral", "Post-disaster psychosocial support")},
        {"19011056100", QT_TRANSLATE_NOOP("Referral", "Rural disabled identification")},
        {"16041056101", QT_TRANSLATE_NOOP("Referral", "Autism screening and intervention")},
        {"16041056102", QT_TRANSLATE_NOOP("Referral", "Anxiety in children aged 5 to 6")},
        {"16021056103", QT_TRANSLATE_NOOP("Referral", "Amblyopia, vision and hearing screening")},
        {"19041057100",
         QT_TRANSLATE_NOOP("Referral", "Military-service exemption for a son of a female "
                                       "head of household")},
        {"19041057101", QT_TRANSLATE_NOOP("Referral", "Utility connection fee exemption")},
        {"16031057102", QT_TRANSLATE_NOOP("Referral", "Disability type and severity")},
        {"19011057103", QT_TRANSLATE_NOOP("Referral", "Disability licence plate")},
        {"19011060100", QT_TRANSLATE_NOOP("Referral", "Basic health insurance")},
        {"19011060101", QT_TRANSLATE_NOOP("Referral", "Supplementary health insurance")},
        {"19011060102", QT_TRANSLATE_NOOP("Referral", "Treatment cost aid")},
        {"19011061000", QT_TRANSLATE_NOOP("Referral", "Employment insurance support")},
        {"19041062100", QT_TRANSLATE_NOOP("Referral", "Monthly pension")},
        {"19041062101", QT_TRANSLATE_NOOP("Referral", "Food basket for female-headed families")},
        {"19061062110", QT_TRANSLATE_NOOP("Referral", "Housing deposit aid")},
        {"19061062113", QT_TRANSLATE_NOOP("Referral", "Home or vehicle adaptation")},
        {"16011062118", QT_TRANSLATE_NOOP("Referral", "Assistive devices")},
        {"19091062116", QT_TRANSLATE_NOOP("Referral", "Social-work services")},
        {"19011063100",
         QT_TRANSLATE_NOOP("Referral", "Social insurance of female heads of household")},
        {"19011063101", QT_TRANSLATE_NOOP("Referral", "Social insurance of nomads")},
        {"19041063102", QT_TRANSLATE_NOOP("Referral", "Children's future insurance")}};
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

QList<ReferralCatalogEntry> referralCatalogServices()
{
    QList<ReferralCatalogEntry> out;
    for (const Item &item : catalog())
        out.append(
            {QString::fromLatin1(item.key), QCoreApplication::translate("Referral", item.text)});
    return out;
}

QString referralCatalogServiceName(const QString &serviceId)
{
    for (const Item &item : catalog()) {
        if (serviceId == QLatin1String(item.key))
            return QCoreApplication::translate("Referral", item.text);
    }
    return {};
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
