// The outbox view in Persian, offscreen, on a real store and keychain with operations written
// straight into sync_outbox: the model under QAbstractItemModelTester (kinds, file numbers and
// refusal reasons in words, never a national code), retry and discard through the dialog.
#include "caseload/displaytext.h"
#include "guidriver.h"
#include "locale/digits.h"
#include "localization.h"
#include "sync/outboxdialog.h"
#include "sync/outboxmodel.h"
#include "syncuifixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

QString syncText(const char *source)
{
    return QCoreApplication::translate("SyncText", source);
}

} // namespace

class TestOutboxDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void outboxModel();
    void retryAndDiscard();
};

void TestOutboxDialog::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestOutboxDialog::outboxModel()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    center.addOp(u"household"_s, center.householdUuid(), u"quarantined"_s, u"illegal-transition"_s,
                 3);
    center.addOp(u"person"_s, center.headUuid(), u"pending"_s);
    center.addOp(u"note"_s, test::newUuid(), u"quarantined"_s, u"some-new-code"_s);

    ui::OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(center.db()));
    QVERIFY(model.rowCount() >= 3);
    const QString nationalCode = center.headNationalCode();
    const QString persianCode = locale::localizeDigits(nationalCode, QLocale());
    int household = -1, person = -1, note = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(row, column).data().toString();
            QVERIFY2(!text.contains(nationalCode) && !text.contains(persianCode), "national code");
        }
        const QString entity = model.op(row).entity;
        if (entity == u"household")
            household = row;
        else if (entity == u"person" && model.op(row).state == u"pending")
            person = row;
        else if (entity == u"note")
            note = row;
    }
    QVERIFY(household >= 0 && person >= 0 && note >= 0);
    auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(household, ui::OutboxModel::What), syncText("household"));
    QCOMPARE(text(household, ui::OutboxModel::Record),
             ui::fileNumberText(center.fileNumber, QLocale()));
    QCOMPARE(text(person, ui::OutboxModel::Record),
             ui::fileNumberText(center.fileNumber, QLocale())); // the member's file
    QCOMPARE(text(household, ui::OutboxModel::Action), syncText("change"));
    QCOMPARE(text(household, ui::OutboxModel::State), syncText("refused by the central window"));
    QCOMPARE(text(person, ui::OutboxModel::State), syncText("waiting to be sent"));
    QCOMPARE(text(household, ui::OutboxModel::Attempts), u"۳"_s);
    QCOMPARE(text(household, ui::OutboxModel::Reason),
             syncText("The central window refused this status change (the referral has moved on "
                      "there)."));
    QCOMPARE(model.index(household, ui::OutboxModel::Reason).data(Qt::ToolTipRole).toString(),
             u"refused by the test"_s);
    QCOMPARE(text(note, ui::OutboxModel::What), syncText("note"));
    QCOMPARE(text(note, ui::OutboxModel::Reason), u"some-new-code"_s);
    QVERIFY(text(note, ui::OutboxModel::Record).isEmpty()); // not in the store
    QVERIFY(model.reload(center.db()));                     // again, under the tester
}

void TestOutboxDialog::retryAndDiscard()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    center.exec(u"DELETE FROM sync_outbox"_s);
    const QString refused =
        center.addOp(u"household"_s, center.householdUuid(), u"quarantined"_s, u"out-of-scope"_s);
    const QString other =
        center.addOp(u"person"_s, center.headUuid(), u"quarantined"_s, u"invalid-field"_s);
    ui::OutboxDialog dialog(*center.session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *retry = dialog.findChild<QPushButton *>(u"outboxRetryButton"_s);
    auto *discard = dialog.findChild<QPushButton *>(u"outboxDiscardButton"_s);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(!retry->isEnabled()); // nothing selected
    test::snapshot(&dialog, u"sync-outbox"_s);

    // Not selectRow(): under right-to-left it may pick no column and select nothing.
    auto select = [&dialog](int row) {
        dialog.view()->selectionModel()->setCurrentIndex(dialog.model()->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    };
    // By seq: a retried operation goes out under a new op_id.
    const qint64 refusedSeq =
        center.scalar(u"SELECT seq FROM sync_outbox WHERE op_id = ?"_s, {refused}).toLongLong();
    const qint64 otherSeq =
        center.scalar(u"SELECT seq FROM sync_outbox WHERE op_id = ?"_s, {other}).toLongLong();
    auto rowOf = [&dialog](qint64 seq) {
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            if (dialog.model()->op(row).seq == seq)
                return row;
        }
        return -1;
    };
    select(rowOf(refusedSeq));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(
        center.scalar(u"SELECT state FROM sync_outbox WHERE seq = ?"_s, {refusedSeq}).toString(),
        u"pending"_s);
    QCOMPARE(dialog.model()->index(rowOf(refusedSeq), ui::OutboxModel::State).data().toString(),
             syncText("waiting to be sent"));
    QVERIFY(dialog.model()
                ->index(rowOf(refusedSeq), ui::OutboxModel::Reason)
                .data()
                .toString()
                .isEmpty());
    QCOMPARE(dialog.view()->selectionModel()->selectedRows().value(0).row(), rowOf(refusedSeq));
    QVERIFY(!retry->isEnabled()); // pending now: goes by itself

    // Discard asks first; Cancel keeps the change.
    select(rowOf(otherSeq));
    QVERIFY(discard->isEnabled());
    QTest::mouseClick(discard, Qt::LeftButton);
    auto *box = qobject_cast<QMessageBox *>(test::visibleTopLevel(u"confirmDiscardBox"_s));
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel(u"confirmDiscardBox"_s));
    QCOMPARE(dialog.model()->rowCount(), 2);

    QTest::mouseClick(discard, Qt::LeftButton);
    box = qobject_cast<QMessageBox *>(test::visibleTopLevel(u"confirmDiscardBox"_s));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(rowOf(otherSeq), -1);
    QCOMPARE(center.scalar(u"SELECT COUNT(*) FROM sync_outbox WHERE op_id = ?"_s, {other}).toInt(),
             0);
    QCOMPARE(
        center.scalar(u"SELECT COUNT(*) FROM sync_refetch WHERE uuid = ?"_s, {center.headUuid()})
            .toInt(),
        1);
}

QTEST_MAIN(TestOutboxDialog)
#include "tst_outboxdialog.moc"
