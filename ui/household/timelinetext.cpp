#include "timelinetext.h"

#include "domain/household.h"
#include "intake/choicekeys.h"
#include "locale/digits.h"
#include "locale/jalali.h"

#include <QCoreApplication>

namespace pluslife::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Timeline", text);
}

QString personName(const TimelineNames &names, const QVariant &id)
{
    return names.people.value(id.toLongLong(), tr("a former member"));
}

} // namespace

QString jalaliDateTime(const QDateTime &utc, const QLocale &locale)
{
    const QDateTime local = utc.toLocalTime();
    return locale::formatJalaliDate(local.date(), locale) + QLatin1Char(' ') +
           locale::localizeDigits(local.time().toString(QStringLiteral("HH:mm")), locale);
}

QString timelineSentence(const storage::TimelineEvent &event, const TimelineNames &names)
{
    const QVariantMap &d = event.details;
    const QString &kind = event.kind;
    if (kind == QLatin1String("file.opened")) {
        return tr("The household file was opened (%1, %2 members).")
            .arg(choiceDisplayName(Choice::Channel, d.value(QStringLiteral("channel")).toString()),
                 QLocale().toString(d.value(QStringLiteral("members")).toInt()));
    }
    if (kind == QLatin1String("member.added")) {
        return tr("A member was added: %1 (%2).")
            .arg(personName(names, d.value(QStringLiteral("person"))),
                 domain::relationDisplayName(d.value(QStringLiteral("relation")).toString()));
    }
    if (kind == QLatin1String("member.updated"))
        return tr("The details of %1 were changed.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.left"))
        return tr("%1 left the household.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.died"))
        return tr("%1 died.").arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.moved_out"))
        return tr("%1 moved to another household file.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.moved_in"))
        return tr("%1 moved in from another household file.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("head.changed"))
        return tr("%1 became the head of household.")
            .arg(personName(names, d.value(QStringLiteral("to"))));
    if (kind == QLatin1String("status.changed")) {
        return tr("The file status changed from %1 to %2.")
            .arg(domain::householdStatusDisplayName(d.value(QStringLiteral("from")).toString()),
                 domain::householdStatusDisplayName(d.value(QStringLiteral("to")).toString()));
    }
    if (kind == QLatin1String("file.merged"))
        return tr("A duplicate file was merged into this file.");
    if (kind == QLatin1String("file.merged_into"))
        return tr("This file was merged into another file as a duplicate.");
    if (kind == QLatin1String("file.split"))
        return tr("Some members left this file for a new household file.");
    if (kind == QLatin1String("file.split_from"))
        return tr("This file was split off from another household file.");
    return tr("The file was changed.");
}

} // namespace pluslife::ui
