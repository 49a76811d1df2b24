// Referrals in Persian through the real widgets (offscreen, real store and keychain): a referral
// written in ReferralDialog, sent, refused with a reason through the three priorities to
// exhaustion, accepted and completed with an outcome typed in Persian digits, its history, the
// "my / overdue referrals" page, and the introduction letter as a PDF whose text (pdftotext)
// holds the tracking number and the file number, with the QR code of the tracking number.
#include "household/timelinetext.h"
#include "locale/digits.h"
#include "localization.h"
#include "referrals/householdreferralspanel.h"
#include "referrals/myreferralspage.h"
#include "referrals/reasondialog.h"
#include "referrals/referraldialog.h"
#include "referrals/referralletter.h"
#include "services/householdservice.h"
#include "services/referralservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"
#include "widgets/jalalidateedit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

bool clickOn(QWidget *root, const QString &objectName)
{
    auto *button = root ? root->findChild<QAbstractButton *>(objectName) : nullptr;
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool isEnabled(QWidget *root, const QString &objectName)
{
    auto *button = root->findChild<QAbstractButton *>(objectName);
    return button && button->isEnabled();
}

template <typename T> T *openDialog(QWidget *parent)
{
    const auto found = parent->findChildren<T *>();
    for (T *dialog : found) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

domain::Referral sample(qint64 household, int destinations)
{
    domain::Referral r;
    r.householdId = household;
    r.kind = u"pension"_s;
    r.requestedService = u"مستمری ماهانه"_s;
    const QList<domain::ReferralDestination> all{{u"behzisti"_s, u"بهزیستی شهرستان ری"_s},
                                                 {u"relief-foundation"_s, u"کمیته امداد ری"_s},
                                                 {u"charity"_s, u"خیریه محله"_s}};
    r.destinations = all.mid(0, destinations);
    return r;
}

// Refuses the selected referral through the reason dialog.
bool refuseThroughDialog(ui::HouseholdReferralsPanel &panel, const QString &reason)
{
    if (!clickOn(&panel, u"rejectReferralButton"_s))
        return false;
    auto *dialog = openDialog<ui::ReasonDialog>(&panel);
    if (!dialog)
        return false;
    dialog->textEdit()->setPlainText(reason);
    return clickOn(dialog, u"reasonOkButton"_s) && !dialog->isVisible();
}

} // namespace

class TestReferralsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writeSendAndRefuseToExhaustion();
    void acceptAndCompleteWithOutcome();
    void cancelNeedsAReason();
    void myAndOverdueReferrals();
    void letterPdfHoldsTheTrackingNumber();
    void qrCodeIsMade();
};

void TestReferralsUi::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

void TestReferralsUi::writeSendAndRefuseToExhaustion()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    ui::HouseholdReferralsPanel panel(*center.session, household);
    panel.resize(1100, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->rowCount(), 0);

    QVERIFY(clickOn(&panel, u"newReferralButton"_s));
    auto *dialog = openDialog<ui::ReferralDialog>(&panel);
    QVERIFY(dialog);
    // The default due date: 7 working days ahead.
    QCOMPARE(dialog->dueEdit()->date(),
             services::ReferralService(*center.session).defaultDueDate());
    // Nothing filled in: refused, the dialog stays.
    QVERIFY(clickOn(dialog, u"referralSaveButton"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"referralDialogError"_s)->text().isEmpty());

    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(u"one-off-aid"_s));
    // Picking the catalog service names the requested service.
    dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(u"19061062110"_s));
    QVERIFY(!dialog->requestedEdit()->text().isEmpty());
    dialog->agencyBox(1)->setCurrentIndex(dialog->agencyBox(1)->findData(u"behzisti"_s));
    dialog->destinationEdit(1)->setText(u"اداره بهزیستی ری"_s);
    dialog->agencyBox(2)->setCurrentIndex(dialog->agencyBox(2)->findData(u"relief-foundation"_s));
    dialog->destinationEdit(2)->setText(u"کمیته امداد ری"_s);
    dialog->agencyBox(3)->setCurrentIndex(dialog->agencyBox(3)->findData(u"charity"_s));
    dialog->destinationEdit(3)->setText(u"خیریه محله"_s);
    QVERIFY(clickOn(dialog, u"referralSaveButton"_s));
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(panel.table()->rowCount(), 1);
    domain::Referral r = panel.selected();
    QVERIFY(r.id > 0);
    QCOMPARE(r.state, u"draft"_s);
    QCOMPARE(r.serviceId, u"19061062110"_s);
    QCOMPARE(r.destinations.size(), 3);
    QCOMPARE(panel.table()->item(0, 0)->text(), r.trackingNumber);
    QCOMPARE(panel.historyList()->count(), 1);
    QVERIFY(!isEnabled(&panel, u"acceptReferralButton"_s));

    QVERIFY(clickOn(&panel, u"sendReferralButton"_s));
    QCOMPARE(panel.selected().state, u"sent"_s);
    QVERIFY(!isEnabled(&panel, u"sendReferralButton"_s));

    // The reason is required: an empty one keeps the dialog open with a message.
    QVERIFY(clickOn(&panel, u"rejectReferralButton"_s));
    auto *reason = openDialog<ui::ReasonDialog>(&panel);
    QVERIFY(reason);
    QVERIFY(clickOn(reason, u"reasonOkButton"_s));
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->findChild<QLabel *>(u"reasonError"_s)->text().isEmpty());
    reason->textEdit()->setPlainText(u"سهمیه این ماه تمام شده"_s);
    QVERIFY(clickOn(reason, u"reasonOkButton"_s));
    QTRY_VERIFY(!reason->isVisible());
    QCOMPARE(panel.selected().state, u"sent"_s);
    QCOMPARE(panel.selected().currentPriority, 2);
    QVERIFY(panel.table()->item(0, 3)->text().contains(u"کمیته امداد ری"_s));

    QVERIFY(refuseThroughDialog(panel, u"خارج از ضوابط"_s));
    QCOMPARE(panel.selected().currentPriority, 3);
    QVERIFY(refuseThroughDialog(panel, u"بودجه ندارد"_s));
    r = panel.selected();
    QCOMPARE(r.state, u"exhausted"_s);
    for (const QString &name :
         {u"sendReferralButton"_s, u"acceptReferralButton"_s, u"rejectReferralButton"_s,
          u"completeReferralButton"_s, u"cancelReferralButton"_s, u"pdfReferralLetterButton"_s})
        QVERIFY2(!isEnabled(&panel, name), qPrintable(name));
    // The history shows every step with the reasons.
    QCOMPARE(panel.historyList()->count(),
             8); // draft, sent, then refused and moved on (or exhausted) three times
    bool reasonShown = false;
    for (int i = 0; i < panel.historyList()->count(); ++i)
        reasonShown =
            reasonShown || panel.historyList()->item(i)->text().contains(u"بودجه ندارد"_s);
    QVERIFY(reasonShown);

    // The household timeline names every step in words, with the tracking number.
    const QString fallback = ui::timelineSentence({0, {}, 0, u"unknown.kind"_s, {}}, {});
    int referralEvents = 0;
    for (const auto &event : services::HouseholdService(*center.session).timeline(household)) {
        if (!event.kind.startsWith(u"referral."_s) && !event.kind.startsWith(u"task."_s))
            continue;
        ++referralEvents;
        const QString sentence = ui::timelineSentence(event, {});
        QVERIFY2(sentence != fallback, qPrintable(event.kind));
        if (event.kind.startsWith(u"referral."_s))
            QVERIFY2(sentence.contains(locale::localizeDigits(r.trackingNumber, QLocale())),
                     qPrintable(sentence));
    }
    QCOMPARE(referralEvents, 9); // 8 referral steps and the follow-up task
}

void TestReferralsUi::acceptAndCompleteWithOutcome()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(2);
    services::ReferralService service(*center.session);
    domain::Referral r = sample(household, 1);
    QVERIFY(service.create(&r).ok());
    QVERIFY(service.send(r.id).ok());
    ui::HouseholdReferralsPanel panel(*center.session, household);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectReferral(r.id);
    QVERIFY(!isEnabled(&panel, u"completeReferralButton"_s));
    QVERIFY(clickOn(&panel, u"acceptReferralButton"_s));
    QCOMPARE(panel.selected().state, u"accepted"_s);
    QVERIFY(clickOn(&panel, u"completeReferralButton"_s));
    auto *outcome = openDialog<ui::ReferralOutcomeDialog>(&panel);
    QVERIFY(outcome);
    outcome->amountEdit()->setText(u"۱۲٬۵۰۰٬۰۰۰"_s);
    outcome->paymentEdit()->setText(u"۴۴۱۲۰۰۹"_s);
    QVERIFY(clickOn(outcome, u"outcomeSaveButton"_s));
    QTRY_VERIFY(!outcome->isVisible());
    domain::Referral done;
    QVERIFY(service.load(r.id, &done).ok());
    QCOMPARE(done.state, u"completed"_s);
    QCOMPARE(done.outcome.amountRials, 12500000);
    QCOMPARE(done.outcome.paymentId, u"4412009"_s);
    QCOMPARE(done.outcome.serviceGiven, r.requestedService);
    QCOMPARE(panel.selected().state, u"completed"_s);
}

void TestReferralsUi::cancelNeedsAReason()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(3);
    domain::Referral r = sample(household, 2);
    QVERIFY(services::ReferralService(*center.session).create(&r).ok());
    ui::HouseholdReferralsPanel panel(*center.session, household);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectReferral(r.id);
    QVERIFY(clickOn(&panel, u"cancelReferralButton"_s));
    auto *reason = openDialog<ui::ReasonDialog>(&panel);
    QVERIFY(reason);
    reason->textEdit()->setPlainText(u"   "_s);
    QVERIFY(clickOn(reason, u"reasonOkButton"_s));
    QVERIFY(reason->isVisible());
    reason->textEdit()->setPlainText(u"خانواده منصرف شد"_s);
    QVERIFY(clickOn(reason, u"reasonOkButton"_s));
    QTRY_VERIFY(!reason->isVisible());
    QCOMPARE(panel.selected().state, u"cancelled"_s);
    QVERIFY(!isEnabled(&panel, u"printReferralLetterButton"_s));
}

void TestReferralsUi::myAndOverdueReferrals()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 a = center.openHousehold(4);
    const qint64 b = center.openHousehold(5);
    services::ReferralService service(*center.session);
    domain::Referral soon = sample(a, 1);
    soon.dueDate = center.clock.nowUtc().date().addDays(1);
    QVERIFY(service.create(&soon).ok());
    domain::Referral later = sample(b, 2);
    QVERIFY(service.create(&later).ok());

    ui::MyReferralsPage page(*center.session);
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.table()->rowCount(), 2);
    QCOMPARE(page.shown().first().id, soon.id);
    page.setView(ui::MyReferralsPage::View::Overdue);
    QCOMPARE(page.table()->rowCount(), 0);

    center.clock.advanceSeconds(3 * 86400);
    page.refresh();
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 2)->text(), soon.trackingNumber);
    QCOMPARE(page.table()->item(0, 1)->text(), soon.fileNumber);
    QSignalSpy opened(&page, &ui::MyReferralsPage::householdRequested);
    page.table()->setFocus();
    page.table()->setCurrentCell(0, 0);
    QTest::keyClick(page.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), a);
    QCOMPARE(opened.first().at(1).toLongLong(), soon.id);
}

void TestReferralsUi::letterPdfHoldsTheTrackingNumber()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(u"pari"_s, domain::WorkerRole::Reception);
    QString fileNumber;
    const qint64 household = center.openHousehold(6, &fileNumber);
    domain::Referral r = sample(household, 2);
    r.kind = u"introduction-letter"_s;
    r.serviceId = u"19011060102"_s;
    r.requestedService = u"کمک هزینه درمان"_s;
    QVERIFY(services::ReferralService(*center.session).create(&r).ok());
    QVERIFY(services::ReferralService(*center.session).send(r.id).ok());

    QString error;
    const auto document = ui::ReferralLetter::build(*center.session, r.id, &error);
    QVERIFY2(document, qPrintable(error));
    const QString plain = document->toPlainText();
    QVERIFY(plain.contains(r.trackingNumber));
    QVERIFY(plain.contains(fileNumber));
    QVERIFY(plain.contains(u"بهزیستی شهرستان ری"_s));
    QVERIFY(plain.contains(u"کمک هزینه درمان"_s));
    QVERIFY(plain.contains(u"مرکز امید"_s));

    QTemporaryDir out;
    const QString path = out.filePath(u"letter.pdf"_s);
    QVERIFY2(ui::ReferralLetter::printToPdf(*center.session, r.id, path, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    bool audited = false;
    for (const auto &entry : center.session->audit().recent(10))
        audited = audited || (entry.action == u"referral.letter_export"_s &&
                              entry.subjectId == QString::number(r.id));
    QVERIFY(audited);

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(r.trackingNumber), qPrintable(text));
        QVERIFY2(text.contains(fileNumber), qPrintable(text));
    } else {
        qWarning("pdftotext is not installed: the PDF's text was not read back");
    }

    // Reception may not print it; a cancelled referral has no letter.
    QVERIFY(center.session->signIn(u"pari"_s, test::kWorkerPassword).ok());
    QVERIFY(
        !ui::ReferralLetter::printToPdf(*center.session, r.id, out.filePath(u"r.pdf"_s), &error));
    QVERIFY(!QFile::exists(out.filePath(u"r.pdf"_s)));
    QVERIFY(center.session->signIn(u"manager"_s, test::kManagerPassword).ok());
    QVERIFY(services::ReferralService(*center.session).cancel(r.id, u"تکراری"_s).ok());
    error.clear();
    QVERIFY(!ui::ReferralLetter::build(*center.session, r.id, &error));
    QVERIFY(!error.isEmpty());
}

void TestReferralsUi::qrCodeIsMade()
{
    const QImage qr = ui::ReferralLetter::qrCode(u"1001-1405-00001"_s, 4);
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    // Version 1 is 21 modules; with the 4-module quiet zone on each side, 29 modules.
    QVERIFY(qr.width() >= 29 * 4);
    // Quiet zone white, a finder pattern black in the corner.
    QCOMPARE(qr.pixelColor(1, 1), QColor(Qt::white));
    QCOMPARE(qr.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
}

QTEST_MAIN(TestReferralsUi)
#include "tst_referralsui.moc"
