// The household file's Notes tab in Persian through its real widgets: a note typed and added
// (button and Ctrl+Return) is listed newest first with the worker's name; a correction keeps the
// old note, marked. Offscreen, on a real store and keychain.
#include "guidriver.h"
#include "household/notestab.h"
#include "localization.h"
#include "services/noteservice.h"
#include "servicetestfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace pluslife;

using test::typeText;
using test::visibleTopLevel;

class TestNotesTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void typedNoteIsListed();
    void correctionKeepsTheOldNote();
    void receptionHasNoEditor();
};

void TestNotesTab::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestNotesTab::typedNoteIsListed()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    ui::NotesTab tab(*center.session, household);
    tab.resize(700, 400);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.list()->count(), 0);

    const QString text =
        u"خانواده به کمک هزینه‌ی اجاره نیاز دارد."_s;
    tab.editor()->setFocus();
    typeText(tab.editor(), text);
    QCOMPARE(tab.editor()->toPlainText(), text);
    QTest::mouseClick(tab.findChild<QAbstractButton *>(u"addNoteButton"_s), Qt::LeftButton);
    QCOMPARE(tab.list()->count(), 1);
    QVERIFY(tab.list()->item(0)->text().contains(text));
    QVERIFY(tab.list()->item(0)->text().contains(center.session->worker().displayName));
    QVERIFY(tab.editor()->toPlainText().isEmpty());

    // Ctrl+Return adds too; the newest note comes first.
    center.clock.advanceSeconds(60);
    const QString second = u"پیگیری بیمه‌ی درمانی."_s;
    typeText(tab.editor(), second);
    QTest::keyClick(tab.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(tab.list()->count(), 2);
    QVERIFY(tab.list()->item(0)->text().contains(second));
    QVERIFY(tab.list()->item(1)->text().contains(text));

    // Nothing typed: refused, nothing added.
    QTest::mouseClick(tab.findChild<QAbstractButton *>(u"addNoteButton"_s), Qt::LeftButton);
    QCOMPARE(tab.list()->count(), 2);
}

void TestNotesTab::correctionKeepsTheOldNote()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(2);
    domain::Note note;
    QVERIFY(services::NoteService(*center.session).add(household, u"متن اول"_s, &note).ok());
    center.clock.advanceSeconds(60);
    ui::NotesTab tab(*center.session, household);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *correct = tab.findChild<QAbstractButton *>(u"correctNoteButton"_s);
    QVERIFY(!correct->isEnabled());
    tab.list()->setCurrentRow(0);
    QVERIFY(correct->isEnabled());
    QTest::mouseClick(correct, Qt::LeftButton);
    QWidget *dialog = visibleTopLevel(u"correctNoteDialog"_s);
    QVERIFY(dialog);
    auto *editor = dialog->findChild<QPlainTextEdit *>(u"correctNoteEditor"_s);
    QCOMPARE(editor->toPlainText(), u"متن اول"_s);
    editor->setPlainText(u"متن درست"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY(!visibleTopLevel(u"correctNoteDialog"_s));
    QCOMPARE(tab.list()->count(), 2);
    QVERIFY(tab.list()->item(0)->text().contains(u"متن درست"_s));
    QVERIFY(tab.list()->item(1)->text().contains(u"متن اول"_s));
    QVERIFY(tab.list()->item(1)->foreground() != tab.list()->item(0)->foreground());
}

void TestNotesTab::receptionHasNoEditor()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(3);
    QVERIFY(center.addWorker(u"reception1"_s, domain::WorkerRole::Reception));
    center.session->signOut();
    QVERIFY(center.session->signIn(u"reception1"_s, test::kWorkerPassword).ok());
    ui::NotesTab tab(*center.session, household);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(!tab.editor()->isVisible());
    QVERIFY(!tab.findChild<QAbstractButton *>(u"addNoteButton"_s)->isVisible());
}

QTEST_MAIN(TestNotesTab)
#include "tst_notestab.moc"
