#include "workingcalendar.h"

#include "jalali.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace pluslife::locale {

namespace {

constexpr QStringView FormatName = u"pluslife-working-calendar";
constexpr int SearchLimitDays = 3660; // ten years without a working day: the data is wrong

// File keys of the weekdays, indexed like WeeklyPattern::days (Monday = 0).
constexpr std::array<QStringView, 7> WeekdayKeys = {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};

std::optional<DayKind> patternKindFromKey(QStringView key)
{
    if (key == u"working") {
        return DayKind::Working;
    }
    if (key == u"half_day") {
        return DayKind::HalfDay;
    }
    if (key == u"closed") {
        return DayKind::Weekend;
    }
    return std::nullopt;
}

QString patternKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QStringLiteral("working");
    case DayKind::HalfDay:
        return QStringLiteral("half_day");
    default:
        return QStringLiteral("closed");
    }
}

// Reads "1405/01/01"-style Jalali dates (any digits).
std::optional<QDate> jalaliField(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        return std::nullopt;
    }
    return parseJalaliDate(v.toString());
}

class Reader {
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        error = QCoreApplication::translate("WorkingCalendar",
                                            "The working calendar file is not valid: %1: %2")
                    .arg(where, what);
        return false;
    }
};

} // namespace

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QStringLiteral("working");
    case DayKind::HalfDay:
        return QStringLiteral("half_day");
    case DayKind::Weekend:
        return QStringLiteral("closed");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::Closure:
        return QStringLiteral("closure");
    }
    return {};
}

QString dayKindLabel(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QCoreApplication::translate("WorkingCalendar", "Working day");
    case DayKind::HalfDay:
        return QCoreApplication::translate("WorkingCalendar", "Half day");
    case DayKind::Weekend:
        return QCoreApplication::translate("WorkingCalendar", "Weekend");
    case DayKind::Holiday:
        return QCoreApplication::translate("WorkingCalendar", "Official holiday");
    case DayKind::Closure:
        return QCoreApplication::translate("WorkingCalendar", "Closed");
    }
    return {};
}

std::optional<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, QString *error)
{
    Reader r;
    WorkingCalendar cal;
    const auto parse = [&]() -> bool {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            r.error = QCoreApplication::translate(
                          "WorkingCalendar",
                          "The working calendar file is not valid JSON: %1 (at character %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
            return false;
        }
        if (!doc.isObject()) {
            return r.fail(
                QStringLiteral("/"),
                QCoreApplication::translate("WorkingCalendar", "the file must hold a JSON object"));
        }
        const QJsonObject root = doc.object();
        if (root.value(u"format").toString() != FormatName) {
            return r.fail(QStringLiteral("format"),
                          QCoreApplication::translate(
                              "WorkingCalendar",
                              "this is not a working calendar file (format must be \"%1\")")
                              .arg(FormatName));
        }
        const QJsonValue version = root.value(u"schema_version");
        if (!version.isDouble() || version.toInt() < 1) {
            return r.fail(
                QStringLiteral("schema_version"),
                QCoreApplication::translate("WorkingCalendar", "missing or not a number"));
        }
        if (version.toInt() > SchemaVersion) {
            return r.fail(QStringLiteral("schema_version"),
                          QCoreApplication::translate(
                              "WorkingCalendar",
                              "version %1 is newer than this application reads (%2); update "
                              "the application")
                              .arg(version.toInt())
                              .arg(SchemaVersion));
        }
        cal.m_source = root.value(u"source").toString();
        for (const QJsonValue &n : root.value(u"notes").toArray()) {
            cal.m_notes.append(n.toString());
        }

        const QJsonObject covered = root.value(u"covered_years").toObject();
        const int fromYear = covered.value(u"from").toInt();
        const int toYear = covered.value(u"to").toInt();
        if (fromYear < 1300 || toYear < fromYear || toYear > 1600) {
            return r.fail(
                QStringLiteral("covered_years"),
                QCoreApplication::translate(
                    "WorkingCalendar", "\"from\" and \"to\" must be Jalali years, from <= to"));
        }
        cal.m_covered = {fromYear, toYear};

        // Weekly patterns.
        const QJsonValue patternsValue = root.value(u"weekly_patterns");
        if (!patternsValue.isArray() || patternsValue.toArray().isEmpty()) {
            return r.fail(
                QStringLiteral("weekly_patterns"),
                QCoreApplication::translate("WorkingCalendar", "at least one pattern is needed"));
        }
        const QJsonArray patterns = patternsValue.toArray();
        bool hasNational = false;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const QString where = QStringLiteral("weekly_patterns[%1]").arg(i);
            const QJsonObject o = patterns.at(i).toObject();
            WeeklyPattern p;
            p.scope = o.value(u"scope").toString();
            if (p.scope.isEmpty()) {
                return r.fail(
                    where, QCoreApplication::translate("WorkingCalendar", "\"scope\" is missing"));
            }
            hasNational = hasNational || p.scope == NationalScope;
            const auto from = jalaliField(o, u"effective_from");
            if (!from) {
                return r.fail(where, QCoreApplication::translate(
                                         "WorkingCalendar",
                                         "\"effective_from\" must be a Jalali date like "
                                         "1403/01/01"));
            }
            p.effectiveFrom = *from;
            const QJsonObject days = o.value(u"days").toObject();
            bool anyWorking = false;
            for (size_t d = 0; d < WeekdayKeys.size(); ++d) {
                const auto kind = patternKindFromKey(days.value(WeekdayKeys[d]).toString());
                if (!kind) {
                    return r.fail(where, QCoreApplication::translate(
                                             "WorkingCalendar",
                                             "\"days\".\"%1\" must be \"working\", \"half_day\" "
                                             "or \"closed\"")
                                             .arg(WeekdayKeys[d]));
                }
                p.days[d] = *kind;
                anyWorking = anyWorking || *kind != DayKind::Weekend;
            }
            if (!anyWorking) {
                return r.fail(where,
                              QCoreApplication::translate("WorkingCalendar",
                                                          "a week needs at least one working day"));
            }
            p.note = o.value(u"note").toString();
            cal.m_patterns.append(p);
        }
        if (!hasNational) {
            return r.fail(QStringLiteral("weekly_patterns"),
                          QCoreApplication::translate(
                              "WorkingCalendar", "a pattern with scope \"national\" is needed"));
        }

        // Official holidays.
        const QJsonValue holidaysValue = root.value(u"holidays");
        if (!holidaysValue.isArray()) {
            return r.fail(QStringLiteral("holidays"),
                          QCoreApplication::translate("WorkingCalendar", "must be a list"));
        }
        const QJsonArray holidays = holidaysValue.toArray();
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            const QString where = QStringLiteral("holidays[%1]").arg(i);
            const QJsonObject o = holidays.at(i).toObject();
            Holiday h;
            const auto date = jalaliField(o, u"date");
            if (!date) {
                return r.fail(where, QCoreApplication::translate(
                                         "WorkingCalendar",
                                         "\"date\" must be a valid Jalali date like 1405/01/01"));
            }
            h.date = *date;
            const int year = jalaliYear(h.date);
            if (year < fromYear || year > toYear) {
                return r.fail(where,
                              QCoreApplication::translate("WorkingCalendar",
                                                          "the date is outside \"covered_years\""));
            }
            if (o.contains(u"gregorian")) {
                const QDate g = QDate::fromString(o.value(u"gregorian").toString(), Qt::ISODate);
                if (g != h.date) {
                    return r.fail(where, QCoreApplication::translate(
                                             "WorkingCalendar",
                                             "\"gregorian\" does not fall on the same day as "
                                             "\"date\""));
                }
            }
            h.nameFa = o.value(u"name_fa").toString();
            h.nameEn = o.value(u"name_en").toString();
            if (h.nameFa.isEmpty() || h.nameEn.isEmpty()) {
                return r.fail(
                    where, QCoreApplication::translate("WorkingCalendar",
                                                       "\"name_fa\" and \"name_en\" are needed"));
            }
            h.scope = o.value(u"scope").toString(NationalScope.toString());
            const QJsonValue lunar = o.value(u"lunar");
            if (!lunar.isUndefined() && !lunar.isBool()) {
                return r.fail(where, QCoreApplication::translate(
                                         "WorkingCalendar", "\"lunar\" must be true or false"));
            }
            h.lunar = lunar.toBool(false);
            h.hijri = o.value(u"hijri").toString();
            h.note = o.value(u"note").toString();
            cal.m_holidays.append(h);
        }

        // Ad-hoc closures.
        const QJsonValue closuresValue = root.value(u"closures");
        if (!closuresValue.isUndefined() && !closuresValue.isArray()) {
            return r.fail(QStringLiteral("closures"),
                          QCoreApplication::translate("WorkingCalendar", "must be a list"));
        }
        const QJsonArray closures = closuresValue.toArray();
        for (qsizetype i = 0; i < closures.size(); ++i) {
            const QString where = QStringLiteral("closures[%1]").arg(i);
            const QJsonObject o = closures.at(i).toObject();
            Closure c;
            const auto date = jalaliField(o, u"date");
            if (!date) {
                return r.fail(where, QCoreApplication::translate(
                                         "WorkingCalendar",
                                         "\"date\" must be a valid Jalali date like 1405/01/01"));
            }
            c.date = *date;
            c.scope = o.value(u"scope").toString();
            if (c.scope.isEmpty()) {
                return r.fail(
                    where, QCoreApplication::translate("WorkingCalendar", "\"scope\" is missing"));
            }
            c.reasonFa = o.value(u"reason_fa").toString();
            c.reasonEn = o.value(u"reason_en").toString();
            if (c.reasonFa.isEmpty() && c.reasonEn.isEmpty()) {
                return r.fail(where, QCoreApplication::translate(
                                         "WorkingCalendar",
                                         "a reason (\"reason_fa\" or \"reason_en\") is needed"));
            }
            cal.m_closures.append(c);
        }
        return true;
    };
    if (!parse()) {
        if (error) {
            *error = r.error;
        }
        return std::nullopt;
    }
    cal.rebuildIndex();
    return cal;
}

QString WorkingCalendar::shippedResourcePath()
{
    return QStringLiteral(":/pluslife/locale/data/holidays-ir.json");
}

WorkingCalendar WorkingCalendar::shipped()
{
    QFile file(shippedResourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The shipped working calendar %s is missing from the resources",
               qPrintable(shippedResourcePath()));
    }
    QString error;
    auto cal = fromJson(file.readAll(), &error);
    if (!cal) {
        qFatal("The shipped working calendar is broken: %s", qPrintable(error));
    }
    return *std::move(cal);
}

QByteArray WorkingCalendar::toJson() const
{
    QJsonObject root;
    root.insert(u"format", FormatName.toString());
    root.insert(u"schema_version", SchemaVersion);
    root.insert(u"source", m_source);
    root.insert(u"notes", QJsonArray::fromStringList(m_notes));
    root.insert(u"covered_years", QJsonObject{{QStringLiteral("from"), m_covered.first},
                                              {QStringLiteral("to"), m_covered.second}});
    QJsonArray patterns;
    for (const WeeklyPattern &p : m_patterns) {
        QJsonObject days;
        for (size_t d = 0; d < WeekdayKeys.size(); ++d) {
            days.insert(WeekdayKeys[d], patternKey(p.days[d]));
        }
        QJsonObject o{{QStringLiteral("scope"), p.scope},
                      {QStringLiteral("effective_from"), formatJalaliDateAscii(p.effectiveFrom)},
                      {QStringLiteral("days"), days}};
        if (!p.note.isEmpty()) {
            o.insert(u"note", p.note);
        }
        patterns.append(o);
    }
    root.insert(u"weekly_patterns", patterns);
    QJsonArray holidays;
    for (const Holiday &h : m_holidays) {
        QJsonObject o{{QStringLiteral("date"), formatJalaliDateAscii(h.date)},
                      {QStringLiteral("gregorian"), h.date.toString(Qt::ISODate)},
                      {QStringLiteral("name_fa"), h.nameFa},
                      {QStringLiteral("name_en"), h.nameEn},
                      {QStringLiteral("lunar"), h.lunar}};
        if (h.scope != NationalScope) {
            o.insert(u"scope", h.scope);
        }
        if (!h.hijri.isEmpty()) {
            o.insert(u"hijri", h.hijri);
        }
        if (!h.note.isEmpty()) {
            o.insert(u"note", h.note);
        }
        holidays.append(o);
    }
    root.insert(u"holidays", holidays);
    QJsonArray closures;
    for (const Closure &c : m_closures) {
        closures.append(QJsonObject{{QStringLiteral("date"), formatJalaliDateAscii(c.date)},
                                    {QStringLiteral("scope"), c.scope},
                                    {QStringLiteral("reason_fa"), c.reasonFa},
                                    {QStringLiteral("reason_en"), c.reasonEn}});
    }
    root.insert(u"closures", closures);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void WorkingCalendar::rebuildIndex()
{
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const WeeklyPattern &a, const WeeklyPattern &b) {
                         return a.effectiveFrom < b.effectiveFrom;
                     });
    std::stable_sort(m_holidays.begin(), m_holidays.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    std::stable_sort(m_closures.begin(), m_closures.end(),
                     [](const Closure &a, const Closure &b) { return a.date < b.date; });
    m_holidayIndex.clear();
    for (qsizetype i = 0; i < m_holidays.size(); ++i) {
        m_holidayIndex[m_holidays[i].date].append(i);
    }
    m_closureIndex.clear();
    for (qsizetype i = 0; i < m_closures.size(); ++i) {
        m_closureIndex[m_closures[i].date].append(i);
    }
}

bool WorkingCalendar::inScope(QStringView ruleScope, QStringView provinceCode)
{
    return ruleScope == NationalScope || ruleScope == LocalScope ||
           (!provinceCode.isEmpty() && ruleScope == provinceCode);
}

const WeeklyPattern &WorkingCalendar::weeklyPatternFor(QDate date, QStringView provinceCode) const
{
    const WeeklyPattern *national = nullptr;
    const WeeklyPattern *province = nullptr;
    const WeeklyPattern *earliestNational = nullptr;
    for (const WeeklyPattern &p : m_patterns) { // sorted by effectiveFrom: the last match wins
        if (p.scope == NationalScope && !earliestNational) {
            earliestNational = &p;
        }
        if (p.effectiveFrom > date) {
            continue;
        }
        if (p.scope == NationalScope) {
            national = &p;
        } else if (!provinceCode.isEmpty() && p.scope == provinceCode) {
            province = &p;
        }
    }
    if (province) {
        return *province;
    }
    // Before every national pattern: the earliest one is the best knowledge there is.
    return national ? *national : *earliestNational;
}

QList<Holiday> WorkingCalendar::holidaysOn(QDate date, QStringView provinceCode) const
{
    QList<Holiday> out;
    for (const qsizetype i : m_holidayIndex.value(date)) {
        if (inScope(m_holidays[i].scope, provinceCode)) {
            out.append(m_holidays[i]);
        }
    }
    return out;
}

QList<Closure> WorkingCalendar::closuresOn(QDate date, QStringView provinceCode) const
{
    QList<Closure> out;
    for (const qsizetype i : m_closureIndex.value(date)) {
        if (inScope(m_closures[i].scope, provinceCode)) {
            out.append(m_closures[i]);
        }
    }
    return out;
}

QList<Holiday> WorkingCalendar::holidaysInJalaliYear(int year, QStringView provinceCode) const
{
    QList<Holiday> out;
    for (const Holiday &h : m_holidays) {
        if (jalaliYear(h.date) == year && inScope(h.scope, provinceCode)) {
            out.append(h);
        }
    }
    return out;
}

DayKind WorkingCalendar::dayKind(QDate date, QStringView provinceCode) const
{
    if (!date.isValid()) {
        return DayKind::Weekend;
    }
    if (!holidaysOn(date, provinceCode).isEmpty()) {
        return DayKind::Holiday;
    }
    if (!closuresOn(date, provinceCode).isEmpty()) {
        return DayKind::Closure;
    }
    return weeklyPatternFor(date, provinceCode).kindOf(date);
}

bool WorkingCalendar::isWorkingDay(QDate date, QStringView provinceCode) const
{
    const DayKind kind = dayKind(date, provinceCode);
    return kind == DayKind::Working || kind == DayKind::HalfDay;
}

QString WorkingCalendar::holidayName(QDate date, const QLocale &locale,
                                     QStringView provinceCode) const
{
    const bool persian = locale.language() == QLocale::Persian;
    QStringList names;
    for (const Holiday &h : holidaysOn(date, provinceCode)) {
        names.append(persian ? h.nameFa : h.nameEn);
    }
    if (names.isEmpty()) {
        for (const Closure &c : closuresOn(date, provinceCode)) {
            const QString reason = persian ? c.reasonFa : c.reasonEn;
            names.append(reason.isEmpty() ? (persian ? c.reasonEn : c.reasonFa) : reason);
        }
    }
    names.removeDuplicates();
    return names.join(persian ? QStringLiteral("؛ ") : QStringLiteral("; "));
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n, QStringView provinceCode) const
{
    if (!from.isValid()) {
        return {};
    }
    const int step = n >= 0 ? 1 : -1;
    int remaining = n >= 0 ? n : -n;
    QDate d = from;
    int sinceLastWorking = 0;
    while (remaining > 0) {
        d = d.addDays(step);
        if (isWorkingDay(d, provinceCode)) {
            --remaining;
            sinceLastWorking = 0;
        } else if (++sinceLastWorking > SearchLimitDays) {
            return {};
        }
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to, QStringView provinceCode) const
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    if (to < from) {
        return -workingDaysBetween(to, from, provinceCode);
    }
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d, provinceCode)) {
            ++count;
        }
    }
    return count;
}

bool WorkingCalendar::coversDate(QDate date) const
{
    const int year = jalaliYear(date);
    return year >= m_covered.first && year <= m_covered.second;
}

void WorkingCalendar::addClosure(const Closure &closure)
{
    if (!closure.date.isValid()) {
        return;
    }
    m_closures.append(closure);
    rebuildIndex();
}

void WorkingCalendar::addClosure(QDate date, const QString &scope, const QString &reasonFa,
                                 const QString &reasonEn)
{
    addClosure(Closure{date, scope.isEmpty() ? LocalScope.toString() : scope, reasonFa, reasonEn});
}

bool WorkingCalendar::removeClosure(QDate date, QStringView scope)
{
    const auto removed =
        m_closures.removeIf([&](const Closure &c) { return c.date == date && c.scope == scope; });
    if (removed > 0) {
        rebuildIndex();
    }
    return removed > 0;
}

} // namespace pluslife::locale
