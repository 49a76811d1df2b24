// Home-visit planning in Persian through the real widgets: schedule, the Jalali week view, the
// due and overdue list, recording a visit as done, rescheduling with a reason, and a household's
// visits. Offscreen, on a real store and keychain.
#include "caseload/displaytext.h"
#include "locale/jalali.h"
#include "locale/workingcalendar.h"
#include "localization.h"
#include "services/visitservice.h"
#include "servicetestfixture.h"
#include "visits/householdvisitspanel.h"
#include "visits/schedulevisitdialog.h"
#include "visits/visitplannerpage.h"
#include "visits/visitweekview.h"
#include "widgets/jalalidateedit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

QWidget *visibleTopLevel(const QString &objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible() && window->objectName() == objectName)
            return window;
    }
    return nullptr;
}

bool clickOn(QWidget *root, const QString &objectName)
{
    auto *button = root ? root->findChild<QAbstractButton *>(objectName) : nullptr;
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

qint64 planVisit(test::CenterFixture &center, qint64 household, int daysAhead)
{
    domain::Visit visit;
    visit.householdId = household;
    visit.plannedDate = center.clock.nowUtc().date().addDays(daysAhead);
    visit.purpose = u"پیگیری برنامه کمکی"_s;
    return services::VisitService(*center.session).schedule(&visit).ok() ? visit.id : 0;
}

// Enter on the row: the same path as a double-click (itemActivated).
void activateRow(QListWidget *list, int row)
{
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
}

} // namespace

class TestVisitPlanner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduledVisitAppearsOnItsDay();
    void weekStartsOnSaturdayAndShadesClosedDays();
    void overdueFirstThenRecordedDone();
    void rescheduleNeedsAReason();
    void householdPanelListsVisits();
};

void TestVisitPlanner::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

void TestVisitPlanner::scheduledVisitAppearsOnItsDay()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    QString fileNumber;
    const qint64 household = center.openHousehold(1, &fileNumber);
    QVERIFY(household);
    const QDate today = center.clock.nowUtc().date();
    const QDate day = today.addDays(2);

    ui::ScheduleVisitDialog dialog(*center.session, household);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
    auto *date = dialog.findChild<ui::JalaliDateEdit *>(u"visitDateEdit"_s);
    QVERIFY(date);
    QCOMPARE(date->minimumDate(), today); // not in the past
    date->setDate(day);
    dialog.findChild<QCheckBox *>(u"visitHasTimeCheck"_s)->setChecked(true);
    auto *time = dialog.findChild<QTimeEdit *>(u"visitTimeEdit"_s);
    time->setTime(QTime(10, 30));
    QCOMPARE(time->text(), u"۱۰:۳۰"_s); // hours first, not mirrored
    QCOMPARE(time->layoutDirection(), Qt::LeftToRight);
    dialog.findChild<QLineEdit *>(u"visitPurposeEdit"_s)->setText(u"بازدید اولیه منزل"_s);
    if (!qEnvironmentVariableIsEmpty("PLUSLIFE_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR") + u"/schedule.png"_s);
    QVERIFY(clickOn(&dialog, u"scheduleVisitButton"_s));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.scheduledVisit().workerId, center.session->worker().id);

    ui::VisitPlannerPage page(*center.session);
    page.resize(1200, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int column = int(locale::startOfJalaliWeek(today).daysTo(day));
    for (int d = 0; d < ui::VisitWeekView::kDays; ++d)
        QCOMPARE(page.weekView()->dayList(d)->count(), d == column ? 1 : 0);
    const QString text = page.weekView()->dayList(column)->item(0)->text();
    QVERIFY2(text.contains(ui::fileNumberText(fileNumber, QLocale())), qPrintable(text));
    QVERIFY2(text.contains(u"۱۰:۳۰"_s), qPrintable(text)); // the time, Persian digits
    QVERIFY(text.contains(u"بازدید اولیه منزل"_s));
}

void TestVisitPlanner::weekStartsOnSaturdayAndShadesClosedDays()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    ui::VisitPlannerPage page(*center.session);
    page.resize(1200, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ui::VisitWeekView *week = page.weekView();
    const QLocale fa;
    QVERIFY(week->header(0)->text().startsWith(fa.dayName(Qt::Saturday)));
    QVERIFY(week->header(6)->text().startsWith(fa.dayName(Qt::Friday)));
    // Right to left: Saturday is the rightmost column.
    QVERIFY(week->header(0)->x() > week->header(6)->x());
    const auto calendar = locale::WorkingCalendar::shipped();
    for (int d = 0; d < ui::VisitWeekView::kDays; ++d) {
        const QDate date = week->saturday().addDays(d);
        QCOMPARE(week->header(d)->property("closedDay").toBool(),
                 !calendar.isWorkingDay(date, center.session->center().province));
        // The Jalali day and month name.
        QVERIFY(week->header(d)->text().contains(
            fa.toString(date, u"d MMMM"_s, locale::jalaliCalendar())));
    }
    QVERIFY(week->header(6)->property("closedDay").toBool());
    // Next, previous, this week.
    const QDate saturday = week->saturday();
    QVERIFY(clickOn(&page, u"nextWeekButton"_s));
    QCOMPARE(week->saturday(), saturday.addDays(7));
    QVERIFY(clickOn(&page, u"previousWeekButton"_s));
    QVERIFY(clickOn(&page, u"previousWeekButton"_s));
    QCOMPARE(week->saturday(), saturday.addDays(-7));
    QVERIFY(clickOn(&page, u"thisWeekButton"_s));
    QCOMPARE(week->saturday(), saturday);
    // A week with a holiday (Nowruz, 1 Farvardin 1405) shows the holiday's name, shaded.
    const QDate nowruz = locale::fromJalali(1405, 1, 1);
    page.showWeekOf(nowruz);
    const int column = int(week->saturday().daysTo(nowruz));
    QVERIFY(week->header(column)->property("closedDay").toBool());
    QVERIFY2(week->header(column)->text().contains(calendar.holidayName(nowruz, fa)),
             qPrintable(week->header(column)->text()));
}

void TestVisitPlanner::overdueFirstThenRecordedDone()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(2);
    const qint64 later = planVisit(center, household, 4);
    const qint64 first = planVisit(center, household, 1);
    QVERIFY(later && first);
    center.clock.advanceSeconds(3 * 24 * 3600); // `first` is two days late now

    ui::VisitPlannerPage page(*center.session);
    page.resize(1200, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget *due = page.dueList();
    QCOMPARE(due->count(), 2);
    QCOMPARE(due->item(0)->data(ui::VisitWeekView::VisitIdRole).toLongLong(), first);
    QVERIFY(due->item(0)->text().contains(ui::VisitPlannerPage::tr("Overdue")));
    QCOMPARE(due->item(0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(!due->item(1)->text().contains(ui::VisitPlannerPage::tr("Overdue")));
    if (!qEnvironmentVariableIsEmpty("PLUSLIFE_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR") + u"/planner.png"_s);

    activateRow(due, 0);
    QWidget *actions = visibleTopLevel(u"visitActionsDialog"_s);
    QVERIFY(actions);
    QVERIFY(clickOn(actions, u"actionRecordDone"_s));
    QWidget *report = visibleTopLevel(u"visitReportDialog"_s);
    QVERIFY(report);
    QCOMPARE(report->layoutDirection(), Qt::RightToLeft);
    QVERIFY(clickOn(report, u"recordDoneButton"_s)); // no observations: refused
    QVERIFY(report->isVisible());
    QVERIFY(report->findChild<QLabel *>(u"observationsError"_s)->isVisible());
    if (!qEnvironmentVariableIsEmpty("PLUSLIFE_SCREENSHOT_DIR"))
        report->grab().save(qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR") + u"/report.png"_s);
    report->findChild<QPlainTextEdit *>(u"observationsEdit"_s)
        ->setPlainText(u"منزل اجاره‌ای، سقف نم دارد"_s);
    report->findChild<QLineEdit *>(u"presentEdit"_s)->setText(u"مادر و دو فرزند"_s);
    QVERIFY(clickOn(report, u"recordDoneButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"visitReportDialog"_s));

    QCOMPARE(due->count(), 1); // refreshed
    QCOMPARE(due->item(0)->data(ui::VisitWeekView::VisitIdRole).toLongLong(), later);
    const auto visits = services::VisitService(*center.session).ofHousehold(household);
    const auto done = std::find_if(visits.cbegin(), visits.cend(),
                                   [first](const domain::Visit &v) { return v.id == first; });
    QCOMPARE(done->status, u"done"_s);
    QCOMPARE(done->note.value(u"housing_condition"_s).toString(), u"good"_s);
    QCOMPARE(done->note.value(u"present"_s).toString(), u"مادر و دو فرزند"_s);
}

void TestVisitPlanner::rescheduleNeedsAReason()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(3);
    const qint64 visitId = planVisit(center, household, 0);
    QVERIFY(visitId);
    const QDate today = center.clock.nowUtc().date();

    ui::VisitPlannerPage page(*center.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int column = int(locale::startOfJalaliWeek(today).daysTo(today));
    QListWidget *list = page.weekView()->dayList(column);
    QCOMPARE(list->count(), 1);
    activateRow(list, 0);
    QWidget *actions = visibleTopLevel(u"visitActionsDialog"_s);
    QVERIFY(actions);
    QVERIFY(clickOn(actions, u"actionReschedule"_s));
    QWidget *move = visibleTopLevel(u"rescheduleVisitDialog"_s);
    QVERIFY(move);
    move->findChild<ui::JalaliDateEdit *>(u"rescheduleDateEdit"_s)->setDate(today.addDays(1));
    QVERIFY(clickOn(move, u"rescheduleButton"_s)); // no reason: refused
    QVERIFY(move->isVisible());
    QVERIFY(move->findChild<QLabel *>(u"rescheduleError"_s)->isVisible());
    move->findChild<QLineEdit *>(u"rescheduleReasonEdit"_s)->setText(u"خانواده در سفر است"_s);
    QVERIFY(clickOn(move, u"rescheduleButton"_s));
    QTRY_VERIFY(!visibleTopLevel(u"rescheduleVisitDialog"_s));

    const auto visits = services::VisitService(*center.session).ofHousehold(household);
    QCOMPARE(visits.size(), 2);
    QCOMPARE(visits.at(0).status, u"cancelled"_s);
    QCOMPARE(visits.at(0).rescheduleReason, u"خانواده در سفر است"_s);
    QCOMPARE(visits.at(1).plannedDate, today.addDays(1));
    QCOMPARE(visits.at(1).rescheduledFrom, visitId);
    // The week view followed: the visit moved to the next column (or the next week).
    QCOMPARE(list->count(), 0);
}

void TestVisitPlanner::householdPanelListsVisits()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(4);
    QVERIFY(planVisit(center, household, 5));
    ui::HouseholdVisitsPanel panel(*center.session, household);
    panel.resize(800, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->rowCount(), 1);
    const QDate day = center.clock.nowUtc().date().addDays(5);
    QCOMPARE(panel.table()->item(0, 0)->text(), locale::formatJalaliLong(day, QLocale()));
    QVERIFY(clickOn(&panel, u"scheduleHouseholdVisitButton"_s));
    QWidget *dialog = visibleTopLevel(u"scheduleVisitDialog"_s);
    QVERIFY(dialog);
    QVERIFY(clickOn(dialog, u"scheduleVisitButton"_s)); // today, any time
    QTRY_VERIFY(!visibleTopLevel(u"scheduleVisitDialog"_s));
    QCOMPARE(panel.table()->rowCount(), 2);
    if (!qEnvironmentVariableIsEmpty("PLUSLIFE_SCREENSHOT_DIR"))
        panel.grab().save(qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR") + u"/panel.png"_s);

    // Reception may not plan visits: no button.
    QVERIFY(center.addWorker(u"reception1"_s, domain::WorkerRole::Reception));
    center.session->signOut();
    QVERIFY(center.session->signIn(u"reception1"_s, test::kWorkerPassword).ok());
    ui::HouseholdVisitsPanel other(*center.session, household);
    other.show();
    QVERIFY(!other.findChild<QAbstractButton *>(u"scheduleHouseholdVisitButton"_s)->isVisible());
}

QTEST_MAIN(TestVisitPlanner)
#include "tst_visitplanner.moc"
