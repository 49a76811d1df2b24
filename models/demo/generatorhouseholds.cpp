#include "demo/generator.h"

#include <algorithm>

namespace pluslife::demo::detail {

namespace {

const QString kFemale = QStringLiteral("female");
const QString kMale = QStringLiteral("male");
const QString kMarried = QStringLiteral("married");
const QString kWidowed = QStringLiteral("widowed");
const QString kDivorced = QStringLiteral("divorced");
const QString kSingle = QStringLiteral("single");
constexpr int kMaxMembers = 8;

} // namespace

void Generator::compose(SyntheticHousehold &h)
{
    // Shares per thousand households. Female heads (widowed or divorced): 155 + 80 + 50 + 15.
    switch (m_dice.weighted({465, 20, 70, 50, 155, 80, 50, 25, 15, 40, 30})) {
    case 0: { // married couple with their children
        const int bucket = m_dice.weighted({25, 40, 25, 10});
        const int lows[] = {20, 30, 40, 50};
        const int highs[] = {29, 39, 49, 55};
        couple(h, m_dice.between(lows[bucket], highs[bucket]), 22, true);
        break;
    }
    case 1: // young couple, no children yet
        couple(h, m_dice.between(18, 28), 21, false);
        break;
    case 2:
        elderlyCouple(h);
        break;
    case 3: // three generations: a couple, their children and a widowed parent of the husband
        couple(h, m_dice.between(28, 50), 30, true);
        addParent(h);
        break;
    case 4:
        widowOrDivorcee(h, kWidowed, m_dice.weighted({30, 40, 30}) * 14 + m_dice.between(28, 41));
        break;
    case 5:
        widowOrDivorcee(h, kDivorced, m_dice.between(24, 50));
        break;
    case 6: // an elderly widow living alone
        h.members.append(person(kFemale, m_dice.between(62, 92), QStringLiteral("head"), kWidowed,
                                familyName(), QString(), h));
        break;
    case 7: // an elderly widower living alone
        h.members.append(person(kMale, m_dice.between(65, 92), QStringLiteral("head"), kWidowed,
                                familyName(), QString(), h));
        break;
    case 8:
        grandmother(h);
        break;
    case 9:
        singleMan(h);
        break;
    default:
        loneFather(h);
        break;
    }
    if (h.members.size() > kMaxMembers)
        h.members.resize(kMaxMembers);
}

void Generator::couple(SyntheticHousehold &h, int wifeAge, int minHusbandAge, bool withChildren)
{
    // Husbands are mostly 2-6 years older; a few are younger than their wives.
    const int gaps[] = {-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12};
    const int gap = gaps[m_dice.weighted({3, 4, 6, 8, 12, 14, 14, 12, 9, 7, 5, 4, 2})];
    const int husbandAge = std::max(minHusbandAge, wifeAge + gap);
    const SyntheticPerson head =
        person(kMale, husbandAge, QStringLiteral("head"), kMarried, familyName(), QString(), h);
    h.members.append(head);
    h.members.append(person(kFemale, wifeAge, QStringLiteral("spouse"), kMarried,
                            familyName(head.lastName), QString(), h));
    if (withChildren)
        addChildren(h, wifeAge, birthsFor(wifeAge), head.firstName, head.lastName);
}

void Generator::elderlyCouple(SyntheticHousehold &h)
{
    const int husbandAge = m_dice.between(62, 88);
    const int wifeAge = std::max(55, husbandAge - m_dice.between(2, 10));
    const SyntheticPerson head =
        person(kMale, husbandAge, QStringLiteral("head"), kMarried, familyName(), QString(), h);
    h.members.append(head);
    h.members.append(person(kFemale, wifeAge, QStringLiteral("spouse"), kMarried,
                            familyName(head.lastName), QString(), h));
    if (m_dice.chance(300)) { // an adult child who never left home, often one who needs care
        const int age = m_dice.between(25, std::min(50, wifeAge - 18));
        m_preferDisabled = int(h.members.size());
        h.members.append(person(m_dice.chance(500) ? kFemale : kMale, age, QStringLiteral("child"),
                                kSingle, head.lastName, head.firstName, h));
    }
}

void Generator::addParent(SyntheticHousehold &h)
{
    const SyntheticPerson &head = h.members.constFirst();
    const int age = std::min(95, ageOf(head) + m_dice.between(22, 38));
    if (m_dice.chance(250)) { // his father: same family name, and his first name is the head's
        SyntheticPerson father =
            person(kMale, age, QStringLiteral("parent"), kWidowed, head.lastName, QString(), h);
        father.firstName = head.fatherName;
        h.members.append(father);
    } else {
        h.members.append(person(kFemale, age, QStringLiteral("parent"), kWidowed,
                                familyName(head.lastName), QString(), h));
    }
}

void Generator::widowOrDivorcee(SyntheticHousehold &h, const QString &status, int age)
{
    // A woman keeps her own family name; her children carry their father's.
    const QString husbandLastName = familyName();
    const int husbandAge = age + m_dice.between(1, 8);
    const QString husbandFirstName = firstName(kMale, m_today.year() - husbandAge, nullptr);
    h.members.append(person(kFemale, age, QStringLiteral("head"), status,
                            familyName(husbandLastName), QString(), h));
    const int births = status == kDivorced ? 1 + m_dice.weighted({45, 40, 15}) : birthsFor(age);
    addChildren(h, age, births, husbandFirstName, husbandLastName);
    if (status == kWidowed && age < 60 && m_dice.chance(80)) { // her widowed mother moved in
        const QString ownLastName = h.members.constFirst().lastName;
        h.members.append(person(kFemale, std::min(95, age + m_dice.between(20, 34)),
                                QStringLiteral("parent"), kWidowed, familyName(ownLastName),
                                QString(), h));
    }
}

void Generator::grandmother(SyntheticHousehold &h)
{
    // A widow raising her son's children (the son died, left or is in prison).
    const int age = m_dice.between(58, 82);
    const QString lateHusbandLastName = familyName();
    h.members.append(person(kFemale, age, QStringLiteral("head"), kWidowed,
                            familyName(lateHusbandLastName), QString(), h));
    const int sonAge = age - m_dice.between(20, 32);
    const QString sonName = firstName(kMale, m_today.year() - sonAge, nullptr);
    const int count = 1 + m_dice.weighted({45, 40, 15});
    for (int i = 0; i < count; ++i) {
        const int childAge = m_dice.between(2, std::min(17, sonAge - 20));
        h.members.append(person(m_dice.chance(500) ? kFemale : kMale, childAge,
                                QStringLiteral("grandchild"), kSingle, lateHusbandLastName, sonName,
                                h));
    }
}

void Generator::singleMan(SyntheticHousehold &h)
{
    const int age = m_dice.between(25, 60);
    const SyntheticPerson head =
        person(kMale, age, QStringLiteral("head"), kSingle, familyName(), QString(), h);
    h.members.append(head);
    if (m_dice.chance(400)) { // an unmarried brother or sister, same parents
        m_preferDisabled = 1;
        SyntheticPerson sibling =
            person(m_dice.chance(500) ? kFemale : kMale, std::max(18, age + m_dice.between(-8, 8)),
                   QStringLiteral("sibling"), kSingle, head.lastName, head.fatherName, h);
        h.members.append(sibling);
    }
}

void Generator::loneFather(SyntheticHousehold &h)
{
    const int age = m_dice.between(32, 62);
    const SyntheticPerson head =
        person(kMale, age, QStringLiteral("head"), m_dice.chance(600) ? kWidowed : kDivorced,
               familyName(), QString(), h);
    h.members.append(head);
    const int motherAge = age - m_dice.between(2, 8);
    addChildren(h, motherAge, birthsFor(motherAge), head.firstName, head.lastName);
    if (m_dice.chance(120)) // his late or former wife's mother helps with the children
        h.members.append(person(kFemale, std::min(92, motherAge + m_dice.between(20, 32)),
                                QStringLiteral("other"), kWidowed, familyName(head.lastName),
                                QString(), h));
}

int Generator::birthsFor(int motherAge)
{
    const int birthYear = m_today.year() - motherAge;
    if (birthYear < 1965)
        return 2 + m_dice.weighted({10, 20, 25, 20, 15, 10});
    if (birthYear < 1980)
        return 1 + m_dice.weighted({10, 30, 35, 15, 10});
    return 1 + m_dice.weighted({35, 45, 15, 5});
}

void Generator::addChildren(SyntheticHousehold &h, int motherAge, int births,
                            const QString &fatherName, const QString &lastName)
{
    if (motherAge < 18)
        return;
    const int firstAt = m_dice.between(18, std::min(29, motherAge));
    int age = motherAge - firstAt;
    const int gaps[] = {1, 2, 3, 4, 5, 6};
    for (int i = 0; i < births && age >= 0 && motherAge - age <= 45; ++i) {
        // Older children have often married and left.
        const bool atHome = age < 18 || (age <= 25 && m_dice.chance(800)) ||
                            (age <= 35 && m_dice.chance(350)) || m_dice.chance(60);
        if (atHome)
            h.members.append(person(m_dice.chance(512) ? kMale : kFemale, age,
                                    QStringLiteral("child"), kSingle, lastName, fatherName, h));
        age -= gaps[m_dice.weighted({10, 30, 30, 15, 10, 5})];
    }
}

void Generator::addDisability(SyntheticHousehold &h)
{
    const bool preferred = m_preferDisabled >= 0 && m_preferDisabled < h.members.size();
    if (!m_dice.chance(preferred ? 450 : 85))
        return;
    int index = m_preferDisabled;
    if (!preferred) {
        QList<int> weights;
        for (const SyntheticPerson &p : std::as_const(h.members)) {
            const int age = ageOf(p);
            weights.append(age >= 65 ? 3 : (age >= 3 && age < 18) ? 2 : 1);
        }
        index = m_dice.weighted(weights);
    }
    SyntheticPerson &p = h.members[index];
    static const QStringList olderTypes = {
        QStringLiteral("physical"), QStringLiteral("visual"), QStringLiteral("hearing"),
        QStringLiteral("psychosocial"), QStringLiteral("multiple")};
    static const QStringList types = {
        QStringLiteral("physical"),     QStringLiteral("visual"),       QStringLiteral("hearing"),
        QStringLiteral("intellectual"), QStringLiteral("psychosocial"), QStringLiteral("multiple")};
    static const QStringList severities = {QStringLiteral("mild"), QStringLiteral("moderate"),
                                           QStringLiteral("severe"), QStringLiteral("very-severe")};
    p.disabilityType = ageOf(p) >= 60 ? olderTypes.at(m_dice.weighted({45, 20, 20, 5, 10}))
                                      : types.at(m_dice.weighted({30, 10, 12, 25, 13, 10}));
    p.disabilitySeverity = severities.at(m_dice.weighted({20, 35, 30, 15}));
}

} // namespace pluslife::demo::detail
