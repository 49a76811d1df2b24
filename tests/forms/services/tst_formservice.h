#pragma once

// FormService on a real store: installing forms (a refused form installs nothing, the same bytes
// twice are one install, two versions live side by side), drafts saved and resumed, submitting
// (case fields, timeline and home visit in one transaction, all or nothing), corrections that
// supersede, and who may do what.
#include "../../models/services/servicetestfixture.h"
#include "services/formservice.h"
#include "services/visitservice.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/vault.h"
#include "storage/visitrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace pluslife;
using forms::FormService;
using forms::FormSession;
using forms::FormSubject;
using storage::StoreErrorCode;

namespace formservicetest {

const QString kMobile = QStringLiteral("09351234567");
const QString kObservation =
    QStringLiteral("خانه نمور بود و سقف آشپزخانه چکه می‌کرد.");

// The home-visit report of tests/data/forms/services/home_visit.xml; `extra` adds a question to
// tell versions apart.
inline QByteArray homeVisitForm(const QString &version, const QString &title, bool extra = false)
{
    QString xml =
        QString::fromUtf8(test::readFile(qEnvironmentVariable("PLUSLIFE_TEST_DATA") +
                                         QStringLiteral("/forms/services/home_visit.xml")));
    xml.replace(QStringLiteral("@VERSION@"), version).replace(QStringLiteral("@TITLE@"), title);
    xml.replace(QStringLiteral("@EXTRA_NODE@"), extra ? QStringLiteral("<roof/>") : QString());
    xml.replace(QStringLiteral("@EXTRA_BIND@"),
                extra ? QStringLiteral("<bind nodeset=\"/data/roof\" type=\"string\"/>")
                      : QString());
    xml.replace(QStringLiteral("@EXTRA_BODY@"),
                extra ? QStringLiteral("<input ref=\"/data/roof\"><label>سقف</label></input>")
                      : QString());
    return xml.toUtf8();
}

inline int count(test::CenterFixture &center, const QString &table)
{
    QSqlQuery q(center.session->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

inline QStringList timelineKinds(test::CenterFixture &center, qint64 household)
{
    QStringList kinds;
    for (const auto &event : services::HouseholdService(*center.session).timeline(household))
        kinds << event.kind;
    return kinds;
}

inline QList<storage::AuditLog::Entry> auditEntries(test::CenterFixture &center,
                                                    const QString &action)
{
    QList<storage::AuditLog::Entry> found;
    for (const auto &entry : center.session->audit().recent(500))
        if (entry.action == action)
            found << entry;
    return found;
}

inline QString everythingAudited(test::CenterFixture &center)
{
    QString text;
    for (const auto &entry : center.session->audit().recent(500))
        text +=
            entry.action + entry.subjectType + entry.subjectId +
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson());
    return text;
}

inline domain::Household householdOf(test::CenterFixture &center, qint64 id)
{
    return *storage::HouseholdRepository(center.session->database()).household(id);
}

inline domain::Person headOf(test::CenterFixture &center, qint64 household)
{
    storage::HouseholdRepository repo(center.session->database());
    return *repo.personById(repo.household(household)->headPersonId);
}

inline qint64 planVisit(test::CenterFixture &center, qint64 household)
{
    domain::Visit visit;
    visit.householdId = household;
    visit.plannedDate = center.clock.nowUtc().date();
    visit.purpose = QStringLiteral("بازدید منزل");
    return services::VisitService(*center.session).schedule(&visit).ok() ? visit.id : 0;
}

// Answers every question of the home-visit form.
inline bool fill(FormSession &session, const QString &mobile = kMobile)
{
    return session.setValue(QStringLiteral("/data/housing"), QStringLiteral("tenant")).ok() &&
           session.setValue(QStringLiteral("/data/rent"), QStringLiteral("۲۵۰۰۰۰۰۰")).ok() &&
           session.setValue(QStringLiteral("/data/marital"), QStringLiteral("widowed")).ok() &&
           session.setValue(QStringLiteral("/data/mobile"), mobile).ok() &&
           session.setValue(QStringLiteral("/data/observations"), kObservation).ok();
}

} // namespace formservicetest

using namespace formservicetest;

class TestFormService : public QObject {
    Q_OBJECT

private slots:
    void installRefusesBadFormsAndInstallsNothing();
    void identicalReinstallIsNoOp();
    void importIsForManagers();
    void libraryInstallsIdempotently();
    void draftsSaveResumeDiscard();
    void versionsSideBySide();
    void submitUpdatesTheFileInOneTransaction();
    void submitToAMember();
    void refusedSubmitWritesNothing();
    void failureInsideSubmitRollsBackEverything();
    void correctionSupersedes();
    void accessIsChecked();
};
