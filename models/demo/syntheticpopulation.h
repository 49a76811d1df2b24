#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Realistic synthetic Persian households for demonstrations, benchmarks and tests. Pure data: no
// storage, no SQL. Everything is made up: names are drawn from lists written for this project
// (models/demo/data/names-fa.json) and places from Iran's real provinces and counties
// (places-ir.json). A seed always gives the same sequence of households (for the same `today`).
namespace pluslife::demo {

struct SyntheticPerson {
    QString nationalCode; // 10 ASCII digits, passes the DOMAIN §7 check, unique in a population
    QString firstName, lastName, fatherName;
    QString sex; // "female" | "male"
    QDate birthDate;
    QString relation;       // "head", "spouse", "child", "parent", "sibling", "grandchild", "other"
    QString maritalStatus;  // "single", "married", "widowed", "divorced"
    QString education;      // "none", "primary", "secondary", "diploma", "bachelor", "master"
    QString occupation;     // Persian free text, "" for small children
    QString disabilityType; // "" or "physical", "visual", "hearing", "intellectual",
                            // "psychosocial", "multiple"
    QString disabilitySeverity; // "" or "mild", "moderate", "severe", "very-severe"
    QString chronicIllness;     // Persian free text or ""
    QString insurance;          // "none", "basic-health", "supplementary", "social-security",
                                // "armed-forces", "rural"
    QString mobile;             // "09xxxxxxxxx" or ""
};

struct SyntheticHousehold {
    QList<SyntheticPerson> members; // members[0] is the head
    QString provinceCode;           // ISO 3166-2:IR, "IR-23"
    QString province, county;       // Persian names from places-ir.json
    QString city;          // the county's seat, or «روستای …» for rural households
    QString neighbourhood; // may be empty for villages
    QString street; // Persian, with Persian digits: «خیابان …، کوچه …، پلاک ۱۲»
    QString postalCode;          // 10 ASCII digits
    QString landline;            // area code + 8 digits, ASCII, or ""
    QString housing;             // "owner", "tenant", "other"
    qint64 monthlyRentRials = 0; // > 0 only for tenants
    // "wages", "pension", "subsidy" (یارانه), "charity", "family-support"; "none" alone when
    // the household reports no income at all.
    QStringList incomeSources;
};

namespace detail {
class Generator;
}

class SyntheticPopulation {
public:
    // Throws nothing; if the embedded data files were broken (a build error), households come
    // out empty: demoData().error says why.
    explicit SyntheticPopulation(quint64 seed);
    ~SyntheticPopulation();
    SyntheticPopulation(const SyntheticPopulation &) = delete;
    SyntheticPopulation &operator=(const SyntheticPopulation &) = delete;

    // The next household of the sequence; ages are computed against `today`. About 30 % are
    // headed by a widowed or divorced woman; sizes run from 1 to 8 with the mode at 3-4; some
    // elderly people live alone; about 10 % have a disabled member. Children are at least 16
    // years younger than their parents, husbands usually a few years older than their wives,
    // wives keep their own family names, children carry their father's family name and have his
    // first name as their father's name.
    SyntheticHousehold nextHousehold(const QDate &today);

    // How many people this population has handed out so far.
    qint64 peopleGenerated() const;

    // A valid national code (DOMAIN §7) for n in [0, 10^9). The nine body digits are a fixed
    // permutation of n (affine maps modulo 10^9 around a digit reversal), so distinct n give
    // distinct codes; the check digit is then computed. Returns an empty string for n >= 10^9
    // and for the ten n whose code would be ten equal digits. A population draws a random start
    // from its seed and asks for start, start+1, … (mod 10^9, skipping empty results), so its
    // codes are unique for its first 10^9 people. Two populations with different seeds may
    // overlap; fill one store from one population.
    static QString makeValidNationalCode(quint64 n);

private:
    std::unique_ptr<detail::Generator> m_generator;
};

} // namespace pluslife::demo
