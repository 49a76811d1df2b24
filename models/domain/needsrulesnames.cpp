// The words of the needs rules: indicator, fact and employment keys with their translated names,
// and a suggestion's rule in words.
#include "needsrules.h"

namespace pluslife::domain {
namespace {

struct Named {
    const char *key;
    const char *text;
};

const QList<Named> &indicators()
{
    static const QList<Named> list{
        {"household_size", QT_TRANSLATE_NOOP("NeedsRules", "Household size and dependants")},
        {"female_head", QT_TRANSLATE_NOOP("NeedsRules", "Female head of household")},
        {"disability", QT_TRANSLATE_NOOP("NeedsRules", "Disability and its severity")},
        {"chronic_illness", QT_TRANSLATE_NOOP("NeedsRules", "Chronic illness")},
        {"elderly", QT_TRANSLATE_NOOP("NeedsRules", "Elderly members")},
        {"young_children", QT_TRANSLATE_NOOP("NeedsRules", "Children under 6")},
        {"income", QT_TRANSLATE_NOOP("NeedsRules", "Income per head")},
        {"housing", QT_TRANSLATE_NOOP("NeedsRules", "Housing and rent burden")},
        {"employment", QT_TRANSLATE_NOOP("NeedsRules", "Employment")},
        {"debt", QT_TRANSLATE_NOOP("NeedsRules", "Debt")},
        {"insurance", QT_TRANSLATE_NOOP("NeedsRules", "Health insurance")},
        {"home_visit", QT_TRANSLATE_NOOP("NeedsRules", "What the home visit observed")},
    };
    return list;
}

const QList<Named> &flags()
{
    static const QList<Named> list{
        {"female_head", QT_TRANSLATE_NOOP("NeedsRules", "female head of household")},
        {"low_income", QT_TRANSLATE_NOOP("NeedsRules", "income per head below the threshold")},
        {"very_low_income",
         QT_TRANSLATE_NOOP("NeedsRules", "income per head below half the threshold")},
        {"disability", QT_TRANSLATE_NOOP("NeedsRules", "a member with a disability")},
        {"disability_severe", QT_TRANSLATE_NOOP("NeedsRules", "a severe disability")},
        {"disability_unassessed",
         QT_TRANSLATE_NOOP("NeedsRules", "a disability whose severity is not assessed")},
        {"chronic_illness", QT_TRANSLATE_NOOP("NeedsRules", "chronic illness")},
        {"elderly", QT_TRANSLATE_NOOP("NeedsRules", "an elderly member")},
        {"young_children", QT_TRANSLATE_NOOP("NeedsRules", "a child under 6")},
        {"uninsured", QT_TRANSLATE_NOOP("NeedsRules", "members without health insurance")},
        {"tenant", QT_TRANSLATE_NOOP("NeedsRules", "tenant")},
        {"rent_burden", QT_TRANSLATE_NOOP("NeedsRules", "heavy rent burden")},
        {"eviction_risk", QT_TRANSLATE_NOOP("NeedsRules", "risk of eviction")},
        {"out_of_work", QT_TRANSLATE_NOOP("NeedsRules", "no earned income")},
        {"debt", QT_TRANSLATE_NOOP("NeedsRules", "debts")},
        {"food_short", QT_TRANSLATE_NOOP("NeedsRules", "not enough food")},
        {"poor_housing", QT_TRANSLATE_NOOP("NeedsRules", "poor or unsafe dwelling")},
        {"lacking_assets", QT_TRANSLATE_NOOP("NeedsRules", "lacks basic household items")},
        {"family_risk", QT_TRANSLATE_NOOP("NeedsRules", "signs of risk in the family")},
        {"home_not_accessible", QT_TRANSLATE_NOOP("NeedsRules", "home not accessible")},
    };
    return list;
}

const QList<Named> &employments()
{
    static const QList<Named> list{
        {"employed", QT_TRANSLATE_NOOP("NeedsRules", "Employed with a steady income")},
        {"casual", QT_TRANSLATE_NOOP("NeedsRules", "Casual or seasonal work")},
        {"unemployed", QT_TRANSLATE_NOOP("NeedsRules", "Unemployed")},
        {"unable", QT_TRANSLATE_NOOP("NeedsRules", "Unable to work")},
        {"homemaker", QT_TRANSLATE_NOOP("NeedsRules", "Homemaker")},
        {"retired", QT_TRANSLATE_NOOP("NeedsRules", "Retired")},
        {"no_earner", QT_TRANSLATE_NOOP("NeedsRules", "Nobody earns an income")},
    };
    return list;
}

QStringList keysOf(const QList<Named> &list)
{
    QStringList keys;
    for (const Named &n : list)
        keys << QString::fromLatin1(n.key);
    return keys;
}

QString nameOf(const QList<Named> &list, const QString &key)
{
    for (const Named &n : list)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("NeedsRules", n.text);
    return key;
}

} // namespace

QStringList NeedsRules::indicatorKeys()
{
    static const QStringList keys = keysOf(indicators());
    return keys;
}

QString NeedsRules::indicatorDisplayName(const QString &key)
{
    return nameOf(indicators(), key);
}

QStringList NeedsRules::flagKeys()
{
    static const QStringList keys = keysOf(flags());
    return keys;
}

QString NeedsRules::flagDisplayName(const QString &key)
{
    return nameOf(flags(), key);
}

QStringList NeedsRules::employmentKeys()
{
    static const QStringList keys = keysOf(employments());
    return keys;
}

QString NeedsRules::employmentDisplayName(const QString &key)
{
    return nameOf(employments(), key);
}

QStringList NeedsRules::observationKeys()
{
    static const QStringList keys{QStringLiteral("condition.poor"),
                                  QStringLiteral("condition.unsafe"),
                                  QStringLiteral("food.sometimes_short"),
                                  QStringLiteral("food.often_short"),
                                  QStringLiteral("assets.lacking"),
                                  QStringLiteral("heating.none"),
                                  QStringLiteral("hazards"),
                                  QStringLiteral("risk_signs")};
    return keys;
}

QString NeedsRules::suggestionDisplayName(const QString &ruleKey) const
{
    for (const Suggestion &s : m_suggestions) {
        if (s.key != ruleKey)
            continue;
        QStringList parts;
        for (const QString &flag : s.when)
            parts << flagDisplayName(flag);
        return parts.join(QStringLiteral(" + "));
    }
    return ruleKey;
}

} // namespace pluslife::domain
