#pragma once

#include <QCalendarWidget>
#include <QDateEdit>

namespace pluslife::locale {
class WorkingCalendar;
}

namespace pluslife::ui {

// Month view for Jalali dates: the week starts on Saturday; only Friday is painted as weekend
// (QCalendarWidget's own default paints Saturday and Sunday, whatever the locale). With a
// working calendar set, official holidays and closures of the shown month are painted too, and
// the weekend comes from its weekly pattern instead of the Friday default.
class JalaliCalendarWidget : public QCalendarWidget {
    Q_OBJECT
public:
    explicit JalaliCalendarWidget(QWidget *parent = nullptr);

    // Not owned; must outlive the widget or be reset with nullptr.
    void setWorkingCalendar(const locale::WorkingCalendar *calendar, const QString &province = {});

    // The format used for weekend days and holidays (red text).
    static QTextCharFormat closedDayFormat();

private:
    void applyFormats();

    const locale::WorkingCalendar *m_workingCalendar = nullptr;
    QString m_province;
};

// A date field in the Jalali calendar, year/month/day ("1403/05/12", digits of the widget's
// locale), with a JalaliCalendarWidget popup. Typing or pasting accepts Persian, Arabic-Indic
// and Latin digits whatever the widget's locale. The date (QDate) is calendar-free as usual.
// Under a right-to-left layout the text is still a single left-to-right number run, year
// first, which is how Persian writes dates. (Qt mirrors a QDateTimeEdit's sections under RTL;
// this widget compensates, so under RTL displayFormat() reports Qt's mirrored "dd/MM/yyyy"
// while text() stays "1403/05/12". Do not call setDisplayFormat() on it.)
class JalaliDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit JalaliDateEdit(QWidget *parent = nullptr);
    explicit JalaliDateEdit(QDate date, QWidget *parent = nullptr);

    JalaliCalendarWidget *jalaliCalendarWidget() const;

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

protected:
    QDateTime dateTimeFromText(const QString &text) const override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void init();
    void applyDisplayFormat();
    // Input digits of any script -> the digits the base class parses for this locale; a whole
    // date typed in another shape (1403-5-12, 14030512) -> the display format.
    QString normalizedInput(const QString &input) const;
};

} // namespace pluslife::ui
