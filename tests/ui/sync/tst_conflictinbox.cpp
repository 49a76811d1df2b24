// The conflict inbox in Persian, offscreen, on a real store and keychain with conflicts written
// straight into sync_conflicts: keep mine, keep theirs, a Jalali edit and typed Persian digits
// change the local record, queue a resolve operation and leave an audit entry; a merged
// conflict is acknowledged; a social worker sees only their files.
#include "caseload/displaytext.h"
#include "guidriver.h"
#include "locale/jalali.h"
#include "localization.h"
#include "sync/conflictinboxdialog.h"
#include "sync/conflictvaluedialog.h"
#include "syncuifixture.h"
#include "widgets/jalalidateedit.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

QString syncText(const char *source)
{
    return QCoreApplication::translate("SyncText", source);
}

int rowOfField(ui::ConflictInboxDialog &dialog, const QString &fieldText)
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.table()->item(row, ui::ConflictInboxDialog::Field)->text() == fieldText)
            return row;
    }
    return -1;
}

void selectRow(ui::ConflictInboxDialog &dialog, int row)
{
    dialog.table()->setCurrentCell(row, 0,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestConflictInbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keepMineKeepTheirsAndEdit();
    void editTypedDigits();
    void mergedIsAcknowledged();
    void socialWorkerSeesOnlyTheirFiles();
};

void TestConflictInbox::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestConflictInbox::keepMineKeepTheirsAndEdit()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    const QString person = center.headUuid();
    const QString localName = center.headField(u"first_name"_s);
    center.addConflict(u"person"_s, person, u"first_name"_s, u"held"_s, u"\"مریم\""_s,
                       u"\"%1\""_s.arg(localName));
    center.addConflict(u"person"_s, person, u"father_name"_s, u"both-kept"_s, u"\"علی\""_s,
                       u"\"حسن\""_s);
    center.addConflict(u"person"_s, person, u"birth_date"_s, u"held"_s, u"\"1980-01-01\""_s,
                       u"\"1981-08-03\""_s);
    const int auditBefore = center.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt();
    const int opsBefore = center
                              .scalar(u"SELECT COUNT(*) FROM sync_outbox WHERE action = "
                                      "'resolve'"_s)
                              .toInt();

    ui::ConflictInboxDialog dialog(*center.session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(dialog.conflictCount(), 3);

    // Fields and kinds in words, dates in Jalali with Persian digits, the file number shown.
    const int name = rowOfField(dialog, syncText("First name"));
    const int father = rowOfField(dialog, syncText("Father's name"));
    const int birth = rowOfField(dialog, syncText("Birth date"));
    QVERIFY(name >= 0 && father >= 0 && birth >= 0);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->item(name, ui::ConflictInboxDialog::Kind)->text(),
             syncText("needs your decision"));
    QCOMPARE(table->item(father, ui::ConflictInboxDialog::Kind)->text(),
             syncText("both values kept"));
    QCOMPARE(table->item(name, ui::ConflictInboxDialog::Mine)->text(), u"مریم"_s);
    QCOMPARE(table->item(birth, ui::ConflictInboxDialog::Mine)->text(),
             locale::formatJalaliDate(QDate(1980, 1, 1), QLocale()));
    QVERIFY(table->item(birth, ui::ConflictInboxDialog::Theirs)->text().startsWith(u"۱۳۶۰/"_s));
    QVERIFY(table->item(name, ui::ConflictInboxDialog::What)->text().contains(localName));
    QCOMPARE(table->item(name, ui::ConflictInboxDialog::File)->text(),
             ui::fileNumberText(center.fileNumber, QLocale()));

    test::snapshot(&dialog, u"sync-conflicts"_s);

    // Keep mine.
    selectRow(dialog, name);
    QVERIFY(dialog.findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"acknowledgeConflictButton"_s)->isVisible());
    QVERIFY(test::clickOn(&dialog, u"keepMineButton"_s));
    QCOMPARE(center.headField(u"first_name"_s), u"مریم"_s);
    QCOMPARE(dialog.conflictCount(), 2);

    // Keep theirs.
    selectRow(dialog, rowOfField(dialog, syncText("Father's name")));
    QVERIFY(test::clickOn(&dialog, u"keepTheirsButton"_s));
    QCOMPARE(center.headField(u"father_name"_s), u"حسن"_s);
    QCOMPARE(dialog.conflictCount(), 1);

    // Edit…: a Jalali date typed in Persian digits.
    selectRow(dialog, rowOfField(dialog, syncText("Birth date")));
    QVERIFY(test::clickOn(&dialog, u"editConflictButton"_s));
    QWidget *edit = test::visibleTopLevel(u"conflictEditDialog"_s);
    QVERIFY(edit);
    auto *date = edit->findChild<ui::JalaliDateEdit *>(u"conflictDateEdit"_s);
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(1980, 1, 1)); // starts from mine
    test::snapshot(edit, u"sync-conflict-edit"_s);
    date->setDate(locale::fromJalali(1361, 1, 15));
    QVERIFY(test::clickOn(edit, u"conflictEditOkButton"_s));
    QTRY_VERIFY(!test::visibleTopLevel(u"conflictEditDialog"_s));
    QCOMPARE(center.headField(u"birth_date"_s),
             locale::fromJalali(1361, 1, 15).toString(Qt::ISODate));
    QCOMPARE(dialog.conflictCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(u"conflictEmptyLabel"_s)->isVisible());

    // Each decision is queued for the central and audited (ids only).
    QCOMPARE(center
                 .scalar(u"SELECT COUNT(*) FROM sync_outbox WHERE action = 'resolve' AND "
                         "entity = 'sync_conflict'"_s)
                 .toInt(),
             opsBefore + 3);
    QVERIFY(center.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt() >= auditBefore + 3);
    QCOMPARE(
        center.scalar(u"SELECT actor_id FROM audit_log ORDER BY id DESC LIMIT 1"_s).toLongLong(),
        center.session->worker().id);
    const QString details = center
                                .scalar(u"SELECT details FROM audit_log ORDER BY id DESC "
                                        "LIMIT 1"_s)
                                .toString();
    QVERIFY2(!details.contains(u"مریم"_s) && !details.contains(u"حسن"_s), qPrintable(details));
    QCOMPARE(center.scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE status = 'open'"_s).toInt(),
             0);
}

void TestConflictInbox::editTypedDigits()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    center.addConflict(u"person"_s, center.headUuid(), u"mobile"_s, u"both-kept"_s,
                       u"\"09120000000\""_s, u"\"09350000000\""_s);
    ui::ConflictInboxDialog dialog(*center.session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.conflictCount(), 1);
    selectRow(dialog, 0);
    QCOMPARE(dialog.table()->item(0, ui::ConflictInboxDialog::Field)->text(), syncText("Mobile"));
    QVERIFY(test::clickOn(&dialog, u"editConflictButton"_s));
    QWidget *edit = test::visibleTopLevel(u"conflictEditDialog"_s);
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit *>(u"conflictValueEdit"_s)->text(), u"09120000000"_s);
    QVERIFY(test::typeInto(edit, u"conflictValueEdit"_s, u"۰۹۱۲۳۴۵۶۷۸۹"_s)); // Persian digits
    QVERIFY(test::clickOn(edit, u"conflictEditOkButton"_s));
    QTRY_VERIFY(!test::visibleTopLevel(u"conflictEditDialog"_s));
    QCOMPARE(center.headField(u"mobile"_s), u"09123456789"_s); // stored in ASCII
    QCOMPARE(dialog.conflictCount(), 0);
}

void TestConflictInbox::mergedIsAcknowledged()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    const QString merged =
        center.addConflict(u"person"_s, center.headUuid(), u"mobile"_s, u"merged"_s,
                           u"\"09121234567\""_s, u"\"09121234567\""_s);
    ui::ConflictInboxDialog dialog(*center.session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.conflictCount(), 1);
    selectRow(dialog, 0);
    QCOMPARE(dialog.table()->item(0, ui::ConflictInboxDialog::Kind)->text(),
             syncText("merged automatically"));
    QCOMPARE(dialog.table()->item(0, ui::ConflictInboxDialog::Mine)->text(),
             ui::numberText(u"09121234567"_s, QLocale()));
    QVERIFY(!dialog.findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"editConflictButton"_s)->isEnabled());
    QVERIFY(test::clickOn(&dialog, u"acknowledgeConflictButton"_s));
    QCOMPARE(dialog.conflictCount(), 0);
    QCOMPARE(center.scalar(u"SELECT acknowledged FROM sync_conflicts WHERE uuid = ?"_s, {merged})
                 .toInt(),
             1);
}

void TestConflictInbox::socialWorkerSeesOnlyTheirFiles()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    center.addConflict(u"person"_s, center.headUuid(), u"last_name"_s, u"held"_s, u"\"الف\""_s,
                       u"\"ب\""_s);
    const qint64 worker = center.addWorker(u"worker1"_s, domain::WorkerRole::SocialWorker);
    QVERIFY(worker);
    center.session->signOut();
    QVERIFY(center.session->signIn(u"worker1"_s, test::kWorkerPassword).ok());
    {
        ui::ConflictInboxDialog dialog(*center.session, nullptr);
        QCOMPARE(dialog.conflictCount(), 0); // not their file
    }
    // Assigned to them: now it is theirs to decide.
    QVERIFY(center.exec(u"UPDATE households SET worker_id = ? WHERE id = ?"_s,
                        {worker, center.householdId}));
    ui::ConflictInboxDialog dialog(*center.session, nullptr);
    QCOMPARE(dialog.conflictCount(), 1);
}

QTEST_MAIN(TestConflictInbox)
#include "tst_conflictinbox.moc"
