#include "timelinetext.h"

#include "domain/household.h"
#include "domain/needsrules.h"
#include "domain/referral.h"
#include "intake/choicekeys.h"
#include "locale/digits.h"
#include "locale/jalali.h"

#include <QCoreApplication>

namespace pluslife::ui {
namespace {

QString personName(const TimelineNames &names, const QVariant &id)
{
    return names.people.value(id.toLongLong(),
                              QCoreApplication::translate("Timeline", "a former member"));
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
        return QCoreApplication::translate("Timeline",
                                           "The household file was opened (%1, %2 members).")
            .arg(choiceDisplayName(Choice::Channel, d.value(QStringLiteral("channel")).toString()),
                 QLocale().toString(d.value(QStringLiteral("members")).toInt()));
    }
    if (kind == QLatin1String("member.added")) {
        return QCoreApplication::translate("Timeline", "A member was added: %1 (%2).")
            .arg(personName(names, d.value(QStringLiteral("person"))),
                 domain::relationDisplayName(d.value(QStringLiteral("relation")).toString()));
    }
    if (kind == QLatin1String("member.updated"))
        return QCoreApplication::translate("Timeline", "The details of %1 were changed.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.left"))
        return QCoreApplication::translate("Timeline", "%1 left the household.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.died"))
        return QCoreApplication::translate("Timeline", "%1 died.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.moved_out"))
        return QCoreApplication::translate("Timeline", "%1 moved to another household file.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("member.moved_in"))
        return QCoreApplication::translate("Timeline", "%1 moved in from another household file.")
            .arg(personName(names, d.value(QStringLiteral("person"))));
    if (kind == QLatin1String("head.changed"))
        return QCoreApplication::translate("Timeline", "%1 became the head of household.")
            .arg(personName(names, d.value(QStringLiteral("to"))));
    if (kind == QLatin1String("status.changed")) {
        return QCoreApplication::translate("Timeline", "The file status changed from %1 to %2.")
            .arg(domain::householdStatusDisplayName(d.value(QStringLiteral("from")).toString()),
                 domain::householdStatusDisplayName(d.value(QStringLiteral("to")).toString()));
    }
    if (kind == QLatin1String("file.merged"))
        return QCoreApplication::translate("Timeline",
                                           "A duplicate file was merged into this file.");
    if (kind == QLatin1String("file.merged_into"))
        return QCoreApplication::translate(
            "Timeline", "This file was merged into another file as a duplicate.");
    if (kind == QLatin1String("file.split"))
        return QCoreApplication::translate("Timeline",
                                           "Some members left this file for a new household file.");
    if (kind == QLatin1String("file.split_from"))
        return QCoreApplication::translate("Timeline",
                                           "This file was split off from another household file.");
    if (kind == QLatin1String("member.relation"))
        return QCoreApplication::translate("Timeline", "%1 is recorded as: %2.")
            .arg(personName(names, d.value(QStringLiteral("person"))),
                 domain::relationDisplayName(d.value(QStringLiteral("relation")).toString()));
    if (kind == QLatin1String("file.assigned"))
        return d.value(QStringLiteral("to")).toLongLong() == 0
                   ? QCoreApplication::translate("Timeline",
                                                 "The file went to the unassigned queue.")
                   : QCoreApplication::translate("Timeline", "The file was assigned to %1.")
                         .arg(names.workers.value(
                             d.value(QStringLiteral("to")).toLongLong(),
                             QCoreApplication::translate("Timeline", "another worker")));
    if (kind.startsWith(QLatin1String("visit."))) {
        const QString day = locale::formatJalaliDate(
            QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate), QLocale());
        if (kind == QLatin1String("visit.planned"))
            return QCoreApplication::translate("Timeline", "A home visit was planned for %1.")
                .arg(day);
        if (kind == QLatin1String("visit.rescheduled"))
            return QCoreApplication::translate("Timeline", "The home visit of %1 was moved.")
                .arg(day);
        if (kind == QLatin1String("visit.cancelled"))
            return QCoreApplication::translate("Timeline", "The home visit of %1 was cancelled.")
                .arg(day);
        if (kind == QLatin1String("visit.done"))
            return QCoreApplication::translate("Timeline", "The home visit of %1 took place.")
                .arg(day);
    }
    if (kind.startsWith(QLatin1String("referral."))) {
        const QString tracking =
            locale::localizeDigits(d.value(QStringLiteral("tracking")).toString(), QLocale());
        const QString priority = QLocale().toString(d.value(QStringLiteral("priority")).toInt());
        if (kind == QLatin1String("referral.created"))
            return QCoreApplication::translate("Timeline", "Referral %1 was written (%2).")
                .arg(tracking,
                     domain::referralKindName(d.value(QStringLiteral("kind")).toString()));
        if (kind == QLatin1String("referral.sent"))
            return QCoreApplication::translate("Timeline", "Referral %1 was sent to priority %2.")
                .arg(tracking, priority);
        if (kind == QLatin1String("referral.accepted"))
            return QCoreApplication::translate("Timeline",
                                               "Referral %1 was accepted by priority %2.")
                .arg(tracking, priority);
        if (kind == QLatin1String("referral.rejected"))
            return QCoreApplication::translate("Timeline",
                                               "Referral %1 was refused by priority %2.")
                .arg(tracking, priority);
        if (kind == QLatin1String("referral.forwarded"))
            return QCoreApplication::translate("Timeline", "Referral %1 went on to priority %2.")
                .arg(tracking, priority);
        if (kind == QLatin1String("referral.exhausted"))
            return QCoreApplication::translate("Timeline",
                                               "Referral %1 was refused by every priority.")
                .arg(tracking);
        if (kind == QLatin1String("referral.completed"))
            return QCoreApplication::translate("Timeline", "Referral %1 was completed.")
                .arg(tracking);
        if (kind == QLatin1String("referral.cancelled"))
            return QCoreApplication::translate("Timeline", "Referral %1 was cancelled.")
                .arg(tracking);
        if (kind == QLatin1String("referral.due_changed"))
            return QCoreApplication::translate("Timeline", "Referral %1 is now due on %2.")
                .arg(tracking,
                     locale::formatJalaliDate(
                         QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate),
                         QLocale()));
    }
    if (kind == QLatin1String("task.created"))
        return QCoreApplication::translate("Timeline", "A follow-up task was set for %1.")
            .arg(locale::formatJalaliDate(
                QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate),
                QLocale()));
    if (kind == QLatin1String("task.done"))
        return QCoreApplication::translate("Timeline", "A follow-up task was done.");
    if (kind == QLatin1String("task.cancelled"))
        return QCoreApplication::translate("Timeline", "A follow-up task was cancelled.");
    if (kind == QLatin1String("document.added"))
        return QCoreApplication::translate("Timeline", "A document was attached.");
    if (kind == QLatin1String("document.checked"))
        return QCoreApplication::translate("Timeline", "A document was checked.");
    if (kind == QLatin1String("document.verified"))
        return QCoreApplication::translate("Timeline", "A document was verified.");
    if (kind == QLatin1String("needs.scored"))
        return QCoreApplication::translate("Timeline",
                                           "Needs were assessed: score %1, %2 (rules %3).")
            .arg(QLocale().toString(d.value(QStringLiteral("score")).toInt()),
                 choiceDisplayName(Choice::Priority, d.value(QStringLiteral("band")).toString()),
                 locale::localizeDigits(d.value(QStringLiteral("rules")).toString(), QLocale()));
    if (kind == QLatin1String("needs.overridden"))
        return QCoreApplication::translate("Timeline",
                                           "The needs band was set to %1 over the computed %2: "
                                           "%3")
            .arg(
                choiceDisplayName(Choice::Priority, d.value(QStringLiteral("band")).toString()),
                choiceDisplayName(Choice::Priority, d.value(QStringLiteral("computed")).toString()),
                d.value(QStringLiteral("reason")).toString());
    if (kind.startsWith(QLatin1String("plan."))) {
        const QString service = domain::ServiceCatalog::shipped()->displayName(
            d.value(QStringLiteral("service")).toString());
        if (kind == QLatin1String("plan.proposed"))
            return QCoreApplication::translate("Timeline",
                                               "A support plan was proposed with %1 services.")
                .arg(QLocale().toString(d.value(QStringLiteral("items")).toInt()));
        if (kind == QLatin1String("plan.item_added"))
            return QCoreApplication::translate("Timeline", "Added to the support plan: %1.")
                .arg(service);
        if (kind == QLatin1String("plan.item_accepted"))
            return QCoreApplication::translate("Timeline", "Accepted in the support plan: %1.")
                .arg(service);
        if (kind == QLatin1String("plan.item_removed"))
            return QCoreApplication::translate("Timeline", "Removed from the support plan: %1.")
                .arg(service);
        if (kind == QLatin1String("plan.approved"))
            return QCoreApplication::translate("Timeline",
                                               "The center manager approved the support plan.");
    }
    if (kind == QLatin1String("note.added"))
        return QCoreApplication::translate("Timeline", "A note was written.");
    if (kind == QLatin1String("note.corrected"))
        return QCoreApplication::translate("Timeline", "A note was corrected.");
    return QCoreApplication::translate("Timeline", "The file was changed.");
}

} // namespace pluslife::ui
