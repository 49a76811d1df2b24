#include "demofill.h"

#include "capacityservice.h"
#include "demo/syntheticpopulation.h"
#include "documentservice.h"
#include "householdservice.h"
#include "session.h"
#include "storage/householdrepository.h"
#include "storage/visitrepository.h"
#include "storage/workerrepository.h"
#include "storage/writetransaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace pluslife::services {

using storage::StoreError;

namespace {

// The generator speaks a slightly richer vocabulary than the forms' closed lists.
QString toChoice(const QString &key, const QHash<QString, QString> &mapping)
{
    return mapping.value(key, key);
}

domain::Person toPerson(const demo::SyntheticPerson &s)
{
    static const QHash<QString, QString> education{
        {QStringLiteral("bachelor"), QStringLiteral("university")},
        {QStringLiteral("master"), QStringLiteral("university")}};
    static const QHash<QString, QString> insurance{
        {QStringLiteral("basic-health"), QStringLiteral("health")},
        {QStringLiteral("supplementary"), QStringLiteral("health")},
        {QStringLiteral("rural"), QStringLiteral("health")}};
    static const QHash<QString, QString> disability{
        {QStringLiteral("psychosocial"), QStringLiteral("psychiatric")}};
    domain::Person p;
    p.nationalCode = s.nationalCode;
    p.firstName = s.firstName;
    p.lastName = s.lastName;
    p.fatherName = s.fatherName;
    p.sex = s.sex;
    p.birthDate = s.birthDate;
    p.maritalStatus = s.maritalStatus;
    p.education = toChoice(s.education, education);
    p.occupation = s.occupation;
    p.disabilityType = toChoice(s.disabilityType, disability);
    p.disabilitySeverity = s.disabilitySeverity;
    p.chronicIllness = s.chronicIllness;
    p.insurance = toChoice(s.insurance, insurance);
    p.mobile = s.mobile;
    return p;
}

HouseholdService::NewFile toNewFile(const demo::SyntheticHousehold &h)
{
    HouseholdService::NewFile file;
    file.head = toPerson(h.members.first());
    for (qsizetype i = 1; i < h.members.size(); ++i)
        file.others.append({toPerson(h.members.at(i)), h.members.at(i).relation, {}});
    file.head.landline = h.landline;
    file.address = {h.province, h.county, h.city, h.neighbourhood, h.street, h.postalCode};
    file.housing = h.housing;
    file.monthlyRent = h.monthlyRentRials;
    file.incomeSources = h.incomeSources;
    file.channel = QStringLiteral("county-office");
    return file;
}

} // namespace

StoreError DemoFill::fill(Session &session, int households, quint64 seed, Result *result)
{
    if (StoreError error = session.requireManager(); !error.ok())
        return error;
    if (households < 1 || households > 100000)
        return StoreError::make(
            storage::StoreErrorCode::InvalidInput,
            QCoreApplication::translate("DemoFill", "Ask for 1 to 100,000 households."));
    *result = {};
    const QDate today = session.clock().nowUtc().date();
    demo::SyntheticPopulation population(seed);
    QList<HouseholdService::NewFile> files;
    files.reserve(households);
    for (int i = 0; i < households; ++i)
        files.append(toNewFile(population.nextHousehold(today)));

    storage::WriteTransaction transaction(session.database());
    HouseholdService::ImportReport report;
    if (StoreError error = HouseholdService(session).importFiles(
            files, QStringLiteral("synthetic demo data"), false, &report);
        !error.ok())
        return report.problems.isEmpty()
                   ? error
                   : StoreError::make(error.code, error.message, report.problems.first());
    result->households = report.files;
    result->people = report.people;

    // Spread the files over the social workers, up to their limits, and plan visits.
    QList<qint64> socialWorkers;
    for (const domain::Worker &w : storage::WorkerRepository(session.database()).all())
        if (w.active && w.role == domain::WorkerRole::SocialWorker)
            socialWorkers << w.id;
    const auto summaries = HouseholdService(session).search(QString(), {}, households + 1000);
    QRandomGenerator random(seed ^ 0x5eed);
    storage::VisitRepository visits(session.database());
    CapacityService capacity(session);
    QHash<qint64, QList<qint64>> assignments;
    QHash<qint64, int> room;
    for (qint64 worker : std::as_const(socialWorkers)) {
        const auto usage = capacity.workerUsage(worker);
        room.insert(worker, usage.limit - usage.used);
    }
    for (int i = 0; i < summaries.size(); ++i) {
        const auto &summary = summaries.at(i);
        qint64 assigned = 0;
        if (!socialWorkers.isEmpty()) {
            const qint64 worker = socialWorkers.at(i % socialWorkers.size());
            if (room[worker]-- > 0) {
                assignments[worker].append(summary.id);
                assigned = worker;
            }
        }
        if (random.bounded(10) < 3) {
            domain::Visit visit;
            visit.householdId = summary.id;
            visit.workerId = assigned ? assigned : session.worker().id;
            visit.plannedDate = today.addDays(int(random.bounded(21)) - 7); // some are overdue
            visit.purpose = QCoreApplication::translate("DemoFill", "Home visit");
            if (visits.insert(&visit))
                ++result->visits;
        }
    }
    // Some files come with a scanned national card already attached (and checked), so the
    // documents tab and the checklist have something to show. The "scan" is a small PDF written
    // here: synthetic, like everything else in the demo.
    DocumentService documents(session);
    for (int i = 0; i < summaries.size(); i += 10) {
        QByteArray pdf =
            "%PDF-1.4\n% synthetic demo document\n1 0 obj << /Type /Catalog >> endobj\n";
        pdf += "% household " + QByteArray::number(summaries.at(i).id) + " seed " +
               QByteArray::number(seed) + "\n%%EOF\n";
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::ReadOnly);
        domain::Document created;
        if (documents
                .attach(summaries.at(i).id, 0, QStringLiteral("national-card"), buffer,
                        QStringLiteral("national-card.pdf"), &created)
                .ok()) {
            ++result->documents;
            if (random.bounded(2) == 0)
                documents.markChecked(created.id);
        }
    }
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
        if (StoreError error = capacity.assign(it.value(), it.key(), {}, nullptr); !error.ok())
            return error;
    if (!transaction.commit())
        return StoreError::make(
            storage::StoreErrorCode::Database,
            QCoreApplication::translate("DemoFill", "The demo data could not be saved."));
    return StoreError::success();
}

} // namespace pluslife::services
