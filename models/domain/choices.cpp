#include "choices.h"

#include <QCoreApplication>
#include <QList>

namespace pluslife::domain {
namespace {

struct Item {
    const char *key;
    const char *text;
};

QList<Item> items(Choice choice)
{
    switch (choice) {
    case Choice::MaritalStatus:
        return {{"single", QT_TRANSLATE_NOOP("Choices", "Single")},
                {"married", QT_TRANSLATE_NOOP("Choices", "Married")},
                {"widowed", QT_TRANSLATE_NOOP("Choices", "Widowed")},
                {"divorced", QT_TRANSLATE_NOOP("Choices", "Divorced")}};
    case Choice::Education:
        return {{"none", QT_TRANSLATE_NOOP("Choices", "Cannot read and write")},
                {"literate", QT_TRANSLATE_NOOP("Choices", "Can read and write")},
                {"primary", QT_TRANSLATE_NOOP("Choices", "Primary school")},
                {"secondary", QT_TRANSLATE_NOOP("Choices", "Secondary school")},
                {"diploma", QT_TRANSLATE_NOOP("Choices", "High-school diploma")},
                {"university", QT_TRANSLATE_NOOP("Choices", "University")},
                {"pupil", QT_TRANSLATE_NOOP("Choices", "At school now")}};
    case Choice::Insurance:
        return {{"none", QT_TRANSLATE_NOOP("Choices", "No insurance")},
                {"health", QT_TRANSLATE_NOOP("Choices", "Health insurance")},
                {"social-security", QT_TRANSLATE_NOOP("Choices", "Social security")},
                {"armed-forces", QT_TRANSLATE_NOOP("Choices", "Armed forces insurance")},
                {"other", QT_TRANSLATE_NOOP("Choices", "Other insurance")}};
    case Choice::DisabilityType:
        return {{"none", QT_TRANSLATE_NOOP("Choices", "No disability")},
                {"physical", QT_TRANSLATE_NOOP("Choices", "Physical")},
                {"visual", QT_TRANSLATE_NOOP("Choices", "Visual")},
                {"hearing", QT_TRANSLATE_NOOP("Choices", "Hearing")},
                {"speech", QT_TRANSLATE_NOOP("Choices", "Speech")},
                {"intellectual", QT_TRANSLATE_NOOP("Choices", "Intellectual")},
                {"psychiatric", QT_TRANSLATE_NOOP("Choices", "Psychiatric")},
                {"multiple", QT_TRANSLATE_NOOP("Choices", "Multiple")}};
    case Choice::DisabilitySeverity:
        return {{"mild", QT_TRANSLATE_NOOP("Choices", "Mild")},
                {"moderate", QT_TRANSLATE_NOOP("Choices", "Moderate")},
                {"severe", QT_TRANSLATE_NOOP("Choices", "Severe")},
                {"very-severe", QT_TRANSLATE_NOOP("Choices", "Very severe")}};
    case Choice::Housing:
        return {{"owner", QT_TRANSLATE_NOOP("Choices", "Owner")},
                {"tenant", QT_TRANSLATE_NOOP("Choices", "Tenant")},
                {"other", QT_TRANSLATE_NOOP("Choices", "Other housing")}};
    case Choice::Channel:
        return {{"walk-in", QT_TRANSLATE_NOOP("Choices", "Walk-in")},
                {"phone", QT_TRANSLATE_NOOP("Choices", "Phone call")},
                {"outreach", QT_TRANSLATE_NOOP("Choices", "Outreach")},
                {"county-office", QT_TRANSLATE_NOOP("Choices", "County office referral")},
                {"central-window", QT_TRANSLATE_NOOP("Choices", "Central window referral")}};
    case Choice::Priority:
        return {{"urgent", QT_TRANSLATE_NOOP("Choices", "Urgent")},
                {"high", QT_TRANSLATE_NOOP("Choices", "High")},
                {"medium", QT_TRANSLATE_NOOP("Choices", "Medium")},
                {"low", QT_TRANSLATE_NOOP("Choices", "Low")}};
    }
    return {};
}

} // namespace

QStringList choiceKeys(Choice choice)
{
    QStringList keys;
    for (const Item &item : items(choice))
        keys << QString::fromLatin1(item.key);
    return keys;
}

QString choiceDisplayName(Choice choice, const QString &key)
{
    for (const Item &item : items(choice)) {
        if (key == QLatin1String(item.key))
            return QCoreApplication::translate("Choices", item.text);
    }
    return key;
}

QList<QPair<QString, QString>> choiceItems(Choice choice)
{
    QList<QPair<QString, QString>> list;
    for (const Item &item : items(choice))
        list.append(
            {QString::fromLatin1(item.key), QCoreApplication::translate("Choices", item.text)});
    return list;
}

} // namespace pluslife::domain
