#include "householdcsv.h"

#include "locale/digits.h"
#include "locale/jalali.h"

#include <QCoreApplication>
#include <QHash>

namespace pluslife::services {
namespace {

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> records(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field.trimmed();
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field.trimmed();
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    row << field.trimmed();
    if (!(row.size() == 1 && row.first().isEmpty()))
        rows << row;
    return rows;
}

QString sexKey(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("female") || v == QStringLiteral("زن") || v == QLatin1String("f"))
        return QStringLiteral("female");
    if (v == QLatin1String("male") || v == QStringLiteral("مرد") || v == QLatin1String("m"))
        return QStringLiteral("male");
    return {};
}

} // namespace

QStringList HouseholdCsv::columns()
{
    return {QStringLiteral("household"),     QStringLiteral("relation"),
            QStringLiteral("national_code"), QStringLiteral("first_name"),
            QStringLiteral("last_name"),     QStringLiteral("father_name"),
            QStringLiteral("sex"),           QStringLiteral("birth_date"),
            QStringLiteral("mobile"),        QStringLiteral("province"),
            QStringLiteral("county"),        QStringLiteral("city"),
            QStringLiteral("neighbourhood"), QStringLiteral("street"),
            QStringLiteral("postal_code"),   QStringLiteral("housing"),
            QStringLiteral("monthly_rent")};
}

HouseholdCsv HouseholdCsv::parse(const QByteArray &utf8)
{
    HouseholdCsv result;
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = records(text);
    if (rows.isEmpty()) {
        result.problems << QCoreApplication::translate("HouseholdCsv", "The file is empty.");
        return result;
    }
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i)
        column.insert(rows.first().at(i).toLower(), i);
    for (const char *required : {"household", "relation", "first_name", "last_name"}) {
        if (!column.contains(QLatin1String(required)))
            result.problems << QCoreApplication::translate("HouseholdCsv",
                                                           "The header has no column \"%1\".")
                                   .arg(QLatin1String(required));
    }
    if (!result.problems.isEmpty())
        return result;

    QHash<QString, int> fileIndex; // the office's reference -> index in files
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const auto value = [&](const char *name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < row.size() ? row.at(i) : QString();
        };
        const QString line = QCoreApplication::translate("HouseholdCsv", "Line %1: ").arg(r + 1);
        domain::Person person;
        person.nationalCode = value("national_code");
        person.firstName = value("first_name");
        person.lastName = value("last_name");
        person.fatherName = value("father_name");
        person.sex = sexKey(value("sex"));
        person.mobile = value("mobile");
        if (!value("sex").isEmpty() && person.sex.isEmpty())
            result.problems << line + QCoreApplication::translate("HouseholdCsv",
                                                                  "sex is female or male.");
        if (!value("birth_date").isEmpty()) {
            const auto birth = locale::parseJalaliDate(value("birth_date"));
            if (!birth)
                result.problems << line + QCoreApplication::translate(
                                              "HouseholdCsv",
                                              "the birth date \"%1\" is not a Jalali date.")
                                              .arg(value("birth_date"));
            else
                person.birthDate = *birth;
        }
        const QString relation = value("relation").toLower();
        if (!domain::relationKeys().contains(relation)) {
            result.problems << line + QCoreApplication::translate("HouseholdCsv",
                                                                  "unknown relation \"%1\".")
                                          .arg(value("relation"));
            continue;
        }
        const QString reference = value("household");
        if (reference.isEmpty()) {
            result.problems << line + QCoreApplication::translate(
                                          "HouseholdCsv", "the household reference is empty.");
            continue;
        }
        if (!fileIndex.contains(reference)) {
            fileIndex.insert(reference, int(result.files.size()));
            result.files.append(HouseholdService::NewFile{});
            result.files.last().channel = QStringLiteral("county-office");
        }
        HouseholdService::NewFile &file = result.files[fileIndex.value(reference)];
        if (relation == QLatin1String("head")) {
            if (!file.head.firstName.isEmpty())
                result.problems << line + QCoreApplication::translate(
                                              "HouseholdCsv", "household %1 has a second head.")
                                              .arg(reference);
            file.head = person;
            file.address = {value("province"),      value("county"), value("city"),
                            value("neighbourhood"), value("street"), value("postal_code")};
            file.housing = value("housing").toLower();
            file.monthlyRent = locale::normalizeNumber(value("monthly_rent")).toLongLong();
        } else {
            file.others.append({person, relation, {}});
        }
    }
    for (auto it = fileIndex.cbegin(); it != fileIndex.cend(); ++it)
        if (result.files.at(it.value()).head.firstName.isEmpty())
            result.problems << QCoreApplication::translate("HouseholdCsv",
                                                           "Household %1 has no head.")
                                   .arg(it.key());
    return result;
}

} // namespace pluslife::services
