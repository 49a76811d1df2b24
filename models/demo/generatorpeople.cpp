#include "demo/generator.h"

#include <algorithm>

namespace pluslife::demo::detail {

namespace {

constexpr quint64 kCodeSpace = 1000000000ULL; // nine body digits

bool isWorking(const QString &occupation, const DemoNames &names)
{
    return names.maleJobs.contains(occupation) || names.maleRuralJobs.contains(occupation) ||
           names.femaleJobs.contains(occupation);
}

} // namespace

SyntheticPerson Generator::person(const QString &sex, int age, const QString &relation,
                                  const QString &maritalStatus, const QString &lastName,
                                  const QString &fatherName, const SyntheticHousehold &h)
{
    SyntheticPerson p;
    p.sex = sex;
    p.birthDate = birthDateForAge(age);
    p.firstName = firstName(sex, p.birthDate.year(), &h);
    p.lastName = lastName;
    p.fatherName = fatherName.isEmpty() ? fatherNameFor(age) : fatherName;
    p.relation = relation;
    p.maritalStatus = maritalStatus;
    p.nationalCode = nextNationalCode();
    ++m_people;
    return p;
}

QString Generator::firstName(const QString &sex, int birthYear, const SyntheticHousehold *avoid)
{
    // Names follow fashion: the lists are split by the generation they are common in.
    const DemoNames &n = m_data.names;
    const bool female = sex == QLatin1String("female");
    const QStringList &older = female ? n.femaleOlder : n.maleOlder;
    const QStringList &any = female ? n.femaleAny : n.maleAny;
    const QStringList &younger = female ? n.femaleYounger : n.maleYounger;
    QString name;
    for (int attempt = 0; attempt < 8; ++attempt) {
        int pool = 1;
        if (birthYear < 1970)
            pool = m_dice.weighted({45, 55, 0});
        else if (birthYear < 1985)
            pool = m_dice.weighted({10, 90, 0});
        else if (birthYear < 1995)
            pool = m_dice.weighted({0, 80, 20});
        else
            pool = m_dice.weighted({0, 45, 55});
        name = m_dice.pick(pool == 0 ? older : pool == 1 ? any : younger);
        bool taken = false; // no two members of one household share a first name
        if (avoid) {
            for (const SyntheticPerson &member : avoid->members)
                taken = taken || member.firstName == name;
        }
        if (!taken)
            break;
    }
    return name;
}

QString Generator::fatherNameFor(int age)
{
    return firstName(QStringLiteral("male"), m_today.year() - age - m_dice.between(22, 40),
                     nullptr);
}

QString Generator::familyName(const QString &differentFrom)
{
    QString name = m_dice.pick(m_data.names.family);
    while (name == differentFrom)
        name = m_dice.pick(m_data.names.family);
    return name;
}

QDate Generator::birthDateForAge(int age)
{
    // Exactly `age` full years old on m_today.
    return m_today.addYears(-age).addDays(-m_dice.below(365));
}

int Generator::ageOf(const SyntheticPerson &p) const
{
    int age = m_today.year() - p.birthDate.year();
    if (m_today < p.birthDate.addYears(age))
        --age;
    return age;
}

void Generator::finish(SyntheticPerson &p)
{
    const int age = ageOf(p);
    p.education = education(p, age);
    p.occupation = occupation(p, age);
    const int illnessPermille = age >= 60 ? 400 : age >= 40 ? 150 : age >= 18 ? 40 : 20;
    if (m_dice.chance(illnessPermille))
        p.chronicIllness =
            m_dice.pick(age < 18 ? m_data.names.childIllnesses : m_data.names.illnesses);
    static const QStringList otherInsurance = {
        QStringLiteral("basic-health"), QStringLiteral("supplementary"), QStringLiteral("none")};
    p.insurance =
        m_dice.chance(920) ? m_insurance : otherInsurance.at(m_dice.weighted({70, 15, 15}));
    p.mobile = mobile(age);
}

QString Generator::education(const SyntheticPerson &p, int age)
{
    static const QStringList levels = {QStringLiteral("none"),      QStringLiteral("primary"),
                                       QStringLiteral("secondary"), QStringLiteral("diploma"),
                                       QStringLiteral("bachelor"),  QStringLiteral("master")};
    if (age < 6)
        return levels.at(0);
    if (p.disabilityType == QLatin1String("intellectual") ||
        p.disabilitySeverity == QLatin1String("very-severe"))
        return levels.at(m_dice.weighted({60, 40}));
    if (age < 12)
        return levels.at(1);
    if (age < 18)
        return levels.at(2);
    const int year = p.birthDate.year();
    const bool female = p.sex == QLatin1String("female");
    int level = 0;
    if (year < 1955)
        level = m_dice.weighted({female ? 70 : 45, female ? 24 : 40, 4, 2});
    else if (year < 1970)
        level = m_dice.weighted({female ? 35 : 18, 40, 13, 10, 2});
    else if (year < 1985)
        level = m_dice.weighted({8, 25, 27, 30, 9, 1});
    else
        level = m_dice.weighted({3, 12, 25, 38, 19, 3});
    // A degree takes time: no bachelor before 22, no master before 24.
    return levels.at(std::min(level, age < 22 ? 3 : age < 24 ? 4 : 5));
}

QString Generator::occupation(const SyntheticPerson &p, int age)
{
    const DemoNames &n = m_data.names;
    if (age < 7)
        return {};
    if (age < 18)
        return n.pupil;
    const bool severe = p.disabilitySeverity == QLatin1String("severe") ||
                        p.disabilitySeverity == QLatin1String("very-severe");
    if (severe)
        return n.unableToWork;
    const bool canStudy = age <= 24 && (p.education == QLatin1String("diploma") ||
                                        p.education == QLatin1String("bachelor"));
    if (canStudy && m_dice.chance(300))
        return n.student;
    if (p.sex == QLatin1String("male")) {
        if (age <= 20 && m_dice.chance(150))
            return n.soldier;
        if (age >= 62 && m_dice.chance(450))
            return n.retired;
        if (age >= 70)
            return n.unableToWork;
        if (age >= 62)
            return m_rural ? n.maleRuralJobs.constFirst() : n.unemployed;
        if (m_dice.chance(220))
            return n.unemployed;
        if (m_rural && m_dice.chance(550))
            return m_dice.pick(n.maleRuralJobs);
        return m_dice.pick(n.maleJobs);
    }
    if (age >= 60)
        return m_dice.chance(120) ? n.retired : n.homemaker;
    const bool head = p.relation == QLatin1String("head");
    const int roll = m_dice.below(100);
    if (roll < (head ? 40 : 18))
        return m_dice.pick(n.femaleJobs);
    if (roll < (head ? 55 : 28))
        return n.unemployed;
    return n.homemaker;
}

QString Generator::mobile(int age)
{
    const int permille = age < 13 ? 0 : age < 18 ? 350 : age < 75 ? 870 : 500;
    if (!m_dice.chance(permille))
        return {};
    static const QStringList prefixes = {
        QStringLiteral("0912"), QStringLiteral("0935"), QStringLiteral("0936"),
        QStringLiteral("0937"), QStringLiteral("0938"), QStringLiteral("0939"),
        QStringLiteral("0901"), QStringLiteral("0902"), QStringLiteral("0903"),
        QStringLiteral("0905"), QStringLiteral("0930"), QStringLiteral("0933"),
        QStringLiteral("0910"), QStringLiteral("0919"), QStringLiteral("0990"),
        QStringLiteral("0991"), QStringLiteral("0921"), QStringLiteral("0922")};
    static const QList<int> weights = {10, 8, 6, 5, 4, 4, 5, 4, 3, 2, 3, 3, 4, 4, 3, 2, 2, 1};
    const QString prefix =
        m_dice.chance(400) ? m_province->mobilePrefix : prefixes.at(m_dice.weighted(weights));
    return prefix + m_dice.digits(7);
}

QString Generator::nextNationalCode()
{
    QString code;
    while (code.isEmpty()) // skips the ten n whose code would be ten equal digits
        code =
            SyntheticPopulation::makeValidNationalCode((m_codeStart + m_codeIndex++) % kCodeSpace);
    return code;
}

void Generator::housingAndIncome(SyntheticHousehold &h)
{
    const int housing = m_rural ? m_dice.weighted({65, 15, 20}) : m_dice.weighted({35, 48, 17});
    static const QStringList kinds = {QStringLiteral("owner"), QStringLiteral("tenant"),
                                      QStringLiteral("other")};
    h.housing = kinds.at(housing);
    if (housing == 1) { // monthly rent in millions of rials, by how expensive the place is
        const bool tehranOrKaraj =
            h.provinceCode == QLatin1String("IR-23") || h.provinceCode == QLatin1String("IR-30");
        int millions = m_dice.between(12, 60);
        if (m_countyIndex == 0)
            millions = tehranOrKaraj ? m_dice.between(60, 180) : m_dice.between(30, 100);
        else if (tehranOrKaraj)
            millions = m_dice.between(35, 110);
        h.monthlyRentRials = qint64(millions) * 1000000;
    }
    const SyntheticPerson &head = h.members.constFirst();
    const bool femaleHead = head.sex == QLatin1String("female");
    bool wages = false;
    bool pension = false;
    for (const SyntheticPerson &p : std::as_const(h.members)) {
        wages = wages || isWorking(p.occupation, m_data.names);
        pension = pension || p.occupation == m_data.names.retired;
    }
    if (head.maritalStatus == QLatin1String("widowed") && m_dice.chance(550))
        pension = true; // the late husband's (or wife's) pension
    if (wages)
        h.incomeSources.append(QStringLiteral("wages"));
    if (pension)
        h.incomeSources.append(QStringLiteral("pension"));
    if (m_dice.chance(920))
        h.incomeSources.append(QStringLiteral("subsidy"));
    if (m_dice.chance(femaleHead ? 300 : 120))
        h.incomeSources.append(QStringLiteral("charity"));
    if (m_dice.chance(h.members.size() == 1 ? 300 : 100))
        h.incomeSources.append(QStringLiteral("family-support"));
    if (h.incomeSources.isEmpty())
        h.incomeSources.append(QStringLiteral("none"));
}

} // namespace pluslife::demo::detail
