// Journey 1 and the household file through the real widgets (offscreen, Persian, right to
// left) on a real store and keychain: intake opens a file with three members, the caseload
// finds it by a differently typed name, Enter opens it, a member is added and shows on the
// timeline. Reception gets no household view.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "caseload/deskpage.h"
#include "guidriver.h"
#include "household/householdfileview.h"
#include "household/memberstab.h"
#include "household/timelinetab.h"
#include "intake/intakedialog.h"
#include "localization.h"
#include "main/mainwindow.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"
#include "widgets/jalalidateedit.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pluslife;
using namespace pluslife::test;

namespace {

const auto kPassword = u"head of center 1"_s;

} // namespace

class TestCaseload : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void intakeFindOpenAndAddMember();
    void receptionGetsNoHouseholdView();

private:
    void fillIntake(QWidget *intake);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<services::Session> m_session;
};

void TestCaseload::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

void TestCaseload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<storage::KeychainSecretStore>(uniqueKeychainService());
    QString recovery;
    QVERIFY(services::CenterSetup::createCenter(
                m_dir->path(), *m_keychain, {u"1001"_s, u"مرکز امید"_s, u"تهران"_s, u"ری"_s, 450},
                {u"manager"_s, u"سارا احمدی"_s, kPassword}, &recovery, SystemClock::instance(),
                storage::KdfParams::fastForTests())
                .ok());
    m_session = std::make_unique<services::Session>(m_dir->path(), *m_keychain);
    QVERIFY(m_session->signIn(u"manager"_s, kPassword).ok());
}

void TestCaseload::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_dir.reset();
}

void TestCaseload::fillIntake(QWidget *intake)
{
    // The national code first, in Persian digits: a new person.
    QVERIFY(typeInto(intake, u"headNationalCodeEdit"_s, u"۰۰۷۶۲۲۹۶۴۵"_s));
    QCOMPARE(child<QLabel>(intake, u"knownPersonLabel"_s)->text(),
             ui::IntakeDialog::tr("New person: not in the center's files yet."));
    QVERIFY(typeInto(intake, u"headFirstNameEdit"_s, u"زهرا"_s));
    QVERIFY(typeInto(intake, u"headLastNameEdit"_s, u"کریمی"_s));
    choose(intake, u"headSexCombo"_s, u"female"_s);
    // The birth date typed in Jalali with Persian digits.
    auto *birth = child<ui::JalaliDateEdit>(intake, u"headBirthDateEdit"_s);
    QVERIFY(birth);
    birth->setFocus();
    typeText(birth, u"۱۳۶۴۰۱۱۳"_s); // the field starts a date as soon as a digit comes
    QTest::keyClick(birth, Qt::Key_Tab);
    QCOMPARE(birth->date(), QDate(1985, 4, 2));
    QVERIFY(typeInto(intake, u"headMobileEdit"_s, u"۰۹۱۲۳۴۵۶۷۸۹"_s));
    choose(intake, u"headMaritalCombo"_s, u"widowed"_s);

    // Two children in the members table.
    QVERIFY(clickOn(intake, u"addMemberRowButton"_s));
    QVERIFY(clickOn(intake, u"addMemberRowButton"_s));
    QVERIFY(typeInto(intake, u"memberNationalCodeEdit_0"_s, u"1583250689"_s));
    QVERIFY(typeInto(intake, u"memberFirstNameEdit_0"_s, u"علی"_s));
    QVERIFY(typeInto(intake, u"memberLastNameEdit_0"_s, u"رضایی"_s));
    choose(intake, u"memberSexCombo_0"_s, u"male"_s);
    child<ui::JalaliDateEdit>(intake, u"memberBirthDateEdit_0"_s)->setDate(QDate(2012, 9, 1));
    QVERIFY(typeInto(intake, u"memberFirstNameEdit_1"_s, u"مریم"_s));
    QVERIFY(typeInto(intake, u"memberLastNameEdit_1"_s, u"رضایی"_s));
    choose(intake, u"memberSexCombo_1"_s, u"female"_s);
    child<ui::JalaliDateEdit>(intake, u"memberBirthDateEdit_1"_s)->setDate(QDate(2016, 1, 20));
    QCOMPARE(child<QComboBox>(intake, u"memberRelationCombo_1"_s)->currentData(), u"child"_s);

    auto *province = child<QComboBox>(intake, u"provinceCombo"_s);
    province->setCurrentIndex(province->findText(u"تهران"_s));
    QVERIFY(typeInto(intake, u"countyEdit"_s, u"ری"_s));
    QVERIFY(typeInto(intake, u"postalCodeEdit"_s, u"۱۳۱۴۵۶۷۸۹۱"_s));
    choose(intake, u"housingCombo"_s, u"tenant"_s);
    QVERIFY(typeInto(intake, u"rentEdit"_s, u"۸۰۰۰۰۰۰۰"_s));
    auto *asked = child<QPlainTextEdit>(intake, u"askedEdit"_s);
    typeText(asked, u"پس از فوت همسر کمک می‌خواهد"_s);
}

void TestCaseload::intakeFindOpenAndAddMember()
{
    ui::MainWindow main(*m_session);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    ui::CaseloadPage *caseload = main.caseloadPage();
    QVERIFY(caseload && caseload->isVisible());
    QVERIFY(main.findChild<QWidget *>(u"homePage"_s)->isVisible()); // the side panel
    QCOMPARE(caseload->model()->rowCount(), 0);

    // Journey 1: a new request from the Households menu (Ctrl+N).
    main.findChild<QAction *>(u"newRequestAction"_s)->trigger();
    QWidget *intake = visibleTopLevel(u"intakeDialog"_s);
    QVERIFY(intake);
    QCOMPARE(intake->layoutDirection(), Qt::RightToLeft);
    fillIntake(intake);
    snapshot(intake, u"caseload-1-intake"_s);
    QVERIFY(clickOn(intake, u"openFileButton"_s));
    auto *fileNumber = child<QLabel>(intake, u"newFileNumberLabel"_s);
    QVERIFY2(fileNumber->isVisible(), qPrintable(child<QLabel>(intake, u"intakeError"_s)->text()));
    QVERIFY(fileNumber->text().contains(u"۱۰۰۱"_s)); // the center's prefix, Persian digits
    snapshot(intake, u"caseload-2-file-number"_s);
    QVERIFY(clickOn(intake, u"closeIntakeButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"intakeDialog"_s));
    QCOMPARE(caseload->model()->rowCount(), 1); // the caseload was refreshed

    // Found again by the name typed on an Arabic keyboard (ي, ك).
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    caseload->focusSearch();
    typeText(caseload->searchEdit(), u"زهرا كريمي"_s);
    QTRY_COMPARE(caseload->model()->rowCount(), 1);
    QCOMPARE(caseload->model()->file(0).headName, u"زهرا کریمی"_s);
    QCOMPARE(caseload->model()->file(0).memberCount, 3);
    auto *count = child<QLabel>(caseload, u"caseloadCountLabel"_s);
    QVERIFY2(count->text().contains(u"۱"_s), qPrintable(count->text()));
    typeText(caseload->searchEdit(), u" نیست"_s); // nobody
    QTRY_COMPARE(caseload->model()->rowCount(), 0);
    QVERIFY(count->text().contains(u"۰"_s));
    caseload->searchEdit()->setText(u"١٥٨٣٢٥٠٦٨٩"_s); // a member's code in Arabic-Indic digits
    QTRY_COMPARE(caseload->model()->rowCount(), 1);
    snapshot(&main, u"caseload-3-caseload"_s);

    // Keyboard only: Down to the table, Enter opens the file.
    QTest::keyClick(caseload->searchEdit(), Qt::Key_Down);
    QVERIFY(caseload->table()->hasFocus());
    QCOMPARE(caseload->table()->currentIndex().row(), 0);
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    ui::HouseholdFileView *view = main.householdFileView();
    QVERIFY(view && view->isVisible() && view->isOpen());
    QVERIFY(child<QLabel>(view, u"fileTitleLabel"_s)->text().contains(u"زهرا کریمی"_s));
    QCOMPARE(view->membersTab()->table()->rowCount(), 3);

    // Add a member in the household view.
    QVERIFY(clickOn(view, u"addMemberButton"_s));
    QWidget *person = visibleTopLevel(u"personDialog"_s);
    QVERIFY(person);
    QVERIFY(typeInto(person, u"personFirstNameEdit"_s, u"سارا"_s));
    QVERIFY(typeInto(person, u"personLastNameEdit"_s, u"رضایی"_s));
    choose(person, u"personSexCombo"_s, u"female"_s);
    choose(person, u"personRelationCombo"_s, u"child"_s);
    QVERIFY(clickOn(person, u"savePersonButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"personDialog"_s));
    QCOMPARE(view->membersTab()->table()->rowCount(), 4);
    QVERIFY(child<QLabel>(view, u"fileNotice"_s)->isVisible());

    // The timeline, newest first: the member just added, as a sentence, Jalali date and time.
    view->tabs()->setCurrentWidget(view->timelineTab());
    QTreeWidget *timeline = view->timelineTab()->list();
    QCOMPARE(timeline->topLevelItemCount(), 2);
    QTreeWidgetItem *newest = timeline->topLevelItem(0);
    QCOMPARE(newest->data(0, Qt::UserRole).toString(), u"member.added"_s);
    QVERIFY2(newest->text(2).contains(u"سارا رضایی"_s), qPrintable(newest->text(2)));
    QVERIFY2(newest->text(0).startsWith(u"۱۴"_s), qPrintable(newest->text(0)));
    QCOMPARE(newest->text(1), u"سارا احمدی"_s);
    QCOMPARE(timeline->topLevelItem(1)->data(0, Qt::UserRole).toString(), u"file.opened"_s);
    snapshot(&main, u"caseload-4-timeline"_s);
    view->tabs()->setCurrentIndex(0);
    snapshot(&main, u"caseload-5-household"_s);

    // Back to the caseload, which shows the new member count.
    QVERIFY(clickOn(view, u"backButton"_s));
    QTRY_VERIFY(!main.householdFileView());
    QVERIFY(caseload->isVisible());
    QCOMPARE(caseload->model()->file(0).memberCount, 4);

    // Locking destroys every data page, the open file included.
    QTest::keyClick(caseload->searchEdit(), Qt::Key_Return);
    QVERIFY(main.householdFileView());
    m_session->lock();
    main.showLocked();
    QVERIFY(!main.findChild<QWidget *>(u"caseloadPage"_s));
    QVERIFY(!main.findChild<QWidget *>(u"householdFileView"_s));
    QVERIFY(!main.findChild<QAction *>(u"newRequestAction"_s)->isEnabled());
}

void TestCaseload::receptionGetsNoHouseholdView()
{
    services::HouseholdService::NewFile file;
    file.head.firstName = u"زهرا"_s;
    file.head.lastName = u"کریمی"_s;
    file.head.sex = u"female"_s;
    file.head.nationalCode = u"0076229645"_s;
    QVERIFY(services::HouseholdService(*m_session).openFile(file, nullptr).ok());
    QVERIFY(services::WorkerAdmin(*m_session)
                .addWorker(u"reza"_s, u"رضا پذیرش"_s, domain::WorkerRole::Reception,
                           u"reception pass 1405"_s)
                .ok());
    m_session->signOut();
    QVERIFY(m_session->signIn(u"reza"_s, u"reception pass 1405"_s).ok());

    ui::MainWindow main(*m_session);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    ui::CaseloadPage *caseload = main.caseloadPage();
    QVERIFY(!child<QComboBox>(caseload, u"caseloadScopeCombo"_s)->isVisible());
    QCOMPARE(caseload->model()->rowCount(), 0); // search results only
    QVERIFY(main.findChild<QAction *>(u"newRequestAction"_s)->isVisible());

    typeText(caseload->searchEdit(), u"۰۰۷۶۲۲۹۶۴۵"_s);
    QTRY_COMPARE(caseload->model()->rowCount(), 1);
    QTest::keyClick(caseload->searchEdit(), Qt::Key_Return);
    QVERIFY(!main.householdFileView());
    QVERIFY(!main.findChild<QWidget *>(u"householdFileView"_s));
    auto *note = child<QLabel>(caseload, u"caseloadNote"_s);
    QVERIFY(note->isVisible() && !note->text().isEmpty());
    snapshot(&main, u"caseload-6-reception"_s);
    // Below the UI too: the service refuses reception the file.
    domain::Household household;
    QCOMPARE(services::HouseholdService(*m_session)
                 .open(caseload->model()->file(0).id, &household, nullptr)
                 .code,
             storage::StoreErrorCode::NotPermitted);
}

QTEST_MAIN(TestCaseload)
#include "tst_caseload.moc"
