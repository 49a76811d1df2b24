#include "tst_formview.h"

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
