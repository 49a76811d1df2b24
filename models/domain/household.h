#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pluslife::domain {

// A person as the center knows them. Dates are plain QDate (shown and typed in Jalali by the UI).
// Choice fields hold stable keys (see the *Keys() lists); the UI translates them.
struct Person {
    qint64 id = 0;
    QString uuid;
    QString nationalCode; // 10 ASCII digits, or empty when not known yet
    QString firstName;
    QString lastName;
    QString fatherName;
    QString sex; // "female" | "male"
    QDate birthDate;
    QString maritalStatus;
    QString education;
    QString occupation;
    QString disabilityType;
    QString disabilitySeverity;
    QString chronicIllness;
    QString insurance;
    QString mobile;   // "09…" 11 ASCII digits or empty
    QString landline; // ASCII digits or empty
    QDate diedOn;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct Member {
    Person person;
    QString relation; // "head", "spouse", "child", "parent", "sibling", "grandchild", "other"
    QDate joinedOn;
};

struct Address {
    QString province;
    QString county;
    QString city;
    QString neighbourhood;
    QString street;
    QString postalCode; // 10 ASCII digits or empty
};

struct Household {
    qint64 id = 0;
    QString uuid;
    QString fileNumber;
    qint64 headPersonId = 0;
    QString status = QStringLiteral("active"); // active | suspended | closed | transferred
    QString statusReason;
    QString priority;
    qint64 workerId = 0; // 0: unassigned
    Address address;
    QString housing; // "", "owner", "tenant", "other"
    qint64 monthlyRent = 0;
    QStringList incomeSources;
    QDateTime openedUtc;
};

// One line of the caseload list: what search and the lists show without opening the file.
struct HouseholdSummary {
    qint64 id = 0;
    QString fileNumber;
    QString headName;
    QString headNationalCode;
    QString status;
    QString priority;
    qint64 workerId = 0;
    QString workerName;
    int memberCount = 0;
};

QStringList relationKeys();
QString relationDisplayName(const QString &key);
QStringList householdStatusKeys();
QString householdStatusDisplayName(const QString &key);
QString sexDisplayName(const QString &key);

} // namespace pluslife::domain
