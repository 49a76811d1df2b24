#include "demo/demodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pluslife::demo {

namespace {

QJsonObject readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = path + QStringLiteral(": ") + parseError.errorString();
        return {};
    }
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

void readNames(const QJsonObject &root, DemoNames &names)
{
    const QJsonObject female = root.value(QLatin1String("female")).toObject();
    const QJsonObject male = root.value(QLatin1String("male")).toObject();
    names.femaleOlder = strings(female.value(QLatin1String("older")));
    names.femaleAny = strings(female.value(QLatin1String("any")));
    names.femaleYounger = strings(female.value(QLatin1String("younger")));
    names.maleOlder = strings(male.value(QLatin1String("older")));
    names.maleAny = strings(male.value(QLatin1String("any")));
    names.maleYounger = strings(male.value(QLatin1String("younger")));
    names.family = strings(root.value(QLatin1String("family")));
    names.streets = strings(root.value(QLatin1String("streets")));
    names.alleys = strings(root.value(QLatin1String("alleys")));
    const QJsonObject jobs = root.value(QLatin1String("occupations")).toObject();
    names.maleJobs = strings(jobs.value(QLatin1String("maleWorking")));
    names.maleRuralJobs = strings(jobs.value(QLatin1String("maleRural")));
    names.femaleJobs = strings(jobs.value(QLatin1String("femaleWorking")));
    names.homemaker = jobs.value(QLatin1String("homemaker")).toString();
    names.unemployed = jobs.value(QLatin1String("unemployed")).toString();
    names.retired = jobs.value(QLatin1String("retired")).toString();
    names.pupil = jobs.value(QLatin1String("pupil")).toString();
    names.student = jobs.value(QLatin1String("student")).toString();
    names.soldier = jobs.value(QLatin1String("soldier")).toString();
    names.unableToWork = jobs.value(QLatin1String("unableToWork")).toString();
    names.illnesses = strings(root.value(QLatin1String("chronicIllnesses")));
    names.childIllnesses = strings(root.value(QLatin1String("chronicIllnessesChildren")));
}

void readPlaces(const QJsonObject &root, DemoData &data)
{
    data.genericNeighbourhoods = strings(root.value(QLatin1String("genericNeighbourhoods")));
    data.villages = strings(root.value(QLatin1String("villages")));
    const QJsonArray provinces = root.value(QLatin1String("provinces")).toArray();
    for (const QJsonValue &provinceValue : provinces) {
        const QJsonObject object = provinceValue.toObject();
        DemoProvince province;
        province.code = object.value(QLatin1String("code")).toString();
        province.name = object.value(QLatin1String("fa")).toString();
        province.englishName = object.value(QLatin1String("en")).toString();
        province.areaCode = object.value(QLatin1String("areaCode")).toString();
        province.mobilePrefix = object.value(QLatin1String("mobilePrefix")).toString();
        province.postalPrefixes = strings(object.value(QLatin1String("postalPrefixes")));
        province.population = object.value(QLatin1String("population")).toInt();
        const QJsonArray counties = object.value(QLatin1String("counties")).toArray();
        for (const QJsonValue &countyValue : counties) {
            const QJsonObject countyObject = countyValue.toObject();
            DemoCounty county;
            county.name = countyObject.value(QLatin1String("fa")).toString();
            county.englishName = countyObject.value(QLatin1String("en")).toString();
            county.seat = countyObject.value(QLatin1String("seat")).toString(county.name);
            county.neighbourhoods = strings(countyObject.value(QLatin1String("neighbourhoods")));
            province.counties.append(county);
        }
        data.provinces.append(province);
    }
}

QString completeness(const DemoData &data)
{
    const DemoNames &n = data.names;
    const QList<const QStringList *> lists = {
        &n.femaleOlder, &n.femaleAny,      &n.femaleYounger,
        &n.maleOlder,   &n.maleAny,        &n.maleYounger,
        &n.family,      &n.streets,        &n.alleys,
        &n.maleJobs,    &n.maleRuralJobs,  &n.femaleJobs,
        &n.illnesses,   &n.childIllnesses, &data.genericNeighbourhoods,
        &data.villages};
    for (const QStringList *list : lists) {
        if (list->isEmpty())
            return QStringLiteral("a list in the demo data files is empty");
    }
    if (n.homemaker.isEmpty() || n.unemployed.isEmpty() || n.retired.isEmpty() ||
        n.pupil.isEmpty() || n.student.isEmpty() || n.soldier.isEmpty() || n.unableToWork.isEmpty())
        return QStringLiteral("an occupation in names-fa.json is missing");
    if (data.provinces.isEmpty())
        return QStringLiteral("places-ir.json lists no province");
    for (const DemoProvince &province : data.provinces) {
        if (province.counties.isEmpty() || province.postalPrefixes.isEmpty() ||
            province.population <= 0 || province.areaCode.isEmpty() ||
            province.mobilePrefix.isEmpty())
            return QStringLiteral("province ") + province.code + QStringLiteral(" is incomplete");
    }
    return {};
}

DemoData load()
{
    DemoData data;
    const QJsonObject names = readObject(namesResourcePath(), &data.error);
    const QJsonObject places = readObject(placesResourcePath(), &data.error);
    if (!data.error.isEmpty())
        return data;
    readNames(names, data.names);
    readPlaces(places, data);
    data.error = completeness(data);
    return data;
}

} // namespace

QString namesResourcePath()
{
    return QStringLiteral(":/pluslife/demo/data/names-fa.json");
}

QString placesResourcePath()
{
    return QStringLiteral(":/pluslife/demo/data/places-ir.json");
}

const DemoData &demoData()
{
    static const DemoData data = load();
    return data;
}

} // namespace pluslife::demo
