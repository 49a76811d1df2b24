// The enrolment dialog in Persian, offscreen, on a real store and keychain, with a stand-in for
// SyncEngine::enroll: incomplete or malformed fields are refused with a sentence and nothing is
// called; the answer of an enrolment (refused code, then success) is shown in words.
#include "guidriver.h"
#include "localization.h"
#include "sync/enroldialog.h"
#include "syncuifixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace pluslife;

class TestEnrolDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void enrolRefusesIncompleteFields();
    void enrolShowsTheAnswer();
};

void TestEnrolDialog::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestEnrolDialog::enrolRefusesIncompleteFields()
{
    test::SyncUiFixture center;
    QVERIFY(center.create());
    std::atomic_int calls = 0;
    ui::EnrolDialog dialog(*center.session, center.keychain);
    dialog.setEnrolFunction([&calls](const sync::EnrolmentRequest &, QString *, QString *) {
        ++calls;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *message = dialog.findChild<QLabel *>(u"enrolMessage"_s);
    QVERIFY(!dialog.findChild<QLineEdit *>(u"enrolDeviceEdit"_s)->text().isEmpty()); // host name

    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    QCOMPARE(message->text(), ui::EnrolDialog::tr("Type the address of the central window."));
    QVERIFY(message->isVisible());

    QVERIFY(test::typeInto(&dialog, u"enrolUrlEdit"_s, u"http://central.example"_s));
    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    QCOMPARE(message->text(),
             ui::EnrolDialog::tr(
                 "The address starts with https:// (for example https://central.example:8443)."));

    QVERIFY(test::typeInto(&dialog, u"enrolUrlEdit"_s, u"https://central.example:8443"_s));
    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    QCOMPARE(message->text(),
             ui::EnrolDialog::tr(
                 "Type the enrolment code the central window's administrator gave you."));

    QVERIFY(test::typeInto(&dialog, u"enrolCodeEdit"_s, u"abcd-efgh-jklm"_s));
    QVERIFY(test::typeInto(&dialog, u"enrolPinEdit"_s, u"12:34"_s));
    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    QCOMPARE(
        message->text(),
        ui::EnrolDialog::tr("A certificate fingerprint is 64 hexadecimal characters (SHA-256)."));
    QCOMPARE(calls.load(), 0);
    QVERIFY(dialog.isVisible());
}

void TestEnrolDialog::enrolShowsTheAnswer()
{
    test::SyncUiFixture center;
    QVERIFY(center.create());
    std::atomic_int calls = 0;
    std::atomic_bool succeed = false;
    sync::EnrolmentRequest seen;
    ui::EnrolDialog dialog(*center.session, center.keychain);
    dialog.setEnrolFunction([&](const sync::EnrolmentRequest &request, QString *code, QString *) {
        ++calls;
        seen = request; // read by the test only after the thread has finished
        if (succeed)
            return true;
        *code = u"enrolment-code-invalid"_s;
        return false;
    });
    QSignalSpy enrolled(&dialog, &ui::EnrolDialog::enrolled);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(test::typeInto(&dialog, u"enrolUrlEdit"_s, u"https://central.example:8443/"_s));
    QVERIFY(test::typeInto(&dialog, u"enrolCodeEdit"_s, u"abcd-efgh-jklm"_s));
    QVERIFY(test::typeInto(&dialog, u"enrolPinEdit"_s, QString(64, u'A')));
    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    auto *message = dialog.findChild<QLabel *>(u"enrolMessage"_s);
    QTRY_COMPARE(message->text(),
                 QCoreApplication::translate(
                     "SyncText", "The enrolment code is unknown, already used or expired. Ask the "
                                 "central window's administrator for a new one."));
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(calls.load(), 1);
    QCOMPARE(seen.serverUrl, u"https://central.example:8443"_s);
    QCOMPARE(seen.code, u"ABCD-EFGH-JKLM"_s);
    QCOMPARE(seen.pinnedSha256, QString(64, u'a'));
    QCOMPARE(enrolled.count(), 0);

    succeed = true;
    QVERIFY(test::clickOn(&dialog, u"enrolConnectButton"_s));
    QTRY_COMPARE(enrolled.count(), 1);
    QCOMPARE(calls.load(), 2);
    test::snapshot(&dialog, u"sync-enrol"_s);
    QVERIFY(dialog.isVisible()); // the answer stays readable until closed
}

QTEST_MAIN(TestEnrolDialog)
#include "tst_enroldialog.moc"
