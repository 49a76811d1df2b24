// The form renderer on forms parsed by the real engine, driven offscreen through its widgets
// with key events as a Persian keyboard delivers them, in the Persian right-to-left interface.
#include "engine/formparser.h"
#include "engine/formsession.h"
#include "forms/formdraftsaver.h"
#include "forms/formeditors.h"
#include "forms/formfield.h"
#include "forms/formfilldialog.h"
#include "forms/formview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using pluslife::ui::FormDateEdit;
using pluslife::ui::FormDraftSaver;
using pluslife::ui::FormField;
using pluslife::ui::FormFillActions;
using pluslife::ui::FormFillDialog;
using pluslife::ui::FormView;
namespace forms = pluslife::forms;

namespace {

forms::FormDefinitionPtr parse(const QByteArray &xml)
{
    const forms::FormParseResult result = forms::parseForm(xml);
    if (!result.ok())
        qWarning("%s", qPrintable(result.report()));
    return result.form;
}

forms::FormDefinitionPtr loadForm(const QString &name)
{
    QFile file(qEnvironmentVariable("PLUSLIFE_TEST_DATA") + u"/forms/renderer/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return nullptr;
    }
    return parse(file.readAll());
}

std::unique_ptr<forms::FormSession> startSession(const forms::FormDefinitionPtr &form)
{
    if (!form)
        return nullptr;
    forms::FormContext context;
    context.userName = u"tester"_s;
    context.deviceId = u"test-device"_s;
    context.now = [] { return QDateTime(QDate(2026, 11, 23), QTime(9, 0)); };
    return forms::FormSession::start(form, context);
}

// Characters as key events carrying their text, the way a keyboard layout sends them (QTest's
// keyClicks only knows Latin-1).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const int key = c.unicode() < 128 && c.isDigit() ? Qt::Key_0 + (c.unicode() - u'0')
                                                         : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

template <typename T = QWidget> T *find(const QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

// A form of `count` whole-number questions q1 … qN on one page.
QByteArray largeForm(int count)
{
    QByteArray instance, binds, body;
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        instance += "<q" + n + "/>";
        binds += "<bind nodeset=\"/data/q" + n + "\" type=\"int\"/>\n";
        body += "<input ref=\"/data/q" + n + "\"><label>پرسش " + n + "</label></input>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<h:html xmlns=\"http://www.w3.org/2002/xforms\" "
           "xmlns:h=\"http://www.w3.org/1999/xhtml\" xmlns:jr=\"http://openrosa.org/javarosa\">"
           "<h:head><h:title>بزرگ</h:title><model><instance><data id=\"large\" version=\"1\">" +
           instance + "<meta><instanceID/></meta></data></instance>" + binds +
           "<bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" "
           "jr:preload=\"uid\"/></model></h:head><h:body>" +
           body + "</h:body></h:html>";
}

// With PLUSLIFE_SCREENSHOT_DIR set, the window is saved as a picture for reviewing the layout.
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + u'/' + name + u".png"_s);
}

bool hasFocus(const QWidget *widget)
{
    return widget && (widget->hasFocus() || widget->isAncestorOf(QApplication::focusWidget()));
}

} // namespace

class TestFormView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void followsTheApplicationDirection();
    void numberFieldsTakePersianDigits();
    void refusedAnswerKeepsTheTextAndSaysWhy();
    void constraintMessageBesideTheField();
    void typingDoesNotFightTheCursor();
    void jalaliDateTypedIsStoredGregorian();
    void timeAndDateTime();
    void choices();
    void relevanceHidesAndShows();
    void notesAndCalculatedValuesAreLabels();
    void uploadAsksTheHost();
    void triggerAcknowledges();
    void enterMovesToTheNextQuestion();
    void enterOnTheLastQuestionGoesToTheNextPage();
    void pagesSkipIrrelevantOnesAndShowProgress();
    void validateAndFocusJumpsToTheFirstIssue();
    void repeatsAddAndRemoveWithConfirmation();
    void countedRepeatRebuildsKeepingTheTyping();
    void firstInstanceOfAnEmptyRepeat();
    void labelsShowingAnswersFollow();
    void draftSaverDebounces();
    void largeFormRefreshesOnlyWhatChanged();
    void fillDialogSavesAndSubmits();

private:
    QWidget *showView(FormView &view);
};

void TestFormView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QVERIFY(!qEnvironmentVariable("PLUSLIFE_TEST_DATA").isEmpty());
    QVERIFY(loadForm(u"questions.xml"_s));
    QVERIFY(loadForm(u"pages.xml"_s));
    QVERIFY(loadForm(u"repeat.xml"_s));
    QVERIFY(loadForm(u"counted.xml"_s));
}

QWidget *TestFormView::showView(FormView &view)
{
    view.resize(700, 900);
    view.show();
    view.activateWindow();
    if (!QTest::qWaitForWindowExposed(&view))
        qWarning("window not exposed");
    return &view;
}

void TestFormView::followsTheApplicationDirection()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    QCOMPARE(view.layoutDirection(), Qt::RightToLeft);
    QVERIFY(!view.testAttribute(Qt::WA_SetLayoutDirection)); // inherited, not hard-coded
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(view.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(find<QLineEdit>(&view, u"/data/name"_s)->layoutDirection(), Qt::LeftToRight);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(find<QLineEdit>(&view, u"/data/name"_s)->layoutDirection(), Qt::RightToLeft);
}

void TestFormView::numberFieldsTakePersianDigits()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    QSignalSpy edited(&view, &FormView::edited);

    auto *age = find<QLineEdit>(&view, u"/data/age"_s);
    QVERIFY(age);
    age->setFocus();
    typeText(age, u"۴۵"_s);
    QCOMPARE(session->value(u"/data/age"_s), u"45"_s);
    QCOMPARE(age->text(), u"۴۵"_s);
    QCOMPARE(edited.count(), 2); // one per accepted keystroke

    // Arabic-Indic and Latin digits are shown as Persian and stored as ASCII.
    age->selectAll();
    typeText(age, u"٣٠"_s);
    QCOMPARE(session->value(u"/data/age"_s), u"30"_s);
    QCOMPARE(age->text(), u"۳۰"_s);
    age->selectAll();
    typeText(age, u"31"_s);
    QCOMPARE(session->value(u"/data/age"_s), u"31"_s);
    QCOMPARE(age->text(), u"۳۱"_s);

    // A decimal with the Persian decimal separator and grouping.
    auto *income = find<QLineEdit>(&view, u"/data/income"_s);
    income->setFocus();
    typeText(income, u"۱٬۲۵۰٫۵"_s);
    QCOMPARE(session->value(u"/data/income"_s), u"1250.5"_s);

    // Letters cannot be typed into a number.
    typeText(income, u"x"_s);
    QCOMPARE(income->text(), u"۱٬۲۵۰٫۵"_s);

    // The calculated value shows with Persian digits in a label.
    auto *months = find<QLabel>(&view, u"value:/data/months"_s);
    QVERIFY(months);
    QVERIFY(months->isVisible());
    QCOMPARE(months->text(), u"۳۷۲"_s);
    snapshot(&view, u"formview-questions"_s);
}

void TestFormView::refusedAnswerKeepsTheTextAndSaysWhy()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    QSignalSpy edited(&view, &FormView::edited);
    auto *age = find<QLineEdit>(&view, u"/data/age"_s);
    auto *error = find<QLabel>(&view, u"error:/data/age"_s);
    QVERIFY(error);
    age->setFocus();
    typeText(age, u"-"_s); // not a number yet: the engine refuses it
    QCOMPARE(age->text(), u"-"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(session->value(u"/data/age"_s), QString());
    QCOMPARE(edited.count(), 0);
    typeText(age, u"۵"_s); // "-5": a number (the constraint then speaks)
    QCOMPARE(session->value(u"/data/age"_s), u"-5"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(error->text(), u"سن باید بین ۰ و ۱۲۰ باشد"_s);
}

void TestFormView::constraintMessageBesideTheField()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *age = find<QLineEdit>(&view, u"/data/age"_s);
    auto *error = find<QLabel>(&view, u"error:/data/age"_s);
    QVERIFY(!error->isVisible());
    age->setFocus();
    typeText(age, u"۱۵۰"_s);
    QCOMPARE(session->value(u"/data/age"_s), u"150"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"سن باید بین ۰ و ۱۲۰ باشد"_s);
    QCOMPARE(age->text(), u"۱۵۰"_s);
    // The message is beside its own question.
    QCOMPARE(error->parentWidget(), find<QWidget>(&view, u"field:/data/age"_s));
    QTest::keyClick(age, Qt::Key_Backspace);
    QCOMPARE(session->value(u"/data/age"_s), u"15"_s);
    QVERIFY(!error->isVisible());

    // A required question says nothing before it is answered or validated.
    QVERIFY(!find<QLabel>(&view, u"error:/data/name"_s)->isVisible());
}

void TestFormView::typingDoesNotFightTheCursor()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *income = find<QLineEdit>(&view, u"/data/income"_s);
    income->setFocus();
    typeText(income, u"۱۲٫"_s);
    // Stored as 12, but what is being typed stays as typed, cursor at its end.
    QCOMPARE(session->value(u"/data/income"_s), u"12"_s);
    QCOMPARE(income->text(), u"۱۲٫"_s);
    QCOMPARE(income->cursorPosition(), 3);
    typeText(income, u"۵۰"_s);
    QCOMPARE(session->value(u"/data/income"_s), u"12.5"_s);
    QCOMPARE(income->text(), u"۱۲٫۵۰"_s);
    // In the middle of the text: the cursor stays where the worker put it.
    income->setCursorPosition(1);
    typeText(income, u"3"_s);
    QCOMPARE(income->text(), u"۱۳۲٫۵۰"_s);
    QCOMPARE(income->cursorPosition(), 2);
    QCOMPARE(session->value(u"/data/income"_s), u"132.5"_s);
    // Leaving the field shows the answer as stored.
    find<QLineEdit>(&view, u"/data/name"_s)->setFocus();
    QCOMPARE(income->text(), u"۱۳۲٫۵"_s);
}

void TestFormView::jalaliDateTypedIsStoredGregorian()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *birth = find<FormDateEdit>(&view, u"/data/birth"_s);
    QVERIFY(birth);
    QVERIFY(!birth->answer().isValid()); // unanswered to start with
    birth->setFocus();
    QVERIFY(session->value(u"/data/birth"_s).isEmpty()); // entering the field answers nothing
    typeText(birth, u"۱۴۰۳۰۵۱۲"_s);
    QCOMPARE(session->value(u"/data/birth"_s), u"2024-08-02"_s);
    QCOMPARE(birth->text(), u"۱۴۰۳/۰۵/۱۲"_s);

    // Set from outside: shown in Jalali.
    QVERIFY(view.setAnswer(u"/data/birth"_s, u"2025-03-21"_s).ok());
    QCOMPARE(birth->text(), u"۱۴۰۴/۰۱/۰۱"_s);

    // Entering and leaving an empty date leaves it empty.
    auto session2 = startSession(loadForm(u"questions.xml"_s));
    FormView other(*session2);
    showView(other);
    auto *empty = find<FormDateEdit>(&other, u"/data/birth"_s);
    empty->setFocus();
    find<QLineEdit>(&other, u"/data/name"_s)->setFocus();
    QVERIFY(!empty->answer().isValid());
    QVERIFY(session2->value(u"/data/birth"_s).isEmpty());
}

void TestFormView::timeAndDateTime()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *time = find<QTimeEdit>(&view, u"/data/visit_time"_s);
    QVERIFY(time);
    time->setFocus();
    typeText(time, u"۱۰۳۰"_s);
    QVERIFY2(session->value(u"/data/visit_time"_s).startsWith(u"10:30"_s),
             qPrintable(session->value(u"/data/visit_time"_s)));
    QCOMPARE(time->text(), u"۱۰:۳۰"_s);

    auto *date = find<FormDateEdit>(&view, u"/data/visit_at"_s);
    auto *at = find<QTimeEdit>(&view, u"/data/visit_at#time"_s);
    QVERIFY(date && at);
    date->setFocus();
    typeText(date, u"۱۴۰۵۰۹۰۲"_s);
    at->setFocus();
    typeText(at, u"0815"_s);
    QVERIFY2(session->value(u"/data/visit_at"_s).startsWith(u"2026-11-23T08:15"_s),
             qPrintable(session->value(u"/data/visit_at"_s)));
}

void TestFormView::choices()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    // Two choices: radio buttons.
    auto *female = find<QRadioButton>(&view, u"/data/sex=female"_s);
    auto *male = find<QRadioButton>(&view, u"/data/sex=male"_s);
    QVERIFY(female && male);
    QCOMPARE(female->text(), u"زن"_s);
    QTest::mouseClick(female, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/sex"_s), u"female"_s);
    QTest::mouseClick(male, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/sex"_s), u"male"_s);
    QVERIFY(!female->isChecked());

    // Eight choices: a drop-down list, nothing chosen to start with.
    auto *province = find<QComboBox>(&view, u"/data/province"_s);
    QVERIFY(province);
    QCOMPARE(province->count(), 8);
    QCOMPARE(province->currentIndex(), -1);
    QVERIFY(!find<QRadioButton>(&view, u"/data/province=teh"_s));
    province->setFocus();
    QTest::keyClick(province, Qt::Key_Down); // the first choice
    QCOMPARE(session->value(u"/data/province"_s), u"teh"_s);
    QTest::keyClick(province, Qt::Key_Down);
    QCOMPARE(session->value(u"/data/province"_s), u"isf"_s);

    // Select many: check boxes, stored space-separated in the form's order.
    auto *health = find<QCheckBox>(&view, u"/data/needs=health"_s);
    auto *housing = find<QCheckBox>(&view, u"/data/needs=housing"_s);
    QVERIFY(health && housing);
    QTest::mouseClick(health, Qt::LeftButton);
    QTest::mouseClick(housing, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/needs"_s), u"housing health"_s);
    QTest::mouseClick(health, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/needs"_s), u"housing"_s);

    // Set from outside: the widgets follow.
    QVERIFY(view.setAnswer(u"/data/sex"_s, u"female"_s).ok());
    QVERIFY(female->isChecked());
    QVERIFY(view.setAnswer(u"/data/province"_s, u"gil"_s).ok());
    QCOMPARE(province->currentText(), u"گیلان"_s);
}

void TestFormView::relevanceHidesAndShows()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *field = find<QWidget>(&view, u"field:/data/disability"_s);
    QVERIFY(field);
    QVERIFY(!field->isVisible());
    QTest::mouseClick(find<QRadioButton>(&view, u"/data/disabled=yes"_s), Qt::LeftButton);
    QVERIFY(field->isVisible());
    auto *edit = find<QLineEdit>(&view, u"/data/disability"_s);
    edit->setFocus();
    typeText(edit, u"حرکتی"_s);
    QCOMPARE(session->value(u"/data/disability"_s), u"حرکتی"_s);
    QTest::mouseClick(find<QRadioButton>(&view, u"/data/disabled=no"_s), Qt::LeftButton);
    QVERIFY(!field->isVisible());
}

void TestFormView::notesAndCalculatedValuesAreLabels()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    // A note: its text, nothing to type.
    auto *note = find<QWidget>(&view, u"field:/data/intro"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY(!find<QLineEdit>(&view, u"/data/intro"_s));
    QCOMPARE(find<QLabel>(&view, u"label:/data/intro"_s)->text(),
             u"پرسش‌های زیر را با خانوار مرور کنید."_s);
    // A calculated value: a label, no editor to focus.
    auto *months = view.field(u"/data/months"_s);
    QVERIFY(months);
    QVERIFY(!months->canTakeFocus());
    QVERIFY(!find<QLineEdit>(&view, u"/data/months"_s)->isVisible());
    // Required questions are marked; hints are shown.
    QVERIFY(find<QLabel>(&view, u"label:/data/name"_s)->text().contains(u'*'));
    QVERIFY(!find<QLabel>(&view, u"label:/data/age"_s)->text().contains(u'*'));
    QCOMPARE(find<QLabel>(&view, u"hint:/data/name"_s)->text(),
             u"همان‌طور که در شناسنامه آمده"_s);
    // Multi-line text.
    auto *comments = find<QPlainTextEdit>(&view, u"/data/comments"_s);
    QVERIFY(comments);
    comments->setFocus();
    typeText(comments, u"خط"_s);
    QTest::keyClick(comments, Qt::Key_Return);
    typeText(comments, u"دوم"_s);
    QCOMPARE(session->value(u"/data/comments"_s), u"خط\nدوم"_s);
}

void TestFormView::uploadAsksTheHost()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    QString askedType;
    view.setFileChooser([&askedType](QWidget *, const QString &mediaType) {
        askedType = mediaType;
        return u"/home/worker/scan.png"_s;
    });
    showView(view);
    QSignalSpy requested(&view, &FormView::attachmentRequested);
    QTest::mouseClick(find<QPushButton>(&view, u"/data/photo"_s), Qt::LeftButton);
    QCOMPARE(askedType, u"image/*"_s);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"/data/photo"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"/home/worker/scan.png"_s);
    QVERIFY(session->value(u"/data/photo"_s).isEmpty()); // the host decides
    QVERIFY(view.setAnswer(u"/data/photo"_s, u"scan.png"_s).ok());
    QCOMPARE(find<QLabel>(&view, u"file:/data/photo"_s)->text(), u"scan.png"_s);
}

void TestFormView::triggerAcknowledges()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *ack = find<QPushButton>(&view, u"/data/ack"_s);
    QVERIFY(ack && ack->isCheckable());
    QTest::mouseClick(ack, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/ack"_s), u"OK"_s);
    QTest::mouseClick(ack, Qt::LeftButton);
    QCOMPARE(session->value(u"/data/ack"_s), QString());
}

void TestFormView::enterMovesToTheNextQuestion()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    auto *name = find<QLineEdit>(&view, u"/data/name"_s);
    QVERIFY(hasFocus(name)); // the first question of the page has the keyboard
    typeText(name, u"مریم"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(hasFocus(find<QLineEdit>(&view, u"/data/age"_s)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QVERIFY(hasFocus(find<QLineEdit>(&view, u"/data/income"_s)));
    // Hidden questions are skipped: from "disabled" past "disability" (not relevant), the note
    // and the calculated value, to the comments.
    auto *no = find<QRadioButton>(&view, u"/data/disabled=no"_s);
    no->setFocus();
    QTest::keyClick(no, Qt::Key_Return);
    QVERIFY(hasFocus(find<QPlainTextEdit>(&view, u"/data/comments"_s)));
    // Tab moves on too.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(hasFocus(find<QPushButton>(&view, u"/data/photo"_s)));
}

void TestFormView::enterOnTheLastQuestionGoesToTheNextPage()
{
    auto session = startSession(loadForm(u"pages.xml"_s));
    FormView view(*session);
    showView(view);
    QSignalSpy pageChanged(&view, &FormView::pageChanged);
    QCOMPARE(view.currentPage(), 0);
    auto *last = find<QLineEdit>(&view, u"/data/who/last"_s);
    last->setFocus();
    QTest::keyClick(last, Qt::Key_Return);
    QCOMPARE(view.currentPage(), 1);
    QCOMPARE(pageChanged.count(), 1);
    QCOMPARE(pageChanged.at(0).at(0).toInt(), 1);
    QVERIFY(hasFocus(find<QLineEdit>(&view, u"/data/home/rooms"_s)));
    // Ctrl+Enter: the next page from anywhere (the "extra" page is not relevant).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(view.currentPage(), 3);
    QVERIFY(hasFocus(find<QLineEdit>(&view, u"/data/end/signed"_s)));
}

void TestFormView::pagesSkipIrrelevantOnesAndShowProgress()
{
    auto session = startSession(loadForm(u"pages.xml"_s));
    FormView view(*session);
    showView(view);
    auto *label = find<QLabel>(&view, u"formPageLabel"_s);
    auto *progress = find<QProgressBar>(&view, u"formProgress"_s);
    auto *previous = find<QPushButton>(&view, u"formPreviousButton"_s);
    auto *next = find<QPushButton>(&view, u"formNextButton"_s);
    auto *title = find<QLabel>(&view, u"formPageTitle"_s);
    QCOMPARE(view.pageCount(), 4);
    QVERIFY(label->text().contains(u"۱"_s));
    QVERIFY(label->text().contains(u"۴"_s));
    QVERIFY(!label->text().contains(u'1'));
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 1);
    QCOMPARE(title->text(), u"مشخصات"_s);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(view.currentPage(), 1);
    QCOMPARE(title->text(), u"مسکن"_s);
    QCOMPARE(progress->value(), 2);
    QVERIFY(label->text().contains(u"۲"_s));
    QVERIFY(!find<QLineEdit>(&view, u"/data/who/first"_s)); // one page at a time
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(view.currentPage(), 3); // "extra" is skipped
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(view.currentPage(), 1);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(view.currentPage(), 0);

    // Made relevant by an answer: no longer skipped.
    auto *first = find<QLineEdit>(&view, u"/data/who/first"_s);
    first->setFocus();
    typeText(first, u"ویژه"_s);
    QVERIFY(view.nextPage());
    QCOMPARE(view.currentPage(), 1);
    QVERIFY(view.nextPage());
    QCOMPARE(view.currentPage(), 2);
    QCOMPARE(title->text(), u"توضیح ویژه"_s);
}

void TestFormView::validateAndFocusJumpsToTheFirstIssue()
{
    auto session = startSession(loadForm(u"pages.xml"_s));
    FormView view(*session);
    showView(view);
    auto *first = find<QLineEdit>(&view, u"/data/who/first"_s);
    first->setFocus();
    typeText(first, u"علی"_s);
    view.goToPage(3);
    QVERIFY(!view.validateAndFocus());
    QCOMPARE(view.currentPage(), 1); // rooms (page 2) is the first missing answer
    auto *rooms = find<QLineEdit>(&view, u"/data/home/rooms"_s);
    QVERIFY(hasFocus(rooms));
    QVERIFY(find<QLabel>(&view, u"error:/data/home/rooms"_s)->isVisible());
    QVERIFY(!find<QLabel>(&view, u"error:/data/home/rent"_s)->isVisible());
    typeText(rooms, u"۳"_s);
    QVERIFY(!find<QLabel>(&view, u"error:/data/home/rooms"_s)->isVisible());

    QVERIFY(!view.validateAndFocus());
    QCOMPARE(view.currentPage(), 3);
    auto *signedBy = find<QLineEdit>(&view, u"/data/end/signed"_s);
    QVERIFY(hasFocus(signedBy));
    QVERIFY(find<QLabel>(&view, u"error:/data/end/signed"_s)->isVisible());
    typeText(signedBy, u"مددکار"_s);
    QVERIFY(view.validateAndFocus());
}

void TestFormView::repeatsAddAndRemoveWithConfirmation()
{
    auto session = startSession(loadForm(u"repeat.xml"_s));
    FormView view(*session);
    QStringList asked;
    bool answer = false;
    view.setRemoveConfirmer([&](QWidget *, const QString &title) {
        asked << title;
        return answer;
    });
    showView(view);
    QSignalSpy edited(&view, &FormView::edited);
    QCOMPARE(session->repeatCount(u"/data/member"_s), 1);
    auto *title = find<QLabel>(&view, u"title:/data/member[1]"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"عضو ۱"_s);
    auto *name1 = find<QLineEdit>(&view, u"/data/member[1]/name"_s);
    name1->setFocus();
    typeText(name1, u"زهرا"_s);

    auto *add = find<QPushButton>(&view, u"add:/data/member"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(session->repeatCount(u"/data/member"_s), 2);
    QCOMPARE(find<QLabel>(&view, u"title:/data/member[2]"_s)->text(), u"عضو ۲"_s);
    snapshot(&view, u"formview-repeat"_s);
    auto *name2 = find<QLineEdit>(&view, u"/data/member[2]/name"_s);
    QVERIFY(name2);
    QVERIFY(hasFocus(name2)); // the new member's first question
    typeText(name2, u"رضا"_s);
    QCOMPARE(session->value(u"/data/member[2]/name"_s), u"رضا"_s);
    QCOMPARE(session->value(u"/data/count"_s), u"2"_s);

    // Remove the first member: asked first; "no" keeps it.
    const int editsBefore = int(edited.count());
    QTest::mouseClick(find<QPushButton>(&view, u"remove:/data/member[1]"_s), Qt::LeftButton);
    QCOMPARE(asked, QStringList{u"عضو ۱"_s});
    QCOMPARE(session->repeatCount(u"/data/member"_s), 2);
    QCOMPARE(edited.count(), editsBefore);
    answer = true;
    QTest::mouseClick(find<QPushButton>(&view, u"remove:/data/member[1]"_s), Qt::LeftButton);
    QCOMPARE(session->repeatCount(u"/data/member"_s), 1);
    QCOMPARE(edited.count(), editsBefore + 1);
    QCOMPARE(session->value(u"/data/member[1]/name"_s), u"رضا"_s);
    QCOMPARE(find<QLineEdit>(&view, u"/data/member[1]/name"_s)->text(), u"رضا"_s);
    QVERIFY(!find<QLineEdit>(&view, u"/data/member[2]/name"_s));
    // The questions after the repeat are a page of their own; the calculated count shows there.
    QVERIFY(view.nextPage());
    QCOMPARE(find<QLabel>(&view, u"value:/data/count"_s)->text(), u"۱"_s);
}

void TestFormView::countedRepeatRebuildsKeepingTheTyping()
{
    auto session = startSession(loadForm(u"counted.xml"_s));
    FormView view(*session);
    showView(view);
    auto *size = find<QLineEdit>(&view, u"/data/household/size"_s);
    size->setFocus();
    typeText(size, u"۱"_s);
    QCOMPARE(session->repeatCount(u"/data/household/child"_s), 1);
    QVERIFY(find<QLineEdit>(&view, u"/data/household/child[1]/school"_s));
    // The page was rebuilt: the question is a new widget, still with the keyboard, the text
    // and the cursor, so typing goes on.
    size = find<QLineEdit>(&view, u"/data/household/size"_s);
    QVERIFY(hasFocus(size));
    QCOMPARE(size->text(), u"۱"_s);
    QCOMPARE(size->selectedText(), QString());
    typeText(size, u"۲"_s);
    QCOMPARE(session->value(u"/data/household/size"_s), u"12"_s);
    QCOMPARE(session->repeatCount(u"/data/household/child"_s), 12);
    size = find<QLineEdit>(&view, u"/data/household/size"_s);
    QVERIFY(hasFocus(size));
    QCOMPARE(size->text(), u"۱۲"_s);
    QVERIFY(find<QLineEdit>(&view, u"/data/household/child[12]/school"_s));
    QCOMPARE(find<QLabel>(&view, u"title:/data/household/child[12]"_s)->text(), u"فرزند ۱۲"_s);
    // The form sets how many: no add or remove.
    QVERIFY(!find<QPushButton>(&view, u"add:/data/household/child"_s));
    QVERIFY(!find<QPushButton>(&view, u"remove:/data/household/child[1]"_s));
    // The constraint message survives the rebuilds it does not cause.
    typeText(size, u"۰"_s); // 120: over the limit, and 120 children
    QCOMPARE(session->value(u"/data/household/size"_s), u"120"_s);
    QVERIFY(find<QLabel>(&view, u"error:/data/household/size"_s)->isVisible());
}

void TestFormView::firstInstanceOfAnEmptyRepeat()
{
    auto session = startSession(loadForm(u"counted.xml"_s));
    FormView view(*session);
    view.setRemoveConfirmer([](QWidget *, const QString &) { return true; });
    showView(view);
    QCOMPARE(session->repeatCount(u"/data/household/helper"_s), 0);
    auto *add = find<QPushButton>(&view, u"add:/data/household/helper"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(session->repeatCount(u"/data/household/helper"_s), 1);
    auto *name = find<QLineEdit>(&view, u"/data/household/helper[1]/name"_s);
    QVERIFY(hasFocus(name));
    QCOMPARE(find<QLabel>(&view, u"title:/data/household/helper[1]"_s)->text(), u"همراه ۱"_s);
    // Enter on the Add button adds another.
    add = find<QPushButton>(&view, u"add:/data/household/helper"_s);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Return);
    QCOMPARE(session->repeatCount(u"/data/household/helper"_s), 2);
    QTest::mouseClick(find<QPushButton>(&view, u"remove:/data/household/helper[1]"_s),
                      Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&view, u"remove:/data/household/helper[1]"_s),
                      Qt::LeftButton);
    QCOMPARE(session->repeatCount(u"/data/household/helper"_s), 0);
    QVERIFY(find<QPushButton>(&view, u"add:/data/household/helper"_s)); // still there to add
}

void TestFormView::labelsShowingAnswersFollow()
{
    auto session = startSession(loadForm(u"counted.xml"_s));
    FormView view(*session);
    showView(view);
    auto *head = find<QLineEdit>(&view, u"/data/household/head"_s);
    head->setFocus();
    typeText(head, u"رضا"_s);
    QVERIFY2(find<QLabel>(&view, u"label:/data/household/size"_s)->text().contains(u"رضا"_s),
             qPrintable(find<QLabel>(&view, u"label:/data/household/size"_s)->text()));
}

void TestFormView::draftSaverDebounces()
{
    auto session = startSession(loadForm(u"questions.xml"_s));
    FormView view(*session);
    showView(view);
    int saves = 0;
    QByteArray lastDraft;
    {
        FormDraftSaver saver([&] {
            ++saves;
            lastDraft = session->instanceXml();
        });
        QCOMPARE(saver.interval(), 500);
        saver.setInterval(80);
        saver.watch(&view);
        auto *name = find<QLineEdit>(&view, u"/data/name"_s);
        name->setFocus();
        typeText(name, u"فاطمه"_s); // five edits at once
        QCOMPARE(saves, 0);
        QVERIFY(saver.isPending());
        QTRY_COMPARE_WITH_TIMEOUT(saves, 1, 2000);
        QVERIFY(lastDraft.contains("فاطمه"));
        QTest::qWait(200);
        QCOMPARE(saves, 1); // nothing new: no more saves

        // Typing on: at most one save per interval.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 400) {
            typeText(name, u"ا"_s);
            QTest::qWait(10);
        }
        const int during = saves - 1;
        QVERIFY2(during >= 1 && during <= 6, qPrintable(QString::number(during)));

        // flush() saves what is pending at once; the destructor too.
        QTRY_VERIFY(!saver.isPending());
        const int settled = saves;
        typeText(name, u"ب"_s);
        saver.flush();
        QCOMPARE(saves, settled + 1);
        saver.flush();
        QCOMPARE(saves, settled + 1); // nothing pending
        typeText(name, u"پ"_s);
    }
    QVERIFY(lastDraft.contains("پ"));
}

void TestFormView::largeFormRefreshesOnlyWhatChanged()
{
    auto session = startSession(parse(largeForm(200)));
    QVERIFY(session);
    FormView view(*session);
    showView(view);
    QCOMPARE(view.fields().size(), 200);
    const QList<QWidget *> before = view.findChildren<QWidget *>();
    QList<QLineEdit *> edits;
    for (int i = 1; i <= 200; ++i)
        edits << find<QLineEdit>(&view, u"/data/q"_s + QString::number(i));
    QVERIFY(!edits.contains(nullptr));

    edits.at(99)->setFocus();
    typeText(edits.at(99), u"۴۲"_s);
    QCOMPARE(session->value(u"/data/q100"_s), u"42"_s);
    QCOMPARE(view.lastRefreshCount(), 1);
    // Nothing was rebuilt: the same widgets, the same editors.
    QCOMPARE(view.findChildren<QWidget *>(), before);
    for (int i = 1; i <= 200; ++i)
        QCOMPARE(find<QLineEdit>(&view, u"/data/q"_s + QString::number(i)), edits.at(i - 1));
    // Only the edited question was refreshed.
    for (FormField *field : view.fields()) {
        QCOMPARE(field->refreshCount(), field->path() == u"/data/q100"_s ? 2 : 0);
    }
    QVERIFY(hasFocus(edits.at(99)));
}

void TestFormView::fillDialogSavesAndSubmits()
{
    auto session = startSession(loadForm(u"pages.xml"_s));
    int saves = 0;
    int submits = 0;
    QString saveError;
    bool sameSession = true;
    FormFillActions actions;
    actions.saveDraft = [&](forms::FormSession &s) {
        ++saves;
        sameSession = sameSession && &s == session.get();
        return saveError;
    };
    actions.submit = [&](forms::FormSession &) {
        ++submits;
        return QString();
    };
    FormFillDialog dialog(*session, actions);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"صفحه‌ها"_s);
    FormView *view = dialog.view();
    auto *status = find<QLabel>(&dialog, u"formStatusLabel"_s);

    // Save draft, now.
    QTest::mouseClick(find<QPushButton>(&dialog, u"formSaveDraftButton"_s), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY(sameSession);
    QVERIFY(status->isVisible());
    saveError = u"دیسک پر است"_s;
    QVERIFY(!dialog.saveDraft());
    QCOMPARE(status->text(), saveError);
    saveError.clear();

    // Submit: validation first, to the first missing answer; nothing submitted.
    QTest::mouseClick(find<QPushButton>(&dialog, u"formSubmitButton"_s), Qt::LeftButton);
    QCOMPARE(submits, 0);
    QVERIFY(dialog.isVisible());
    auto *first = find<QLineEdit>(view, u"/data/who/first"_s);
    QVERIFY(hasFocus(first));
    snapshot(&dialog, u"formview-dialog-invalid"_s);
    typeText(first, u"علی"_s);
    // Enter is the form's: it moves on and never presses a dialog button.
    QTest::keyClick(first, Qt::Key_Return);
    QCOMPARE(submits, 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(hasFocus(find<QLineEdit>(view, u"/data/who/last"_s)));
    // The edits are saved as a draft, debounced.
    dialog.draftSaver()->setInterval(20);
    QTRY_COMPARE(saves, 3);

    QVERIFY(view->setAnswer(u"/data/home/rooms"_s, u"2"_s).ok());
    QVERIFY(view->setAnswer(u"/data/end/signed"_s, u"مددکار"_s).ok());
    QTest::mouseClick(find<QPushButton>(&dialog, u"formSubmitButton"_s), Qt::LeftButton);
    QCOMPARE(submits, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    // Close saves what is pending.
    auto other = startSession(loadForm(u"pages.xml"_s));
    int otherSaves = 0;
    FormFillActions otherActions;
    otherActions.saveDraft = [&](forms::FormSession &) {
        ++otherSaves;
        return QString();
    };
    FormFillDialog closing(*other, otherActions);
    closing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&closing));
    auto *name = find<QLineEdit>(closing.view(), u"/data/who/first"_s);
    name->setFocus();
    typeText(name, u"م"_s);
    QCOMPARE(otherSaves, 0);
    QTest::mouseClick(find<QPushButton>(&closing, u"formCloseButton"_s), Qt::LeftButton);
    QCOMPARE(otherSaves, 1);
    QCOMPARE(closing.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"
