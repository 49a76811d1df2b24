// The household file's restructuring actions through their dialogs (offscreen, Persian, real
// store and keychain): a status change that needs a reason, merging a duplicate picked by its
// file number, splitting a member off into a new file.
#include "caseload/deskpage.h"
#include "guidriver.h"
#include "household/householdfileview.h"
#include "household/memberstab.h"
#include "household/timelinetab.h"
#include "localization.h"
#include "main/mainwindow.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pluslife;
using namespace pluslife::test;

class TestHouseholdFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void statusSplitAndMergeFromTheFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<services::Session> m_session;
};

void TestHouseholdFile::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    m_keychain = std::make_unique<storage::KeychainSecretStore>(uniqueKeychainService());
    QString recovery;
    QVERIFY(services::CenterSetup::createCenter(
                m_dir.path(), *m_keychain, {u"1001"_s, u"مرکز امید"_s, u"تهران"_s, u"ری"_s, 450},
                {u"manager"_s, u"سارا احمدی"_s, u"head of center 1"_s}, &recovery,
                SystemClock::instance(), storage::KdfParams::fastForTests())
                .ok());
    m_session = std::make_unique<services::Session>(m_dir.path(), *m_keychain);
    QVERIFY(m_session->signIn(u"manager"_s, u"head of center 1"_s).ok());
}

void TestHouseholdFile::statusSplitAndMergeFromTheFile()
{
    services::HouseholdService service(*m_session);
    services::HouseholdService::NewFile file;
    file.head = {};
    file.head.firstName = u"زهرا"_s;
    file.head.lastName = u"کریمی"_s;
    file.head.sex = u"female"_s;
    file.head.nationalCode = u"0076229645"_s;
    domain::Member son;
    son.person.firstName = u"علی"_s;
    son.person.lastName = u"رضایی"_s;
    son.person.sex = u"male"_s;
    son.relation = u"child"_s;
    file.others = {son};
    domain::Household first;
    QVERIFY(service.openFile(file, &first).ok());
    file.head.nationalCode = u"1583250689"_s; // a duplicate file of the same family
    file.others.clear();
    domain::Household duplicate;
    QVERIFY(service.openFile(file, &duplicate).ok());

    ui::MainWindow main(*m_session);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.desk()->openFile(first.id);
    ui::HouseholdFileView *view = main.householdFileView();
    QVERIFY(view && view->isOpen());

    // Suspending needs a reason; the service's translated refusal stays on the dialog.
    QVERIFY(clickOn(view, u"changeStatusButton"_s));
    QWidget *status = visibleTopLevel(u"statusDialog"_s);
    QVERIFY(status);
    choose(status, u"newStatusCombo"_s, u"suspended"_s);
    QVERIFY(clickOn(status, u"confirmStatusButton"_s));
    QVERIFY(status->isVisible());
    QVERIFY(typeInto(status, u"statusReasonEdit"_s, u"در انتظار مدارک"_s));
    QVERIFY(clickOn(status, u"confirmStatusButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"statusDialog"_s));
    QVERIFY(child<QLabel>(view, u"fileStatusLabel"_s)->text().contains(u"در انتظار مدارک"_s));

    // Merge the duplicate, picked by its file number typed in Persian digits.
    QVERIFY(clickOn(view, u"mergeButton"_s));
    QWidget *merge = visibleTopLevel(u"mergeDialog"_s);
    QVERIFY(merge);
    QVERIFY(
        typeInto(merge, u"duplicateFileNumberEdit"_s, fileNumberInPersian(duplicate.fileNumber)));
    QVERIFY(!child<QLabel>(merge, u"duplicateFoundLabel"_s)->text().isEmpty());
    QVERIFY(clickOn(merge, u"confirmMergeButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"mergeDialog"_s));
    QCOMPARE(view->membersTab()->table()->rowCount(), 3);

    // Split the son off into a file of his own.
    QVERIFY(clickOn(view, u"splitButton"_s));
    QWidget *split = visibleTopLevel(u"splitDialog"_s);
    QVERIFY(split);
    auto *members = child<QListWidget>(split, u"splitMembersList"_s);
    QVERIFY(members && members->count() == 2);
    members->item(0)->setCheckState(Qt::Checked);
    QVERIFY(clickOn(split, u"confirmSplitButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"splitDialog"_s));
    QCOMPARE(view->membersTab()->table()->rowCount(), 2);
    QCOMPARE(view->timelineTab()->list()->topLevelItem(0)->data(0, Qt::UserRole).toString(),
             u"file.split"_s);
}

QTEST_MAIN(TestHouseholdFile)
#include "tst_householdfile.moc"
