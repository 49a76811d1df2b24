#include "tst_formview.h"

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

QTEST_MAIN(TestFormView)
