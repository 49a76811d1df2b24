// The needs tab of a household file and the manager's ranked list (offscreen, Persian, real
// store and keychain): the explanation table, the band override with its reason dialog, the
// support plan propose / add / remove / approve, and the ranked list's filters, its model under
// QAbstractItemModelTester and double-click opening a file.
#include "localization.h"
#include "needs/bandoverridedialog.h"
#include "needs/needspanel.h"
#include "needs/rankedhouseholdsmodel.h"
#include "needs/rankedhouseholdspage.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pluslife;
using namespace pluslife::test;

class TestNeedsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void overrideDialogNeedsAReason();
    void panelExplainsOverridesAndPlans();
    void rankedListFiltersAndOpens();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<services::Session> m_session;
    qint64 m_needy = 0;
    qint64 m_settled = 0;
};

void TestNeedsUi::initTestCase()
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
    // A female head (uninsured) renting, with a child of about three: 1 dependant × 2 + female
    // head 10 + under 6: 3 + tenant 4 + uninsured 1 × 2 = 21, medium.
    services::HouseholdService::NewFile file;
    file.head.firstName = u"مریم"_s;
    file.head.lastName = u"کریمی"_s;
    file.head.sex = u"female"_s;
    file.head.nationalCode = u"0076229645"_s;
    file.head.birthDate = QDate::currentDate().addYears(-36);
    file.head.insurance = u"none"_s;
    domain::Person child;
    child.firstName = u"سارا"_s;
    child.lastName = u"کریمی"_s;
    child.sex = u"female"_s;
    child.birthDate = QDate::currentDate().addYears(-3);
    child.insurance = u"health"_s;
    file.others.append({child, u"child"_s, {}});
    file.housing = u"tenant"_s;
    file.monthlyRent = 15000000;
    domain::Household created;
    QVERIFY(services::HouseholdService(*m_session).openFile(file, &created).ok());
    m_needy = created.id;
    // An employed, insured owner: 0, low.
    services::HouseholdService::NewFile other;
    other.head.firstName = u"رضا"_s;
    other.head.lastName = u"احمدی"_s;
    other.head.sex = u"male"_s;
    other.head.nationalCode = u"1583250689"_s;
    other.head.birthDate = QDate::currentDate().addYears(-40);
    other.head.insurance = u"health"_s;
    other.housing = u"owner"_s;
    other.incomeSources = {u"wage"_s};
    QVERIFY(services::HouseholdService(*m_session).openFile(other, &created).ok());
    m_settled = created.id;
}

void TestNeedsUi::overrideDialogNeedsAReason()
{
    ui::BandOverrideDialog dialog(u"medium"_s, 21, u"medium"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(u"computedBandLabel"_s)->text().contains(u"۲۱"_s));
    auto *combo = dialog.findChild<QComboBox *>(u"overrideBandCombo"_s);
    combo->setCurrentIndex(combo->findData(u"urgent"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setBandButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // no reason: refused, the dialog stays
    dialog.findChild<QPlainTextEdit *>(u"overrideReasonEdit"_s)->setPlainText(u"بیماری ناگهانی"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setBandButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.band(), u"urgent"_s);
    QCOMPARE(dialog.reason(), u"بیماری ناگهانی"_s);
}

void TestNeedsUi::panelExplainsOverridesAndPlans()
{
    ui::NeedsPanel panel(*m_session, m_needy, nullptr);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.assessment().score, 21);
    QCOMPARE(panel.assessment().band, u"medium"_s);
    auto *table = panel.findChild<QTableWidget *>(u"needsExplanation"_s);
    QCOMPARE(table->rowCount(), 12);
    QVERIFY(!table->item(1, 0)->text().isEmpty());
    QCOMPARE(table->item(1, 2)->data(Qt::UserRole).toInt(), 10); // female head
    auto *summary = panel.findChild<QLabel *>(u"needsSummary"_s);
    QVERIFY2(summary->text().contains(u"۲۱"_s), qPrintable(summary->text()));

    QSignalSpy changed(&panel, &ui::NeedsPanel::householdChanged);
    QVERIFY(!panel.overrideBand(u"urgent"_s, u" "_s)); // no reason
    QVERIFY(panel.overrideBand(u"urgent"_s, u"بیماری ناگهانی"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(summary->text().contains(u"بیماری ناگهانی"_s));
    QVERIFY(panel.assessment().band == u"medium"_s); // the computed band stays

    // The plan: proposed from the rules (no insurance, a child under 6), a service added, one
    // removed with a note, approved by the manager.
    QVERIFY(!panel.findChild<QPushButton *>(u"addServiceButton"_s)->isEnabled());
    QTest::mouseClick(panel.findChild<QPushButton *>(u"proposePlanButton"_s), Qt::LeftButton);
    auto *items = panel.findChild<QTableWidget *>(u"planItems"_s);
    QCOMPARE(items->rowCount(), 2);
    QVERIFY(panel.findChild<QPushButton *>(u"addServiceButton"_s)->isEnabled());
    QVERIFY(panel.addService(u"19011053107"_s, u"پیشنهاد مددکار"_s));
    QCOMPARE(items->rowCount(), 3);
    QVERIFY(panel.selectService(u"16021056103"_s));
    QVERIFY(panel.findChild<QPushButton *>(u"removeServiceButton"_s)->isEnabled());
    QVERIFY(!panel.removeSelected(QString()));
    QVERIFY(panel.selectService(u"16021056103"_s));
    QVERIFY(panel.removeSelected(u"در مهدکودک غربال شده است"_s));
    QVERIFY(panel.selectService(u"16021056103"_s));
    QCOMPARE(panel.plan()->items.at(1).status, u"removed"_s);
    auto *approve = panel.findChild<QPushButton *>(u"approvePlanButton"_s);
    QVERIFY(approve && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(panel.plan()->status, u"approved"_s);
    QVERIFY(!panel.findChild<QPushButton *>(u"addServiceButton"_s)->isEnabled());
    QVERIFY(!approve->isEnabled());
}

void TestNeedsUi::rankedListFiltersAndOpens()
{
    ui::RankedHouseholdsPage page(*m_session);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = page.findChild<QTableView *>(u"rankedHouseholds"_s);
    QVERIFY(page.model()->rowCount() >= 2);
    QCOMPARE(page.model()->householdIdAt(page.model()->rowCount() - 1), m_settled);
    page.setBandFilter(u"low"_s);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->householdIdAt(0), m_settled);
    QVERIFY(page.model()->index(0, ui::RankedHouseholdsModel::Score).data().toString() == u"۰"_s);
    page.setBandFilter(QString());
    page.setWorkerFilter(0); // every file here is unassigned
    QCOMPARE(page.model()->rowCount(), 2);

    QVERIFY(page.findChild<QPushButton *>(u"saveEveryScoreButton"_s));
    QVERIFY(page.saveEveryScore());
    QCOMPARE(page.model()->rowCount(), 2);

    QSignalSpy open(&page, &ui::RankedHouseholdsPage::openHousehold);
    const QRect rect = view->visualRect(page.model()->index(0, ui::RankedHouseholdsModel::Head));
    // A double-click as the mouse sends it: press, release, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), page.model()->householdIdAt(0));
}

QTEST_MAIN(TestNeedsUi)
#include "tst_needsui.moc"
