// The county office's list imported from the UI: checked first (nothing written), every
// problem listed, then all files at once; a bad list imports nothing.
#include "intake/importdialog.h"
#include "localization.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;

class TestImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkThenImport();
    void badListImportsNothing();

private:
    QString data(const char *name) const
    {
        return qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QLatin1Char('/') + QLatin1String(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    test::ManualClock m_clock;
    std::unique_ptr<services::Session> m_session;
};

void TestImportDialog::initTestCase()
{
    ui::installLocalization(*qApp, QLocale(QLocale::Persian, QLocale::Iran));
    m_keychain = std::make_unique<storage::KeychainSecretStore>(test::uniqueKeychainService());
    QString recovery;
    QVERIFY(
        services::CenterSetup::createCenter(
            m_dir.path(), *m_keychain,
            {QStringLiteral("1001"), QStringLiteral("مرکز امید"), QStringLiteral("تهران"),
             QStringLiteral("ری"), 450},
            {QStringLiteral("manager"), QStringLiteral("مدیر"), QStringLiteral("head of center 1")},
            &recovery, m_clock, storage::KdfParams::fastForTests())
            .ok());
    m_session = std::make_unique<services::Session>(m_dir.path(), *m_keychain, m_clock);
    QVERIFY(m_session->signIn(QStringLiteral("manager"), QStringLiteral("head of center 1")).ok());
}

void TestImportDialog::checkThenImport()
{
    ui::ImportDialog dialog(*m_session);
    dialog.show();
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);
    QVERIFY(!importButton->isEnabled());
    QVERIFY(dialog.run(data("county-referrals.csv"), false));
    QVERIFY(importButton->isEnabled());
    QCOMPARE(services::HouseholdService(*m_session).search(QString(), {}).size(), 0);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(services::HouseholdService(*m_session).search(QString(), {}).size(), 2);
    QVERIFY(!importButton->isEnabled());
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("۲")), qPrintable(summary)); // Persian digits
}

void TestImportDialog::badListImportsNothing()
{
    const int before = int(services::HouseholdService(*m_session).search(QString(), {}).size());
    ui::ImportDialog dialog(*m_session);
    QVERIFY(!dialog.run(data("county-referrals-bad.csv"), true));
    const QString report =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("importReport"))->toPlainText();
    QVERIFY(report.count(QLatin1Char('\n')) >= 2);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(services::HouseholdService(*m_session).search(QString(), {}).size(), before);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
