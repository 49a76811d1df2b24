#pragma once

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

namespace formviewtest {

inline forms::FormDefinitionPtr parse(const QByteArray &xml)
{
    const forms::FormParseResult result = forms::parseForm(xml);
    if (!result.ok())
        qWarning("%s", qPrintable(result.report()));
    return result.form;
}

inline forms::FormDefinitionPtr loadForm(const QString &name)
{
    QFile file(qEnvironmentVariable("PLUSLIFE_TEST_DATA") + u"/forms/renderer/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return nullptr;
    }
    return parse(file.readAll());
}

inline std::unique_ptr<forms::FormSession> startSession(const forms::FormDefinitionPtr &form)
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
inline void typeText(QWidget *widget, const QString &text)
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
inline QByteArray largeForm(int count)
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
inline void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + u'/' + name + u".png"_s);
}

inline bool hasFocus(const QWidget *widget)
{
    return widget && (widget->hasFocus() || widget->isAncestorOf(QApplication::focusWidget()));
}

} // namespace formviewtest

using namespace formviewtest;

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
