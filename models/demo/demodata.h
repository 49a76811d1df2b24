#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The word lists behind the synthetic population, loaded once from the JSON files embedded at
// :/pluslife/demo/data/ (names-fa.json, places-ir.json). Everything is Persian text with the
// Persian ی and ک; county and province names carry an English transliteration.
namespace pluslife::demo {

struct DemoCounty {
    QString name;        // Persian
    QString englishName; // transliteration
    QString seat;        // the county's main city (its own name unless the data says otherwise)
    QStringList neighbourhoods; // real neighbourhoods for some large cities; may be empty
};

struct DemoProvince {
    QString code;               // ISO 3166-2:IR, e.g. "IR-23"
    QString name;               // Persian
    QString englishName;        // transliteration
    QString areaCode;           // landline prefix, "021"
    QString mobilePrefix;       // the regional MCI prefix, "0912"
    QStringList postalPrefixes; // plausible first two digits of local postal codes
    int population = 0;         // thousands (weights where households live)
    QList<DemoCounty> counties; // counties[0] holds the provincial capital
};

struct DemoNames {
    QStringList femaleOlder, femaleAny, femaleYounger;
    QStringList maleOlder, maleAny, maleYounger;
    QStringList family;
    QStringList streets, alleys;
    QStringList maleJobs, maleRuralJobs, femaleJobs;
    QString homemaker, unemployed, retired, pupil, student, soldier, unableToWork;
    QStringList illnesses, childIllnesses;
};

struct DemoData {
    DemoNames names;
    QList<DemoProvince> provinces;
    QStringList genericNeighbourhoods;
    QStringList villages;
    QString error; // empty when both files were read and are complete
};

// Parsed on first use; thread-safe. error() is non-empty only if the embedded files are broken.
const DemoData &demoData();

// Resource paths of the data files (for tests that read them directly).
QString namesResourcePath();
QString placesResourcePath();

} // namespace pluslife::demo
