// Follow-up tasks in Persian through the real widgets (offscreen, real store and keychain): a
// household's tasks written in the bar, done with a mandatory note, cancelled with a reason; "my
// tasks" with the overdue ones first, then today's, moved on by the manual clock.
#include "localization.h"
#include "referrals/reasondialog.h"
#include "services/taskservice.h"
#include "servicetestfixture.h"
#include "tasks/householdtaskspanel.h"
#include "tasks/mytaskspage.h"
#include "widgets/jalalidateedit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>

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

ui::ReasonDialog *openReasonDialog(QWidget *parent)
{
    const auto found = parent->findChildren<ui::ReasonDialog *>();
    for (ui::ReasonDialog *dialog : found) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

qint64 addTask(test::CenterFixture &center, qint64 household, int daysAhead, const QString &title)
{
    domain::FollowUpTask task;
    task.householdId = household;
    task.title = title;
    task.dueDate = center.clock.nowUtc().date().addDays(daysAhead);
    return services::TaskService(*center.session).create(&task).ok() ? task.id : 0;
}

} // namespace

class TestTasksUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void householdTasksAddDoneAndCancel();
    void myTasksTodayAndOverdue();
};

void TestTasksUi::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

void TestTasksUi::householdTasksAddDoneAndCancel()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    ui::HouseholdTasksPanel panel(*center.session, household);
    panel.resize(1000, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->rowCount(), 0);
    QSignalSpy changed(&panel, &ui::HouseholdTasksPanel::changed);

    // No title: refused with a message.
    QVERIFY(clickOn(&panel, u"addTaskButton"_s));
    QCOMPARE(panel.table()->rowCount(), 0);
    QVERIFY(!panel.findChild<QLabel *>(u"householdTasksMessage"_s)->text().isEmpty());

    panel.titleEdit()->setText(u"تماس تلفنی با سرپرست خانوار"_s);
    panel.dueEdit()->setDate(center.clock.nowUtc().date().addDays(2));
    QVERIFY(clickOn(&panel, u"addTaskButton"_s));
    QCOMPARE(panel.table()->rowCount(), 1);
    QVERIFY(panel.titleEdit()->text().isEmpty());
    QCOMPARE(panel.tasks().first().dueDate, center.clock.nowUtc().date().addDays(2));
    QCOMPARE(changed.count(), 1);
    panel.titleEdit()->setText(u"بازدید دوباره"_s);
    panel.dueEdit()->setDate(center.clock.nowUtc().date().addDays(5));
    QTest::keyClick(panel.titleEdit(), Qt::Key_Return);
    QCOMPARE(panel.table()->rowCount(), 2);

    // Done needs a note.
    panel.selectTask(panel.tasks().first().id);
    const qint64 first = panel.tasks().first().id;
    QVERIFY(clickOn(&panel, u"taskDoneButton"_s));
    ui::ReasonDialog *note = openReasonDialog(&panel);
    QVERIFY(note);
    QVERIFY(clickOn(note, u"reasonOkButton"_s));
    QVERIFY(note->isVisible());
    note->textEdit()->setPlainText(
        u"با خانواده صحبت شد؛ مدارک فردا می‌آید"_s);
    QVERIFY(clickOn(note, u"reasonOkButton"_s));
    QTRY_VERIFY(!note->isVisible());
    domain::FollowUpTask done;
    QVERIFY(services::TaskService(*center.session).load(first, &done).ok());
    QCOMPARE(done.status, u"done"_s);
    QVERIFY(done.doneNote.contains(u"مدارک"_s));
    // Open tasks stay first; the done one is listed after.
    QCOMPARE(panel.tasks().last().id, first);

    panel.selectTask(panel.tasks().first().id);
    QVERIFY(clickOn(&panel, u"taskCancelButton"_s));
    ui::ReasonDialog *reason = openReasonDialog(&panel);
    QVERIFY(reason);
    reason->textEdit()->setPlainText(u"دیگر لازم نیست"_s);
    QVERIFY(clickOn(reason, u"reasonOkButton"_s));
    QTRY_VERIFY(!reason->isVisible());
    QVERIFY(services::TaskService(*center.session).openTasks().isEmpty());
    // Nothing open is selected: the buttons are off.
    panel.selectTask(first);
    QVERIFY(!panel.findChild<QAbstractButton *>(u"taskDoneButton"_s)->isEnabled());
}

void TestTasksUi::myTasksTodayAndOverdue()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 a = center.openHousehold(2);
    const qint64 b = center.openHousehold(3);
    const qint64 early = addTask(center, a, 0, u"پیگیری ارجاع"_s);
    const qint64 tomorrow = addTask(center, b, 1, u"تماس با مدرسه"_s);
    const qint64 later = addTask(center, b, 4, u"بازدید منزل"_s);
    QVERIFY(early && tomorrow && later);

    ui::MyTasksPage page(*center.session);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.shown().first().id, early);

    center.clock.advanceSeconds(86400); // a day later: the first is overdue, the second due
    page.refresh();
    QCOMPARE(page.table()->rowCount(), 2);
    QCOMPARE(page.shown().at(0).id, early);
    QCOMPARE(page.shown().at(1).id, tomorrow);
    QVERIFY(!page.table()->item(0, 1)->text().isEmpty()); // the file number

    QSignalSpy opened(&page, &ui::MyTasksPage::householdRequested);
    page.table()->setFocus();
    page.table()->setCurrentCell(1, 0);
    QTest::keyClick(page.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), b);

    page.selectTask(early);
    QVERIFY(clickOn(&page, u"myTaskDoneButton"_s));
    ui::ReasonDialog *note = openReasonDialog(&page);
    QVERIFY(note);
    note->textEdit()->setPlainText(u"انجام شد"_s);
    QVERIFY(clickOn(note, u"reasonOkButton"_s));
    QTRY_VERIFY(!note->isVisible());
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.shown().first().id, tomorrow);
}

QTEST_MAIN(TestTasksUi)
#include "tst_tasksui.moc"
