#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// Which days a center works. Every rule is data (models/locale/data/holidays-ir.json, replaceable
// from the central window and editable by the manager), never code and never
// QLocale::weekdays(): the weekly pattern is effective-dated per province, official holidays
// (the lunar ones move every year and depend on moon sighting) are listed by Jalali date, and
// ad-hoc closures (heat, pollution, a governor's decree) are added as they are announced.
namespace pluslife::locale {

enum class DayKind {
    Working, // a full working day
    HalfDay, // open part of the day (counts as a working day)
    Weekend, // closed by the weekly pattern
    Holiday, // official holiday
    Closure, // ad-hoc closure
};

// Scope of a rule: "national" (every center), "local" (this center: the manager's own
// closures) or a province code as the rest of the application spells it.
inline constexpr QStringView NationalScope = u"national";
inline constexpr QStringView LocalScope = u"local";

struct WeeklyPattern {
    QString scope;
    QDate effectiveFrom;           // first day the pattern applies
    std::array<DayKind, 7> days{}; // index: Qt::DayOfWeek - 1 (Monday = 0)
    QString note;

    DayKind kindOf(QDate date) const { return days[size_t(date.dayOfWeek() - 1)]; }
};

struct Holiday {
    QDate date;
    QString nameFa;
    QString nameEn;
    QString scope = NationalScope.toString();
    bool lunar = false; // lunar-Hijri: may move by a day with the moon sighting
    QString hijri;      // e.g. "1448-01-10" for the record; informational
    QString note;
};

struct Closure {
    QDate date;
    QString scope = LocalScope.toString();
    QString reasonFa;
    QString reasonEn;
};

class WorkingCalendar {
public:
    static constexpr int SchemaVersion = 1;

    // Reads and validates a calendar file. On failure returns nullopt and, when error is given,
    // a translated message naming the faulty entry.
    static std::optional<WorkingCalendar> fromJson(const QByteArray &json,
                                                   QString *error = nullptr);
    // The file shipped with the application (Qt resource).
    static WorkingCalendar shipped();
    static QString shippedResourcePath();
    // The calendar as a file fromJson() reads back (manager edits included).
    QByteArray toJson() const;

    DayKind dayKind(QDate date, QStringView provinceCode = {}) const;
    // Working or half day.
    bool isWorkingDay(QDate date, QStringView provinceCode = {}) const;
    // The official holiday name(s) of the day in the locale's language (Persian when the
    // locale's language is Persian, English otherwise), several joined; else the closure
    // reason; else empty.
    QString holidayName(QDate date, const QLocale &locale, QStringView provinceCode = {}) const;
    QList<Holiday> holidaysOn(QDate date, QStringView provinceCode = {}) const;
    QList<Holiday> holidaysInJalaliYear(int year, QStringView provinceCode = {}) const;
    const WeeklyPattern &weeklyPatternFor(QDate date, QStringView provinceCode = {}) const;

    // The n-th working day after `from` (n > 0) or before it (n < 0); `from` itself for n = 0.
    // Half days count as working days. Invalid QDate if none is found within ten years.
    QDate addWorkingDays(QDate from, int n, QStringView provinceCode = {}) const;
    // Working days d with from < d <= to; negative (the same count, for (to, from]) when
    // to < from. So workingDaysBetween(d, addWorkingDays(d, n)) == n.
    int workingDaysBetween(QDate from, QDate to, QStringView provinceCode = {}) const;

    // Jalali years whose official holidays the file lists (inclusive). Outside them only the
    // weekly pattern and closures apply, and callers should say that holidays are unknown.
    QPair<int, int> coveredJalaliYears() const { return m_covered; }
    bool coversDate(QDate date) const;

    // Manager edits.
    void addClosure(const Closure &closure);
    void addClosure(QDate date, const QString &scope, const QString &reasonFa,
                    const QString &reasonEn);
    bool removeClosure(QDate date, QStringView scope);
    QList<Closure> closures() const { return m_closures; }
    QList<Closure> closuresOn(QDate date, QStringView provinceCode = {}) const;

    QString source() const { return m_source; }
    QStringList notes() const { return m_notes; }
    QList<WeeklyPattern> weeklyPatterns() const { return m_patterns; }
    QList<Holiday> holidays() const { return m_holidays; }

private:
    WorkingCalendar() = default;
    void rebuildIndex();
    static bool inScope(QStringView ruleScope, QStringView provinceCode);

    QString m_source;
    QStringList m_notes;
    QPair<int, int> m_covered{0, 0};
    QList<WeeklyPattern> m_patterns; // sorted by effectiveFrom
    QList<Holiday> m_holidays;       // sorted by date
    QList<Closure> m_closures;       // sorted by date
    QHash<QDate, QList<qsizetype>> m_holidayIndex;
    QHash<QDate, QList<qsizetype>> m_closureIndex;
};

// "working", "half_day", "closed", "holiday", "closure" (the file's words).
QString dayKindKey(DayKind kind);
// Translated, for the UI.
QString dayKindLabel(DayKind kind);

} // namespace pluslife::locale
