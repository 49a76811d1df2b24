#include "formeditors.h"

#include "locale/digits.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace pluslife::ui {
namespace {

// The "no date" value: a form date before it cannot be typed (1278 in the Jalali calendar).
const QDate kNoDate(1900, 1, 1);
const QTime kNoTime(0, 0);

bool isClearKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
}

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool startsWithDigit(const QKeyEvent *event)
{
    return !event->text().isEmpty() && event->text().at(0).isDigit();
}

bool wholeTextSelected(const QLineEdit *line)
{
    return line && !line->text().isEmpty() && line->selectedText() == line->text();
}

} // namespace

// ---------------------------------------------------------------- FormDateEdit

FormDateEdit::FormDateEdit(QWidget *parent)
    : JalaliDateEdit(parent)
{
    setMinimumDate(kNoDate);
    setSpecialValueText(tr("No date"));
    setAnswer({});
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (m_programmatic)
            return;
        m_starting = false;
        emit answerChanged(answer());
    });
}

QDate FormDateEdit::answer() const
{
    return date() == minimumDate() ? QDate() : date();
}

void FormDateEdit::setAnswer(const QDate &value)
{
    m_programmatic = true;
    setDate(value.isValid() && value > minimumDate() ? value : minimumDate());
    m_programmatic = false;
    m_starting = false;
}

void FormDateEdit::startTyping()
{
    if (date() != minimumDate() || isReadOnly())
        return;
    m_programmatic = true;
    setDate(QDate::currentDate());
    m_programmatic = false;
    m_starting = true;
    setSelectedSection(QDateTimeEdit::YearSection);
}

void FormDateEdit::focusInEvent(QFocusEvent *event)
{
    JalaliDateEdit::focusInEvent(event);
    startTyping();
}

void FormDateEdit::focusOutEvent(QFocusEvent *event)
{
    JalaliDateEdit::focusOutEvent(event);
    if (m_starting)
        setAnswer({});
}

void FormDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && isClearKey(event) && wholeTextSelected(lineEdit()) &&
        date() != minimumDate()) {
        const bool wasStarting = m_starting;
        setAnswer({});
        if (!wasStarting)
            emit answerChanged({});
        event->accept();
        return;
    }
    const bool digit = startsWithDigit(event);
    if (digit)
        startTyping();
    if (m_starting && isEnterKey(event)) {
        // Today, taken as it is.
        m_starting = false;
        emit answerChanged(answer());
    }
    JalaliDateEdit::keyPressEvent(event);
    if (digit && m_starting) {
        // A digit typed is a date chosen, even one that happens to be today's.
        m_starting = false;
        emit answerChanged(answer());
    }
}

// ---------------------------------------------------------------- FormTimeEdit

FormTimeEdit::FormTimeEdit(QWidget *parent)
    : QTimeEdit(parent)
{
    applyDisplayFormat();
    setMinimumTime(kNoTime);
    setSpecialValueText(tr("No time"));
    // A time is a left-to-right number run in both directions.
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAnswer({});
    connect(this, &QTimeEdit::timeChanged, this, [this] {
        if (m_programmatic)
            return;
        m_starting = false;
        emit answerChanged(answer());
    });
}

QTime FormTimeEdit::answer() const
{
    return time() == minimumTime() ? QTime() : time();
}

void FormTimeEdit::setAnswer(const QTime &value)
{
    m_programmatic = true;
    const QTime minute = value.isValid() ? QTime(value.hour(), value.minute()) : QTime();
    setTime(minute.isValid() && minute > minimumTime() ? minute : minimumTime());
    m_programmatic = false;
    m_starting = false;
}

void FormTimeEdit::startTyping()
{
    if (time() != minimumTime() || isReadOnly())
        return;
    const QTime now = QTime::currentTime();
    m_programmatic = true;
    setTime(QTime(now.hour(), now.minute()) > minimumTime() ? QTime(now.hour(), now.minute())
                                                            : QTime(0, 1));
    m_programmatic = false;
    m_starting = true;
    setSelectedSection(QDateTimeEdit::HourSection);
}

QValidator::State FormTimeEdit::validate(QString &input, int &pos) const
{
    // Any script typed, the widget's digits shown (same length: the cursor stays).
    input = locale::localizeDigits(locale::normalizeDigits(input), locale());
    return QTimeEdit::validate(input, pos);
}

void FormTimeEdit::fixup(QString &input) const
{
    input = locale::localizeDigits(locale::normalizeDigits(input), locale());
    QTimeEdit::fixup(input);
}

QDateTime FormTimeEdit::dateTimeFromText(const QString &text) const
{
    return QTimeEdit::dateTimeFromText(
        locale::localizeDigits(locale::normalizeDigits(text), locale()));
}

// QDateTimeEdit mirrors the order of its sections under a right-to-left layout (see
// JalaliDateEdit); a time reads hours first in both directions, so under RTL it is handed the
// mirror image.
void FormTimeEdit::applyDisplayFormat()
{
    const QTime keep = time();
    const bool wasProgrammatic = m_programmatic;
    m_programmatic = true;
    setDisplayFormat(isRightToLeft() ? QStringLiteral("mm:HH") : QStringLiteral("HH:mm"));
    setTime(keep);
    m_programmatic = wasProgrammatic;
}

bool FormTimeEdit::event(QEvent *event)
{
    const bool result = QTimeEdit::event(event);
    if (event->type() == QEvent::LayoutDirectionChange ||
        event->type() == QEvent::ApplicationLayoutDirectionChange) {
        applyDisplayFormat();
    }
    return result;
}

void FormTimeEdit::focusInEvent(QFocusEvent *event)
{
    QTimeEdit::focusInEvent(event);
    startTyping();
}

void FormTimeEdit::focusOutEvent(QFocusEvent *event)
{
    QTimeEdit::focusOutEvent(event);
    if (m_starting)
        setAnswer({});
}

void FormTimeEdit::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && isClearKey(event) && wholeTextSelected(lineEdit()) &&
        time() != minimumTime()) {
        const bool wasStarting = m_starting;
        setAnswer({});
        if (!wasStarting)
            emit answerChanged({});
        event->accept();
        return;
    }
    const bool digit = startsWithDigit(event);
    if (digit)
        startTyping();
    if (m_starting && isEnterKey(event)) {
        m_starting = false;
        emit answerChanged(answer());
    }
    QTimeEdit::keyPressEvent(event);
    if (digit && m_starting) {
        m_starting = false;
        emit answerChanged(answer());
    }
}

// ---------------------------------------------------------------- NumberInputValidator

NumberInputValidator::NumberInputValidator(bool decimals, QObject *parent)
    : QValidator(parent)
    , m_decimals(decimals)
{}

QValidator::State NumberInputValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const QLocale loc = locale();
    const QString localeDecimal = loc.decimalPoint();
    const QString localeGroup = loc.groupSeparator();
    const QString localeMinus = loc.negativeSign();
    int decimalSeparators = 0;
    bool sawDigit = false;
    for (const QChar c : std::as_const(input)) {
        if (c.isDigit()) {
            sawDigit = true;
            continue;
        }
        if (c == u'.' || c == u'\u066B' || localeDecimal.contains(c)) {
            if (!m_decimals || ++decimalSeparators > 1)
                return Invalid;
            continue;
        }
        const bool minus = c == u'-' || c == u'+' || c == u'\u2212' || c == u'\u2012' ||
                           c == u'\u2013' || localeMinus.contains(c);
        const bool grouping = c == u',' || c == u'\u066C' || localeGroup.contains(c) ||
                              c.isSpace() || c == u'\u2009' || c == u'\u202F';
        const bool mark = c == u'\u200C' || c == u'\u200E' || c == u'\u200F' || c == u'\u061C';
        if (!minus && !grouping && !mark)
            return Invalid;
    }
    // Same length: Latin or Arabic-Indic digits typed into a Persian field become Persian.
    QString shown = input;
    const QString zero = loc.zeroDigit();
    if (zero.size() == 1) {
        for (QChar &c : shown) {
            if (c.isDigit() && c.digitValue() >= 0)
                c = QChar(zero.at(0).unicode() + c.digitValue());
        }
    }
    input = shown;
    if (input.trimmed().isEmpty())
        return Acceptable;
    if (!sawDigit)
        return Intermediate;
    const QString ascii = locale::normalizeNumber(input);
    bool ok = false;
    if (m_decimals)
        ascii.toDouble(&ok);
    else
        ascii.toLongLong(&ok);
    return ok ? Acceptable : Intermediate;
}

} // namespace pluslife::ui
