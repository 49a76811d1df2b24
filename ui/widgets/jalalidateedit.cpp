#include "jalalidateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/workingcalendar.h"

#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace pluslife::ui {

namespace {
constexpr std::array<Qt::DayOfWeek, 7> AllDays = {
    Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday};
}

// ---------------------------------------------------------------- JalaliCalendarWidget

JalaliCalendarWidget::JalaliCalendarWidget(QWidget *parent)
    : QCalendarWidget(parent)
{
    setCalendar(locale::jalaliCalendar());
    setFirstDayOfWeek(Qt::Saturday);
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    connect(this, &QCalendarWidget::currentPageChanged, this, [this] { applyFormats(); });
    applyFormats();
}

QTextCharFormat JalaliCalendarWidget::closedDayFormat()
{
    QTextCharFormat format;
    format.setForeground(QColor(0xC6, 0x28, 0x28));
    return format;
}

void JalaliCalendarWidget::setWorkingCalendar(const locale::WorkingCalendar *calendar,
                                              const QString &province)
{
    m_workingCalendar = calendar;
    m_province = province;
    applyFormats();
}

void JalaliCalendarWidget::applyFormats()
{
    // Weekday header and day cells: QCalendarWidget's defaults (Saturday and Sunday red) are
    // replaced for every day, so that nothing of the Western weekend is left.
    const QDate shown = locale::fromJalali(yearShown(), monthShown(), 1);
    for (const Qt::DayOfWeek day : AllDays) {
        bool closed = day == Qt::Friday;
        if (m_workingCalendar && shown.isValid()) {
            const locale::WeeklyPattern &pattern =
                m_workingCalendar->weeklyPatternFor(shown, m_province);
            closed = pattern.days[size_t(day - 1)] == locale::DayKind::Weekend;
        }
        setWeekdayTextFormat(day, closed ? closedDayFormat() : QTextCharFormat());
    }
    setDateTextFormat(QDate(), QTextCharFormat()); // clears every per-date format
    if (!m_workingCalendar || !shown.isValid()) {
        return;
    }
    // The shown page also has days of the neighbouring months.
    const QDate first = shown.addDays(-7);
    const QDate last = shown.addDays(locale::jalaliDaysInMonth(yearShown(), monthShown()) + 14);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const locale::DayKind kind = m_workingCalendar->dayKind(d, m_province);
        if (kind == locale::DayKind::Holiday || kind == locale::DayKind::Closure) {
            setDateTextFormat(d, closedDayFormat());
        }
    }
}

// ---------------------------------------------------------------- JalaliDateEdit

JalaliDateEdit::JalaliDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    init();
}

JalaliDateEdit::JalaliDateEdit(QDate date, QWidget *parent)
    : QDateEdit(parent)
{
    init();
    setDate(date);
}

void JalaliDateEdit::init()
{
    setCalendar(locale::jalaliCalendar());
    applyDisplayFormat();
    setCalendarPopup(true);
    auto *popup = new JalaliCalendarWidget(this);
    popup->setLocale(locale());
    setCalendarWidget(popup);
    // The date is a left-to-right number run in both directions; keep the text where a reader
    // of the layout direction expects it.
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

JalaliCalendarWidget *JalaliDateEdit::jalaliCalendarWidget() const
{
    return qobject_cast<JalaliCalendarWidget *>(calendarWidget());
}

QString JalaliDateEdit::normalizedInput(const QString &input) const
{
    const QLocale loc = locale();
    const QString ascii = locale::normalizeDigits(input);
    // A whole date in any accepted shape (pasted or typed over a full selection): rewrite it
    // in the display format so the base class can take it.
    // The display shape itself ("1403/5/1" while a section is being typed) is left to the base
    // class, which knows which section the cursor is in.
    static const QRegularExpression displayShape(QStringLiteral("^\\d{4}/\\d{1,2}/\\d{1,2}$"));
    if (displayShape.match(ascii).hasMatch()) {
        return locale::localizeDigits(ascii, loc);
    }
    if (const auto date = locale::parseJalaliDate(ascii)) {
        const QString asText = locale::formatJalaliDateAscii(*date);
        if (asText != ascii) {
            return locale::localizeDigits(asText, loc);
        }
    }
    return locale::localizeDigits(ascii, loc);
}

// People type "1364/01/13" separators and all. Qt already moves to the next section when one is
// full, so the typed '/' would skip a second section and the month would land in the day. A
// separator typed right after a separator (the cursor at a section's start) is swallowed.
void JalaliDateEdit::keyPressEvent(QKeyEvent *event)
{
    static const QString separators = QStringLiteral("/-.\u066b\u060c ");
    const QString typed = event->text();
    if (typed.size() == 1 && separators.contains(typed.front())) {
        const QLineEdit *line = lineEdit();
        const int cursor = line->cursorPosition();
        const QString text = line->text();
        if (cursor > 0 && cursor <= text.size() && !text.at(cursor - 1).isDigit()) {
            event->accept();
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

QValidator::State JalaliDateEdit::validate(QString &input, int &pos) const
{
    const QString normalized = normalizedInput(input);
    if (normalized != input) {
        if (normalized.size() != input.size()) {
            pos = int(normalized.size());
        }
        input = normalized;
    }
    return QDateEdit::validate(input, pos);
}

void JalaliDateEdit::fixup(QString &input) const
{
    input = normalizedInput(input);
    QDateEdit::fixup(input);
}

QDateTime JalaliDateEdit::dateTimeFromText(const QString &text) const
{
    return QDateEdit::dateTimeFromText(normalizedInput(text));
}

void JalaliDateEdit::applyDisplayFormat()
{
    // QDateTimeEdit::setDisplayFormat() reverses the order of the sections when the widget is
    // right-to-left. A Jalali date is a left-to-right number run written year first in both
    // directions, so under RTL it is handed the mirror image, which Qt turns back into
    // year/month/day.
    const QString format =
        isRightToLeft() ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy/MM/dd");
    const QDate keep = date();
    QDateEdit::setDisplayFormat(format);
    setDate(keep);
}

bool JalaliDateEdit::event(QEvent *event)
{
    const bool result = QDateEdit::event(event);
    // QDateTimeEdit re-applies its (already reversed) format on an application direction
    // change; a widget direction change does not update it at all. Both need the Jalali order.
    if (event->type() == QEvent::LayoutDirectionChange ||
        event->type() == QEvent::ApplicationLayoutDirectionChange) {
        applyDisplayFormat();
    }
    return result;
}

void JalaliDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange) {
        if (QCalendarWidget *popup = calendarWidget()) {
            popup->setLocale(locale());
        }
    }
    QDateEdit::changeEvent(event);
}

} // namespace pluslife::ui
