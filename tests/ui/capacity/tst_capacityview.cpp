// The manager's capacity view through its widgets (offscreen, Persian, real store and keychain):
// per-worker counts, reassigning files in bulk, the override at a full worker, a limit change,
// the center bar at its licence; the per-worker model under QAbstractItemModelTester.
#include "../../models/services/servicetestfixture.h"
#include "capacity/capacitymodel.h"
#include "capacity/capacityview.h"
#include "capacity/reassigndialog.h"
#include "common/errorlabel.h"
#include "localization.h"
#include "services/capacityservice.h"
#include "storage/auditlog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace pluslife;
using namespace pluslife::test;
using Load = services::CapacityService::WorkerLoad;

namespace {

void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + u'/' + name + u".png"_s);
}

QString cellText(const ui::CapacityModel *model, qint64 workerId, int column)
{
    return model->index(model->rowOf(workerId), column).data().toString();
}

// Checks the first `count` files of the dialog, picks the target and presses Assign.
void moveFiles(ui::ReassignDialog *dialog, int count, qint64 targetId)
{
    auto *files = dialog->findChild<QListWidget *>(u"reassignFiles"_s);
    QVERIFY(files && files->count() >= count);
    for (int row = 0; row < count; ++row)
        files->item(row)->setCheckState(Qt::Checked);
    auto *target = dialog->findChild<QComboBox *>(u"reassignTarget"_s);
    const int index = target->findData(targetId);
    QVERIFY(index >= 0);
    target->setCurrentIndex(index);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reassignOkButton"_s), Qt::LeftButton);
}

} // namespace

class TestCapacityView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTheTester();
    void tableShowsTheCounts();
    void reassigningMovesFiles();
    void fullWorkerNeedsAReason();
    void limitIsEditable();
    void centerBarAtTheLicence();

private:
    qint64 addWorker(const QString &user, const QString &name);

    CenterFixture m_center;
    qint64 m_amir = 0, m_bahar = 0, m_cyrus = 0;
    QList<qint64> m_files;
};

qint64 TestCapacityView::addWorker(const QString &user, const QString &name)
{
    domain::Worker created;
    services::WorkerAdmin(*m_center.session)
        .addWorker(user, name, domain::WorkerRole::SocialWorker, kWorkerPassword, &created);
    return created.id;
}

void TestCapacityView::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    QVERIFY(m_center.create(450));
    m_amir = addWorker(u"amir"_s, u"امیر رضایی"_s);
    m_bahar = addWorker(u"bahar"_s, u"بهار کریمی"_s);
    m_cyrus = addWorker(u"kourosh"_s, u"کوروش نادری"_s);
    QVERIFY(m_amir && m_bahar && m_cyrus);
    for (int serial = 1; serial <= 7; ++serial) {
        m_files << m_center.openHousehold(serial);
        QVERIFY(m_files.last());
    }
    services::CapacityService capacity(*m_center.session);
    QVERIFY(capacity.assign(m_files.mid(0, 4), m_amir, {}, nullptr).ok());
    QVERIFY(capacity.assign(m_files.mid(4, 2), m_bahar, {}, nullptr).ok());
    QVERIFY(capacity.setWorkerLimit(m_amir, 5).ok());
    QVERIFY(capacity.setWorkerLimit(m_bahar, 2).ok()); // full
}

void TestCapacityView::modelPassesTheTester()
{
    ui::CapacityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkers(services::CapacityService(*m_center.session).report().workers);
    QVERIFY(model.rowCount() >= 3);
    model.setWorkers({});
    model.setWorkers(
        {Load{1, u"الف"_s, {9, 10}, 2}, Load{2, u"ب"_s, {10, 10}, 0}, Load{3, u"پ"_s, {0, 0}, 0}});
    QCOMPARE(model.index(0, 0).data(ui::CapacityModel::LevelRole).toInt(),
             int(ui::CapacityModel::NearlyFull));
    QCOMPARE(model.index(1, 0).data(ui::CapacityModel::LevelRole).toInt(),
             int(ui::CapacityModel::Full));
    QCOMPARE(model.index(2, 0).data(ui::CapacityModel::LevelRole).toInt(),
             int(ui::CapacityModel::Normal));
    QCOMPARE(model.index(0, ui::CapacityModel::PercentColumn).data().toString(), u"۹۰٪"_s);

    ui::CapacityView view(*m_center.session);
    QAbstractItemModelTester viewTester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.reload();
}

void TestCapacityView::tableShowsTheCounts()
{
    ui::CapacityView view(*m_center.session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.layoutDirection(), Qt::RightToLeft);
    const ui::CapacityModel *model = view.model();
    QVERIFY(model->rowOf(m_amir) >= 0 && model->rowOf(m_bahar) >= 0 && model->rowOf(m_cyrus) >= 0);
    QCOMPARE(cellText(model, m_amir, ui::CapacityModel::FilesColumn), u"۴"_s);
    QCOMPARE(cellText(model, m_amir, ui::CapacityModel::LimitColumn), u"۵"_s);
    QCOMPARE(cellText(model, m_amir, ui::CapacityModel::PercentColumn), u"۸۰٪"_s);
    QCOMPARE(cellText(model, m_bahar, ui::CapacityModel::FilesColumn), u"۲"_s);
    QCOMPARE(cellText(model, m_cyrus, ui::CapacityModel::FilesColumn), u"۰"_s);
    QCOMPARE(model->index(model->rowOf(m_bahar), 0).data(ui::CapacityModel::LevelRole).toInt(),
             int(ui::CapacityModel::Full));
    QCOMPARE(view.report().unassigned, 1);
    QVERIFY(view.findChild<QLabel *>(u"unassignedLabel"_s)->text().contains(u"۱"_s));
    QVERIFY(view.findChild<QLabel *>(u"centerCapacityLabel"_s)->text().contains(u"۴۵۰"_s));
    snapshot(&view, u"capacity-view"_s);
}

void TestCapacityView::reassigningMovesFiles()
{
    ui::CapacityView view(*m_center.session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectWorker(m_amir);
    QCOMPARE(view.selectedWorkerId(), m_amir);
    QTest::mouseClick(view.findChild<QPushButton *>(u"reassignButton"_s), Qt::LeftButton);
    auto *dialog = view.findChild<ui::ReassignDialog *>(u"reassignDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QListWidget *>(u"reassignFiles"_s)->count(), 4);
    snapshot(dialog, u"capacity-reassign"_s);
    moveFiles(dialog, 2, m_cyrus);
    QTRY_VERIFY(!view.findChild<ui::ReassignDialog *>(u"reassignDialog"_s));

    services::CapacityService capacity(*m_center.session);
    QCOMPARE(capacity.workerUsage(m_amir).used, 2);
    QCOMPARE(capacity.workerUsage(m_cyrus).used, 2);
    QCOMPARE(cellText(view.model(), m_cyrus, ui::CapacityModel::FilesColumn), u"۲"_s);
    QVERIFY(view.findChild<ui::ErrorLabel *>(u"capacityMessage"_s)->isVisible());
}

void TestCapacityView::fullWorkerNeedsAReason()
{
    ui::CapacityView view(*m_center.session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectWorker(m_amir);
    QTest::mouseClick(view.findChild<QPushButton *>(u"reassignButton"_s), Qt::LeftButton);
    auto *dialog = view.findChild<ui::ReassignDialog *>(u"reassignDialog"_s);
    QVERIFY(dialog);
    moveFiles(dialog, 1, m_bahar); // bahar is at her limit of 2
    auto *reason = dialog->findChild<QInputDialog *>(u"overrideReasonDialog"_s);
    QVERIFY(reason && reason->isVisible());
    snapshot(reason, u"capacity-override"_s);
    QCOMPARE(services::CapacityService(*m_center.session).workerUsage(m_bahar).used, 2);
    reason->setTextValue(u"همسایه خانواده‌های دیگر اوست"_s);
    reason->done(QDialog::Accepted);
    QTRY_VERIFY(!view.findChild<ui::ReassignDialog *>(u"reassignDialog"_s));
    QCOMPARE(services::CapacityService(*m_center.session).workerUsage(m_bahar).used, 3);
    const auto entries = m_center.session->audit().recent(5);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const auto &e) { return e.action == "capacity.override"_L1; }));
}

void TestCapacityView::limitIsEditable()
{
    ui::CapacityView view(*m_center.session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectWorker(m_cyrus);
    QTest::mouseClick(view.findChild<QPushButton *>(u"changeLimitButton"_s), Qt::LeftButton);
    auto *input = view.findChild<QInputDialog *>(u"workerLimitDialog"_s);
    QVERIFY(input && input->isVisible());
    input->setIntValue(3);
    input->done(QDialog::Accepted);
    QCOMPARE(services::CapacityService(*m_center.session).workerUsage(m_cyrus).limit, 3);
    QCOMPARE(cellText(view.model(), m_cyrus, ui::CapacityModel::LimitColumn), u"۳"_s);
    QCOMPARE(view.selectedWorkerId(), m_cyrus);
}

void TestCapacityView::centerBarAtTheLicence()
{
    domain::CenterInfo center = m_center.session->center();
    center.licensedCapacity = 7; // the 7 active files fill it
    QVERIFY(m_center.session->updateCenter(center).ok());
    ui::CapacityView view(*m_center.session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *bar = view.findChild<QProgressBar *>(u"centerCapacityBar"_s);
    QCOMPARE(bar->property("level").toInt(), int(ui::CapacityModel::Full));
    QCOMPARE(bar->value(), bar->maximum());
    snapshot(&view, u"capacity-full"_s);
    center.licensedCapacity = 450;
    QVERIFY(m_center.session->updateCenter(center).ok());
}

QTEST_MAIN(TestCapacityView)
#include "tst_capacityview.moc"
