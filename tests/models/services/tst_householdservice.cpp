// Households through the service layer on a real store: intake to file, members, history,
// merge and split, search with Persian folding, and the role rules enforced below the UI.
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {

const QString kPassword = QStringLiteral("head of center 1");

domain::Person person(const QString &first, const QString &last, const QString &sex,
                      const QString &code, const QDate &birth)
{
    domain::Person p;
    p.firstName = first;
    p.lastName = last;
    p.sex = sex;
    p.nationalCode = code;
    p.birthDate = birth;
    return p;
}

} // namespace

class TestHouseholdService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intakeOpensAFileWithMembers();
    void sameNationalCodeIsOnePerson();
    void searchFoldsPersianAndDigits();
    void membersLeaveDieMoveWithHistory();
    void changeHeadSplitAndMerge();
    void rolesAreEnforcedBelowTheUi();
    void fileNumbersNeverCollideAcrossStores();

private:
    HouseholdService::NewFile familyOfThree() const;
    void signInAs(const QString &user, const QString &password);
    void addWorker(const QString &user, domain::WorkerRole role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<Session> m_session;
    test::ManualClock m_clock;
};

void TestHouseholdService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<storage::KeychainSecretStore>(test::uniqueKeychainService());
    QString recovery;
    QVERIFY(
        CenterSetup::createCenter(m_dir->path(), *m_keychain,
                                  {QStringLiteral("1001"), QStringLiteral("مرکز امید"),
                                   QStringLiteral("تهران"), QStringLiteral("ری"), 450},
                                  {QStringLiteral("manager"), QStringLiteral("مدیر"), kPassword},
                                  &recovery, m_clock, storage::KdfParams::fastForTests())
            .ok());
    m_session = std::make_unique<Session>(m_dir->path(), *m_keychain, m_clock);
    signInAs(QStringLiteral("manager"), kPassword);
}

void TestHouseholdService::cleanup()
{
    m_session.reset();
}

void TestHouseholdService::signInAs(const QString &user, const QString &password)
{
    const storage::StoreError error = m_session->signIn(user, password);
    QVERIFY2(error.ok(), qPrintable(error.message));
}

void TestHouseholdService::addWorker(const QString &user, domain::WorkerRole role)
{
    QVERIFY(WorkerAdmin(*m_session)
                .addWorker(user, user, role, QStringLiteral("worker pass 1405"))
                .ok());
}

HouseholdService::NewFile TestHouseholdService::familyOfThree() const
{
    HouseholdService::NewFile file;
    file.head = person(QStringLiteral("زهرا"), QStringLiteral("کریمی"), QStringLiteral("female"),
                       QStringLiteral("0076229645"), QDate(1985, 4, 2));
    file.head.mobile = QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹");
    file.others.append(
        {person(QStringLiteral("علی"), QStringLiteral("رضایی"), QStringLiteral("male"),
                QStringLiteral("1583250689"), QDate(2012, 9, 1)),
         QStringLiteral("child"),
         {}});
    file.others.append({person(QStringLiteral("مریم"), QStringLiteral("رضایی"),
                               QStringLiteral("female"), QString(), QDate(2016, 1, 20)),
                        QStringLiteral("child"),
                        {}});
    file.address.province = QStringLiteral("تهران");
    file.address.postalCode = QStringLiteral("13145-67891");
    file.housing = QStringLiteral("tenant");
    file.monthlyRent = 80000000;
    file.asked = QStringLiteral("پس از فوت همسر کمک می‌خواهد");
    return file;
}

void TestHouseholdService::intakeOpensAFileWithMembers()
{
    HouseholdService service(*m_session);
    domain::Household created;
    const storage::StoreError error = service.openFile(familyOfThree(), &created);
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QVERIFY(QRegularExpression(QStringLiteral("^1001-[0-9A-Z]{3}-000001$"))
                .match(created.fileNumber)
                .hasMatch());
    domain::Household loaded;
    QList<domain::Member> members;
    QVERIFY(service.open(created.id, &loaded, &members).ok());
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.first().relation, QStringLiteral("head"));
    QCOMPARE(members.first().person.mobile, QStringLiteral("09123456789"));
    QCOMPARE(loaded.address.postalCode, QStringLiteral("1314567891"));
    QCOMPARE(loaded.monthlyRent, 80000000);
    const auto timeline = service.timeline(created.id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().kind, QStringLiteral("file.opened"));
    bool viewed = false;
    for (const auto &entry : m_session->audit().recent(10))
        viewed = viewed || entry.action == QLatin1String("household.view");
    QVERIFY(viewed);
    // An invalid national code is refused with a message and changes nothing.
    HouseholdService::NewFile bad = familyOfThree();
    bad.head.nationalCode = QStringLiteral("1234567890");
    const storage::StoreError refused = service.openFile(bad, nullptr);
    QCOMPARE(refused.code, StoreErrorCode::InvalidInput);
    QVERIFY(!refused.message.isEmpty());
    QCOMPARE(service.search(QString(), {}).size(), 1);
}

void TestHouseholdService::sameNationalCodeIsOnePerson()
{
    HouseholdService service(*m_session);
    domain::Household first;
    QVERIFY(service.openFile(familyOfThree(), &first).ok());
    storage::StoreError error;
    const auto known = service.findByNationalCode(QStringLiteral("۰۰۷۶۲۲۹۶۴۵"), &error);
    QVERIFY(error.ok());
    QVERIFY(known);
    QCOMPARE(known->fileNumber, first.fileNumber);
    // The same head again: refused, pointing at the existing file.
    const storage::StoreError again = service.openFile(familyOfThree(), nullptr);
    QCOMPARE(again.code, StoreErrorCode::InvalidInput);
    QVERIFY(again.message.contains(first.fileNumber));
    // Same folded name and birth date: warned.
    domain::Person twin = person(QStringLiteral("زهرا"), QStringLiteral("كريمي"),
                                 QStringLiteral("female"), {}, QDate(1985, 4, 2));
    QCOMPARE(service.likelyDuplicates(twin).size(), 1);
}

void TestHouseholdService::searchFoldsPersianAndDigits()
{
    HouseholdService service(*m_session);
    domain::Household created;
    QVERIFY(service.openFile(familyOfThree(), &created).ok());
    for (const QString &typed :
         {QStringLiteral("كريمي"), QStringLiteral("زهرا کریمی"), QStringLiteral("کریـمی"),
          QStringLiteral("۰۰۷۶۲۲"), QStringLiteral("09123"), created.fileNumber.toLower(),
          QStringLiteral("رضایی")}) {
        const auto hits = service.search(typed, {});
        QVERIFY2(hits.size() == 1, qPrintable(typed));
        QCOMPARE(hits.first().fileNumber, created.fileNumber);
        QCOMPARE(hits.first().memberCount, 3);
    }
    QVERIFY(service.search(QStringLiteral("احمدی"), {}).isEmpty());
    // Filters: priority (set here as the needs ranking of issue 5 will) and visit due.
    {
        storage::HouseholdRepository repo(m_session->database());
        auto household = repo.household(created.id);
        household->priority = QStringLiteral("urgent");
        QVERIFY(repo.updateHousehold(*household, m_clock.nowUtc()));
    }
    HouseholdService::SearchFilter urgent;
    urgent.priority = QStringLiteral("urgent");
    QCOMPARE(service.search(QString(), urgent).size(), 1);
    urgent.priority = QStringLiteral("low");
    QVERIFY(service.search(QString(), urgent).isEmpty());
    HouseholdService::SearchFilter due;
    due.visitDue = true;
    QVERIFY(service.search(QString(), due).isEmpty());
    QVERIFY(service.search(QStringLiteral("%"), {}).isEmpty());
}

void TestHouseholdService::membersLeaveDieMoveWithHistory()
{
    HouseholdService service(*m_session);
    domain::Household a;
    domain::Household b;
    QVERIFY(service.openFile(familyOfThree(), &a).ok());
    HouseholdService::NewFile other;
    other.head = person(QStringLiteral("حسن"), QStringLiteral("محمدی"), QStringLiteral("male"),
                        QStringLiteral("0499370899"), QDate(1960, 1, 1));
    QVERIFY(service.openFile(other, &b).ok());
    domain::Household loaded;
    QList<domain::Member> members;
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    const qint64 ali = members.at(1).person.id;
    const qint64 maryam = members.at(2).person.id;
    QVERIFY(service.moveMember(ali, b.id, QStringLiteral("grandchild")).ok());
    QVERIFY(service.memberLeft(a.id, maryam, QStringLiteral("died"), QDate(2026, 10, 1)).ok());
    QCOMPARE(
        service.memberLeft(a.id, loaded.headPersonId, QStringLiteral("left"), QDate(2026, 10, 1))
            .code,
        StoreErrorCode::InvalidInput);
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    QCOMPARE(members.size(), 1);
    QVERIFY(service.open(b.id, &loaded, &members).ok());
    QCOMPARE(members.size(), 2);
    QStringList kinds;
    for (const auto &event : service.timeline(a.id))
        kinds << event.kind;
    // The timeline can still name the members who left.
    const auto names = service.memberNames(a.id);
    QVERIFY(names.contains(ali) && names.contains(maryam));
    QCOMPARE(names.value(maryam), QStringLiteral("مریم رضایی"));
    QCOMPARE(kinds, (QStringList{QStringLiteral("member.died"), QStringLiteral("member.moved_out"),
                                 QStringLiteral("file.opened")}));
    QVERIFY(m_session->audit().verify().ok);
}

void TestHouseholdService::changeHeadSplitAndMerge()
{
    HouseholdService service(*m_session);
    domain::Household a;
    QVERIFY(service.openFile(familyOfThree(), &a).ok());
    domain::Household loaded;
    QList<domain::Member> members;
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    const qint64 ali = members.at(1).person.id;
    domain::Household split;
    QVERIFY(service.split(a.id, {ali}, ali, &split).ok());
    QVERIFY(split.fileNumber != a.fileNumber);
    QVERIFY(service.open(split.id, &loaded, &members).ok());
    QCOMPARE(loaded.headPersonId, ali);
    QCOMPARE(members.size(), 1);
    // The split turns out to be a mistake: merge back.
    QVERIFY(service.merge(a.id, split.id).ok());
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    QCOMPARE(members.size(), 3);
    QVERIFY(service.open(split.id, &loaded, &members).ok());
    QCOMPARE(loaded.status, QStringLiteral("closed"));
    QVERIFY(members.isEmpty());
    QCOMPARE(service.search(QString(), {}).size(), 1); // merged files leave the lists
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    const qint64 formerHead = loaded.headPersonId;
    QVERIFY(service.changeHead(a.id, ali).ok());
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    QCOMPARE(loaded.headPersonId, ali);
    QCOMPARE(service.setRelation(a.id, ali, QStringLiteral("child")).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(service.setRelation(a.id, formerHead, QStringLiteral("parent")).ok());
    QVERIFY(service.open(a.id, &loaded, &members).ok());
    for (const auto &m : members)
        if (m.person.id == formerHead)
            QCOMPARE(m.relation, QStringLiteral("parent"));
    QCOMPARE(service.setStatus(a.id, QStringLiteral("closed"), QString()).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(
        service.setStatus(a.id, QStringLiteral("suspended"), QStringLiteral("سفر طولانی")).ok());
}

void TestHouseholdService::rolesAreEnforcedBelowTheUi()
{
    addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    addWorker(QStringLiteral("nasrin"), domain::WorkerRole::Reception);
    addWorker(QStringLiteral("dr.amini"), domain::WorkerRole::Specialist);

    // Reception opens the file and can find it, but cannot read its details.
    signInAs(QStringLiteral("nasrin"), QStringLiteral("worker pass 1405"));
    HouseholdService asReception(*m_session);
    domain::Household file;
    QVERIFY(asReception.openFile(familyOfThree(), &file).ok());
    QCOMPARE(asReception.search(QStringLiteral("کریمی"), {}).size(), 1);
    domain::Household loaded;
    QCOMPARE(asReception.open(file.id, &loaded, nullptr).code, StoreErrorCode::NotPermitted);
    QVERIFY(asReception.timeline(file.id).isEmpty());
    storage::StoreError error;
    const auto known = asReception.findByNationalCode(QStringLiteral("0076229645"), &error);
    QVERIFY(known && known->person.birthDate.isNull() && known->person.mobile.isEmpty());

    // A social worker sees the unassigned queue and her own files, not a colleague's.
    signInAs(QStringLiteral("sara"), QStringLiteral("worker pass 1405"));
    HouseholdService asSara(*m_session);
    QVERIFY(asSara.open(file.id, &loaded, nullptr).ok()); // unassigned
    HouseholdService::NewFile own;
    own.head = person(QStringLiteral("حسن"), QStringLiteral("محمدی"), QStringLiteral("male"),
                      QStringLiteral("0499370899"), QDate(1960, 1, 1));
    domain::Household sarasFile;
    QVERIFY(asSara.openFile(own, &sarasFile).ok());
    signInAs(QStringLiteral("reza"), QStringLiteral("worker pass 1405"));
    HouseholdService asReza(*m_session);
    QCOMPARE(asReza.open(sarasFile.id, &loaded, nullptr).code, StoreErrorCode::NotPermitted);
    QCOMPARE(asReza.setStatus(sarasFile.id, QStringLiteral("suspended"), QStringLiteral("x")).code,
             StoreErrorCode::NotPermitted);
    QCOMPARE(asReza.search(QStringLiteral("محمدی"), {}).size(), 0);

    // A specialist sees nothing until something is referred to them.
    signInAs(QStringLiteral("dr.amini"), QStringLiteral("worker pass 1405"));
    HouseholdService asSpecialist(*m_session);
    QVERIFY(asSpecialist.search(QString(), {}).isEmpty());
    QCOMPARE(asSpecialist.openFile(own, nullptr).code, StoreErrorCode::NotPermitted);

    // The manager sees all.
    signInAs(QStringLiteral("manager"), kPassword);
    QCOMPARE(HouseholdService(*m_session).search(QString(), {}).size(), 2);
}

void TestHouseholdService::fileNumbersNeverCollideAcrossStores()
{
    QTemporaryDir otherDir;
    QString recovery;
    QVERIFY(CenterSetup::createCenter(
                otherDir.path(), *m_keychain,
                {QStringLiteral("1001"), QStringLiteral("مرکز امید"), {}, {}, 450},
                {QStringLiteral("manager"), QStringLiteral("مدیر"), kPassword}, &recovery, m_clock,
                storage::KdfParams::fastForTests())
                .ok());
    Session other(otherDir.path(), *m_keychain, m_clock);
    QVERIFY(other.signIn(QStringLiteral("manager"), kPassword).ok());
    QSet<QString> numbers;
    HouseholdService here(*m_session);
    HouseholdService there(other);
    for (int i = 0; i < 5; ++i) {
        for (auto *service : {&here, &there}) {
            HouseholdService::NewFile file;
            file.head = person(QStringLiteral("نام"), QStringLiteral("خانوادگی"),
                               QStringLiteral("male"), {}, {});
            // A valid code from nine digits (DOMAIN.md §7): a distinct person each time.
            const QString nine = QStringLiteral("12345%1").arg(i * 2 + (service == &here ? 0 : 1),
                                                               4, 10, QLatin1Char('0'));
            int sum = 0;
            for (int d = 0; d < 9; ++d)
                sum += nine.at(d).digitValue() * (10 - d);
            const int r = sum % 11;
            file.head.nationalCode = nine + QString::number(r < 2 ? r : 11 - r);
            domain::Household created;
            const storage::StoreError error = service->openFile(file, &created);
            QVERIFY2(error.ok(), qPrintable(error.message));
            QVERIFY2(!numbers.contains(created.fileNumber), qPrintable(created.fileNumber));
            numbers.insert(created.fileNumber);
        }
    }
    QCOMPARE(numbers.size(), 10);
}

QTEST_GUILESS_MAIN(TestHouseholdService)
#include "tst_householdservice.moc"
