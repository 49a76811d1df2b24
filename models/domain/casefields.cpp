#include "casefields.h"

#include "choices.h"
#include "locale/digits.h"
#include "locale/validators.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace pluslife::domain {
namespace {

enum class Kind { ChoiceKey, Amount, KeyList, Text, Mobile, Landline };

struct Field {
    const char *key;
    const char *name; // translated under "CaseFields"
    Kind kind;
    Choice choice; // ChoiceKey only (ignored by the other kinds)
};

constexpr int kMaxTextLength = 200;
constexpr int kMaxAmountDigits = 15;
constexpr int kMinLandlineDigits = 4;
constexpr int kMaxLandlineDigits = 15;

const QList<Field> &fields()
{
    static const QList<Field> list{
        {"household.housing", QT_TRANSLATE_NOOP("CaseFields", "housing"), Kind::ChoiceKey,
         Choice::Housing},
        {"household.monthly_rent", QT_TRANSLATE_NOOP("CaseFields", "monthly rent"), Kind::Amount,
         Choice::Housing},
        {"household.income_sources", QT_TRANSLATE_NOOP("CaseFields", "income sources"),
         Kind::KeyList, Choice::Housing},
        {"person.marital_status", QT_TRANSLATE_NOOP("CaseFields", "marital status"),
         Kind::ChoiceKey, Choice::MaritalStatus},
        {"person.education", QT_TRANSLATE_NOOP("CaseFields", "education"), Kind::ChoiceKey,
         Choice::Education},
        {"person.occupation", QT_TRANSLATE_NOOP("CaseFields", "occupation"), Kind::Text,
         Choice::Housing},
        {"person.disability_type", QT_TRANSLATE_NOOP("CaseFields", "disability"), Kind::ChoiceKey,
         Choice::DisabilityType},
        {"person.disability_severity", QT_TRANSLATE_NOOP("CaseFields", "disability severity"),
         Kind::ChoiceKey, Choice::DisabilitySeverity},
        {"person.chronic_illness", QT_TRANSLATE_NOOP("CaseFields", "chronic illness"), Kind::Text,
         Choice::Housing},
        {"person.insurance", QT_TRANSLATE_NOOP("CaseFields", "insurance"), Kind::ChoiceKey,
         Choice::Insurance},
        {"person.mobile", QT_TRANSLATE_NOOP("CaseFields", "mobile number"), Kind::Mobile,
         Choice::Housing},
        {"person.landline", QT_TRANSLATE_NOOP("CaseFields", "landline number"), Kind::Landline,
         Choice::Housing},
    };
    return list;
}

const Field *find(const QString &key)
{
    for (const Field &field : fields())
        if (key == QLatin1String(field.key))
            return &field;
    return nullptr;
}

QString fieldName(const Field &field)
{
    return QCoreApplication::translate("CaseFields", field.name);
}

// The stored form of `value`, or an error.
QString check(const Field &field, const QString &value, QString *normalized)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        *normalized = QString();
        return {};
    }
    switch (field.kind) {
    case Kind::ChoiceKey:
        if (!choiceKeys(field.choice).contains(trimmed))
            return QCoreApplication::translate("CaseFields",
                                               "\"%1\" is not one of the values of %2.")
                .arg(trimmed, fieldName(field));
        *normalized = trimmed;
        return {};
    case Kind::Amount: {
        const QString number = locale::normalizeNumber(trimmed);
        bool allDigits = !number.isEmpty() && number.size() <= kMaxAmountDigits;
        for (const QChar c : number)
            allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!allDigits)
            return QCoreApplication::translate("CaseFields",
                                               "The %1 must be a whole number, 0 or more.")
                .arg(fieldName(field));
        *normalized = QString::number(number.toLongLong());
        return {};
    }
    case Kind::KeyList: {
        QStringList keys;
        for (const QString &key : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // The household row keeps the list comma-separated.
            if (key.contains(QLatin1Char(',')))
                return QCoreApplication::translate("CaseFields",
                                                   "\"%1\" is not one of the values of %2.")
                    .arg(key, fieldName(field));
            if (!keys.contains(key))
                keys << key;
        }
        *normalized = keys.join(QLatin1Char(' '));
        return {};
    }
    case Kind::Text:
        if (trimmed.size() > kMaxTextLength)
            return QCoreApplication::translate("CaseFields",
                                               "The %1 can be at most %2 characters long.")
                .arg(fieldName(field))
                .arg(kMaxTextLength);
        *normalized = trimmed;
        return {};
    case Kind::Mobile: {
        const auto result = locale::validateMobile(trimmed);
        if (!result.ok)
            return result.error;
        *normalized = result.normalized;
        return {};
    }
    case Kind::Landline: {
        QString rest = locale::normalizeDigits(trimmed);
        for (const QChar separator : {QLatin1Char(' '), QLatin1Char('-'), QLatin1Char('('),
                                      QLatin1Char(')'), QLatin1Char('.')})
            rest.remove(separator);
        bool ok = rest.size() >= kMinLandlineDigits && rest.size() <= kMaxLandlineDigits;
        for (const QChar c : rest)
            ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!ok)
            return QCoreApplication::translate("CaseFields",
                                               "A landline number is written with %1 to %2 digits.")
                .arg(kMinLandlineDigits)
                .arg(kMaxLandlineDigits);
        *normalized = rest;
        return {};
    }
    }
    return {};
}

QString Person::*personMember(const QString &field)
{
    static const QList<QPair<QLatin1String, QString Person::*>> members{
        {QLatin1String("person.marital_status"), &Person::maritalStatus},
        {QLatin1String("person.education"), &Person::education},
        {QLatin1String("person.occupation"), &Person::occupation},
        {QLatin1String("person.disability_type"), &Person::disabilityType},
        {QLatin1String("person.disability_severity"), &Person::disabilitySeverity},
        {QLatin1String("person.chronic_illness"), &Person::chronicIllness},
        {QLatin1String("person.insurance"), &Person::insurance},
        {QLatin1String("person.mobile"), &Person::mobile},
        {QLatin1String("person.landline"), &Person::landline}};
    for (const auto &[key, member] : members)
        if (field == key)
            return member;
    return nullptr;
}

QString notAField(const QString &field)
{
    return QCoreApplication::translate("CaseFields", "A form cannot change \"%1\".").arg(field);
}

} // namespace

bool isCaseField(const QString &field)
{
    return find(field) != nullptr;
}

bool isHouseholdCaseField(const QString &field)
{
    return isCaseField(field) && field.startsWith(QLatin1String("household."));
}

bool isPersonCaseField(const QString &field)
{
    return isCaseField(field) && field.startsWith(QLatin1String("person."));
}

bool isCriticalField(const QString &field)
{
    return criticalFieldKeys().contains(field);
}

QStringList caseFieldKeys()
{
    QStringList keys;
    for (const Field &field : fields())
        keys << QString::fromLatin1(field.key);
    return keys;
}

QStringList criticalFieldKeys()
{
    static const QStringList keys{
        QStringLiteral("person.national_code"), QStringLiteral("person.first_name"),
        QStringLiteral("person.last_name"),     QStringLiteral("person.father_name"),
        QStringLiteral("person.birth_date"),    QStringLiteral("person.sex"),
        QStringLiteral("person.died_on")};
    return keys;
}

QString caseFieldDisplayName(const QString &field)
{
    const Field *found = find(field);
    return found ? fieldName(*found) : field;
}

QString validateCaseField(const QString &field, const QString &value, QString *normalized)
{
    const Field *found = find(field);
    if (!found)
        return notAField(field);
    QString stored;
    const QString error = check(*found, value, &stored);
    if (error.isEmpty() && normalized)
        *normalized = stored;
    return error;
}

bool applyToHousehold(Household &household, const QString &field, const QString &value,
                      QString *error)
{
    QString stored;
    QString problem =
        isHouseholdCaseField(field) ? validateCaseField(field, value, &stored) : notAField(field);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (field == QLatin1String("household.housing"))
        household.housing = stored;
    else if (field == QLatin1String("household.monthly_rent"))
        household.monthlyRent = stored.toLongLong();
    else if (field == QLatin1String("household.income_sources"))
        household.incomeSources = stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return true;
}

bool applyToPerson(Person &person, const QString &field, const QString &value, QString *error)
{
    QString stored;
    QString problem =
        isPersonCaseField(field) ? validateCaseField(field, value, &stored) : notAField(field);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (QString Person::*target = personMember(field))
        person.*target = stored;
    return true;
}

QString caseFieldValue(const Household &household, const QString &field)
{
    if (field == QLatin1String("household.housing"))
        return household.housing;
    if (field == QLatin1String("household.monthly_rent"))
        return household.monthlyRent > 0 ? QString::number(household.monthlyRent) : QString();
    if (field == QLatin1String("household.income_sources"))
        return household.incomeSources.join(QLatin1Char(' '));
    return {};
}

QString caseFieldValue(const Person &person, const QString &field)
{
    QString Person::*member = personMember(field);
    return member ? person.*member : QString();
}

} // namespace pluslife::domain
