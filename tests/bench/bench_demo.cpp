// Cost of generating demo households (models/demo), without any storage: the rest of
// `pluslife-admin demo` is SQL. Target: 10,000 households well under a second (Release).
// Run: build/<dir>/tests/bench/bench_demo [households]
//      build/<dir>/tests/bench/bench_demo --dump N [seed]   (prints N households as JSON lines)
#include "demo/syntheticpopulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pluslife::demo;

namespace {

QJsonObject toJson(const SyntheticHousehold &h)
{
    QJsonArray members;
    for (const SyntheticPerson &p : h.members) {
        members.append(
            QJsonObject{{QStringLiteral("nationalCode"), p.nationalCode},
                        {QStringLiteral("name"), p.firstName + QLatin1Char(' ') + p.lastName},
                        {QStringLiteral("father"), p.fatherName},
                        {QStringLiteral("sex"), p.sex},
                        {QStringLiteral("born"), p.birthDate.toString(Qt::ISODate)},
                        {QStringLiteral("relation"), p.relation},
                        {QStringLiteral("marital"), p.maritalStatus},
                        {QStringLiteral("education"), p.education},
                        {QStringLiteral("occupation"), p.occupation},
                        {QStringLiteral("disability"),
                         p.disabilityType + QLatin1Char('/') + p.disabilitySeverity},
                        {QStringLiteral("illness"), p.chronicIllness},
                        {QStringLiteral("insurance"), p.insurance},
                        {QStringLiteral("mobile"), p.mobile}});
    }
    return QJsonObject{{QStringLiteral("province"), h.provinceCode + QLatin1Char(' ') + h.province},
                       {QStringLiteral("county"), h.county},
                       {QStringLiteral("city"), h.city},
                       {QStringLiteral("neighbourhood"), h.neighbourhood},
                       {QStringLiteral("street"), h.street},
                       {QStringLiteral("postalCode"), h.postalCode},
                       {QStringLiteral("landline"), h.landline},
                       {QStringLiteral("housing"), h.housing},
                       {QStringLiteral("rent"), h.monthlyRentRials},
                       {QStringLiteral("income"), QJsonArray::fromStringList(h.incomeSources)},
                       {QStringLiteral("members"), members}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--dump")) {
        SyntheticPopulation population(args.size() > 3 ? args.at(3).toULongLong() : 1);
        for (int i = 0, n = args.at(2).toInt(); i < n; ++i) {
            const QJsonDocument line(toJson(population.nextHousehold(QDate::currentDate())));
            std::printf("%s\n", line.toJson(QJsonDocument::Compact).constData());
        }
        return 0;
    }
    const int households = args.size() > 1 ? args.at(1).toInt() : 10000;
    const QDate today = QDate::currentDate();

    std::vector<double> runs;
    qint64 people = 0;
    for (int run = 0; run < 5; ++run) {
        SyntheticPopulation population(quint64(run) + 1);
        QElapsedTimer timer;
        timer.start();
        qint64 members = 0; // keeps the work observable
        for (int i = 0; i < households; ++i)
            members += population.nextHousehold(today).members.size();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        people = members;
    }
    std::sort(runs.begin(), runs.end());
    std::printf("bench_demo: %d households (%lld people): median %.1f ms, best %.1f ms, "
                "worst %.1f ms over %zu runs\n",
                households, static_cast<long long>(people), runs[runs.size() / 2], runs.front(),
                runs.back(), runs.size());
    return 0;
}
