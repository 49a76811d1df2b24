#include "summaryhtml.h"

#include "householdsummarydocument.h"

#include "intake/choicekeys.h"
#include "locale/digits.h"
#include "locale/jalali.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Left-to-right isolate: a code or number keeps its order inside right-to-left text.
QString ltr(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

QString digits(const QString &ascii, const QLocale &locale)
{
    return ltr(locale::localizeDigits(ascii, locale));
}

QString notRecorded()
{
    return HouseholdSummaryDocument::tr("not recorded");
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? notRecorded() : text;
}

// Table rows mirror in right-to-left text: the first column goes to the right edge.
QString row(QStringList cells, const QString &tag, bool rtl)
{
    if (rtl)
        std::reverse(cells.begin(), cells.end());
    QString html = u"<tr>"_s;
    for (const QString &cell : std::as_const(cells))
        html += u"<%1 align=\"%2\">%3</%1>"_s.arg(tag, rtl ? u"right"_s : u"left"_s, esc(cell));
    return html + u"</tr>"_s;
}

// One "label: value" line of the file's details (both escaped here).
QString field(const QString &label, const QString &value, bool rtl)
{
    const QString align = rtl ? u"right"_s : u"left"_s;
    const QString labelCell =
        u"<td class=\"label\" width=\"22%\" align=\"%1\">%2</td>"_s.arg(align, esc(label));
    const QString valueCell = u"<td align=\"%1\">%2</td>"_s.arg(align, esc(value));
    return u"<tr>"_s + (rtl ? valueCell + labelCell : labelCell + valueCell) + u"</tr>"_s;
}

QString addressText(const domain::Address &a, const QLocale &locale)
{
    QStringList parts;
    for (const QString &part : {a.province, a.county, a.city, a.neighbourhood, a.street}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    if (!a.postalCode.isEmpty())
        parts << HouseholdSummaryDocument::tr("postal code %1").arg(digits(a.postalCode, locale));
    return orNotRecorded(parts.join(HouseholdSummaryDocument::tr(", ")));
}

QString housingText(const domain::Household &h, const QLocale &locale)
{
    const QString name = choiceDisplayName(Choice::Housing, h.housing);
    if (h.housing == "tenant"_L1 && h.monthlyRent > 0)
        return HouseholdSummaryDocument::tr("%1 (rent %2 rials a month)")
            .arg(name, locale.toString(h.monthlyRent));
    return orNotRecorded(name);
}

QString statusText(const domain::Household &h)
{
    const QString status = domain::householdStatusDisplayName(h.status);
    if (h.status != "active"_L1 && !h.statusReason.trimmed().isEmpty())
        return HouseholdSummaryDocument::tr("%1 (%2)").arg(status, h.statusReason.trimmed());
    return status;
}

QString membersTable(const SummaryContent &c, const QLocale &locale, bool rtl)
{
    QString html = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    html += row({HouseholdSummaryDocument::tr("#"), HouseholdSummaryDocument::tr("Name"),
                 HouseholdSummaryDocument::tr("Father's name"),
                 HouseholdSummaryDocument::tr("Relation"), HouseholdSummaryDocument::tr("Sex"),
                 HouseholdSummaryDocument::tr("Birth date"),
                 HouseholdSummaryDocument::tr("National code")},
                u"th"_s, rtl);
    int number = 0;
    for (const domain::Member &m : c.members) {
        const domain::Person &p = m.person;
        html += row({locale.toString(++number), p.fullName(), p.fatherName,
                     domain::relationDisplayName(m.relation), domain::sexDisplayName(p.sex),
                     locale::formatJalaliDate(p.birthDate, locale), digits(p.nationalCode, locale)},
                    u"td"_s, rtl);
    }
    return html + u"</table>"_s;
}

QString eventsTable(const SummaryContent &c, const QLocale &locale, bool rtl)
{
    if (c.events.isEmpty())
        return u"<p>%1</p>"_s.arg(
            esc(HouseholdSummaryDocument::tr("Nothing has been recorded yet.")));
    QString html = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    html += row({HouseholdSummaryDocument::tr("When"), HouseholdSummaryDocument::tr("What")},
                u"th"_s, rtl);
    for (const storage::TimelineEvent &event : c.events.mid(0, kSummaryEvents))
        html += row({jalaliDateTime(event.atUtc, locale), timelineSentence(event, c.names)},
                    u"td"_s, rtl);
    return html + u"</table>"_s;
}

} // namespace

QString summaryHtml(const SummaryContent &c, const QLocale &locale)
{
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    const QString align = rtl ? u"right"_s : u"left"_s;
    const domain::Household &h = c.household;
    QString html =
        u"<html><head><style>"
        "h1 { font-size: 15pt; margin: 0; } h2 { font-size: 13pt; margin: 10px 0 4px 0; }"
        "h3 { font-size: 11pt; margin: 12px 0 4px 0; }"
        "td, th { font-size: 9.5pt; } th { background-color: #e8e8e8; }"
        "table.grid { border-collapse: collapse; border: 1px solid #888; }"
        "td.label { font-weight: bold; color: #333; }"
        ".note { font-size: 8pt; color: #555; }"
        "</style></head><body>"_s;
    const QString block = u"<p align=\"%1\" dir=\"%2\">"_s.arg(align, rtl ? u"rtl"_s : u"ltr"_s);
    html += u"<h1 align=\"%1\">%2</h1>"_s.arg(align, esc(c.center.name));
    html += block +
            esc(HouseholdSummaryDocument::tr("Center code %1 — %2, %3")
                    .arg(ltr(c.center.code), c.center.province, c.center.county)) +
            u"</p><hr/>"_s;
    html += u"<h2 align=\"%1\">%2</h2>"_s.arg(align,
                                              esc(HouseholdSummaryDocument::tr("Household file")));
    html += u"<table width=\"100%\" cellpadding=\"2\">"_s;
    // The file number exactly as stored (ASCII), so a printed or exported copy can be searched.
    html += field(HouseholdSummaryDocument::tr("File number:"), ltr(h.fileNumber), rtl);
    html += field(HouseholdSummaryDocument::tr("Printed on:"),
                  locale::formatJalaliLong(c.printedAt.date(), locale), rtl);
    html += field(HouseholdSummaryDocument::tr("Status:"), statusText(h), rtl);
    if (!h.priority.isEmpty())
        html += field(HouseholdSummaryDocument::tr("Priority:"), h.priority, rtl);
    html += field(
        HouseholdSummaryDocument::tr("Social worker:"),
        c.workerName.isEmpty() ? HouseholdSummaryDocument::tr("unassigned") : c.workerName, rtl);
    if (h.openedUtc.isValid())
        html += field(HouseholdSummaryDocument::tr("Opened on:"),
                      locale::formatJalaliDate(h.openedUtc.toLocalTime().date(), locale), rtl);
    html += field(HouseholdSummaryDocument::tr("Address:"), addressText(h.address, locale), rtl);
    html += field(HouseholdSummaryDocument::tr("Housing:"), housingText(h, locale), rtl);
    html += u"</table>"_s;
    html += u"<h3 align=\"%1\">%2</h3>"_s.arg(
        align, esc(HouseholdSummaryDocument::tr("Head and members (%1)")
                       .arg(locale.toString(c.members.size()))));
    html += membersTable(c, locale, rtl);
    html += u"<h3 align=\"%1\">%2</h3>"_s.arg(align,
                                              esc(HouseholdSummaryDocument::tr("Latest events")));
    html += eventsTable(c, locale, rtl);
    html += u"<p class=\"note\" align=\"%1\">"_s.arg(align) +
            esc(HouseholdSummaryDocument::tr(
                    "Printed by %1 on %2. Confidential: this page holds personal data of the "
                    "household; keep it in the file and destroy copies.")
                    .arg(c.printedBy, jalaliDateTime(c.printedAt.toUTC(), locale))) +
            u"</p></body></html>"_s;
    return html;
}

} // namespace pluslife::ui
