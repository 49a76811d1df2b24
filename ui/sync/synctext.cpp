#include "synctext.h"

#include "caseload/displaytext.h"
#include "domain/choices.h"
#include "domain/household.h"
#include "locale/jalali.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pluslife::ui::synctext {

QString errorText(const QString &code)
{
    if (code == u"transport:offline")
        return QCoreApplication::translate(
            "SyncText", "The central window cannot be reached. Work is kept on this computer and "
                        "sent when the connection is back.");
    if (code == u"transport:timeout")
        return QCoreApplication::translate(
            "SyncText", "The central window did not answer in time; sync tries again later.");
    if (code == u"transport:tls")
        return QCoreApplication::translate("SyncText",
                                           "The central window's certificate is not trusted.");
    if (code == u"device-revoked")
        return QCoreApplication::translate(
            "SyncText", "This computer was disconnected from the central window by its "
                        "administrator; unsynced work is kept — ask your manager to export it.");
    if (code == u"protocol-unsupported")
        return QCoreApplication::translate(
            "SyncText", "The central window speaks another version: please update PlusLife Desk.");
    if (code == u"unauthenticated")
        return QCoreApplication::translate(
            "SyncText", "The central window does not recognise this computer: enrol this computer "
                        "again.");
    if (code == u"reset-required")
        return QCoreApplication::translate(
            "SyncText", "The central window was restored from a backup. This computer downloads "
                        "the center's files again; unsynced work is kept.");
    if (code == u"not-enrolled")
        return QCoreApplication::translate(
            "SyncText", "This computer is not connected to a central window yet.");
    if (code == u"enrolment-code-invalid")
        return QCoreApplication::translate(
            "SyncText", "The enrolment code is unknown, already used or expired. Ask the central "
                        "window's administrator for a new one.");
    // The engine's own codes (engineinternal.h).
    if (code == u"enrolled-elsewhere")
        return QCoreApplication::translate(
            "SyncText", "The files on this computer already sync with another center; they "
                        "cannot be connected to this one.");
    if (code == u"server-changed" || code == u"center-changed")
        return QCoreApplication::translate(
            "SyncText", "Another central window or center answers at this address, so sync has "
                        "stopped. Unsynced work is kept; ask your manager.");
    if (code == u"keychain")
        return QCoreApplication::translate(
            "SyncText", "The sync credentials cannot be read from this computer's keychain.");
    if (code == u"store")
        return QCoreApplication::translate(
            "SyncText", "The files on this computer could not be read or written during sync; it "
                        "tries again later.");
    return QCoreApplication::translate("SyncText", "Sync failed: %1").arg(code);
}

QString rejectionText(const QString &code)
{
    if (code == u"immutable")
        return QCoreApplication::translate(
            "SyncText", "This kind of record cannot be changed once it has been sent.");
    if (code == u"illegal-transition")
        return QCoreApplication::translate(
            "SyncText", "The central window refused this status change (the referral has moved "
                        "on there).");
    if (code == u"out-of-scope")
        return QCoreApplication::translate("SyncText", "The record belongs to another center.");
    if (code == u"invalid-field")
        return QCoreApplication::translate("SyncText",
                                           "The central window refused a value of this record.");
    if (code == u"unknown-entity")
        return QCoreApplication::translate("SyncText",
                                           "The central window does not know this kind of record.");
    return code;
}

QString entityText(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {u"worker"_s, QT_TRANSLATE_NOOP("SyncText", "worker")},
        {u"person"_s, QT_TRANSLATE_NOOP("SyncText", "person")},
        {u"household"_s, QT_TRANSLATE_NOOP("SyncText", "household")},
        {u"membership"_s, QT_TRANSLATE_NOOP("SyncText", "household member")},
        {u"request"_s, QT_TRANSLATE_NOOP("SyncText", "request")},
        {u"timeline_event"_s, QT_TRANSLATE_NOOP("SyncText", "timeline entry")},
        {u"visit"_s, QT_TRANSLATE_NOOP("SyncText", "home visit")},
        {u"document"_s, QT_TRANSLATE_NOOP("SyncText", "document")},
        {u"note"_s, QT_TRANSLATE_NOOP("SyncText", "note")},
        {u"form_version"_s, QT_TRANSLATE_NOOP("SyncText", "form")},
        {u"form_submission"_s, QT_TRANSLATE_NOOP("SyncText", "filled form")},
        {u"referral"_s, QT_TRANSLATE_NOOP("SyncText", "referral")},
        {u"referral_destination"_s, QT_TRANSLATE_NOOP("SyncText", "referral agency")},
        {u"referral_event"_s, QT_TRANSLATE_NOOP("SyncText", "referral step")},
        {u"followup_task"_s, QT_TRANSLATE_NOOP("SyncText", "follow-up task")},
        {u"needs_score"_s, QT_TRANSLATE_NOOP("SyncText", "needs score")},
        {u"support_plan"_s, QT_TRANSLATE_NOOP("SyncText", "support plan")},
        {u"support_plan_item"_s, QT_TRANSLATE_NOOP("SyncText", "support plan service")},
        {u"screening_result"_s, QT_TRANSLATE_NOOP("SyncText", "screening result")},
        {u"inquiry"_s, QT_TRANSLATE_NOOP("SyncText", "national code inquiry")},
        {u"sms_request"_s, QT_TRANSLATE_NOOP("SyncText", "text message")},
        {u"sync_conflict"_s, QT_TRANSLATE_NOOP("SyncText", "conflict decision")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : QCoreApplication::translate("SyncText", it.value());
}

QString actionText(const QString &action)
{
    if (action == u"upsert")
        return QCoreApplication::translate("SyncText", "change");
    if (action == u"delete")
        return QCoreApplication::translate("SyncText", "removal");
    if (action == u"resolve")
        return QCoreApplication::translate("SyncText", "conflict decision");
    return action;
}

QString stateText(const QString &state)
{
    if (state == u"pending")
        return QCoreApplication::translate("SyncText", "waiting to be sent");
    if (state == u"quarantined")
        return QCoreApplication::translate("SyncText", "refused by the central window");
    return state;
}

QString conflictKindText(const QString &kind)
{
    if (kind == u"held")
        return QCoreApplication::translate("SyncText", "needs your decision");
    if (kind == u"both-kept")
        return QCoreApplication::translate("SyncText", "both values kept");
    if (kind == u"merged")
        return QCoreApplication::translate("SyncText", "merged automatically");
    if (kind == u"tombstone-lost")
        return QCoreApplication::translate("SyncText", "removed here, changed elsewhere");
    return kind;
}

QString conflictKindHelp(const QString &kind)
{
    if (kind == u"held")
        return QCoreApplication::translate(
            "SyncText", "An identifying detail was changed here and at another computer. The "
                        "central keeps its value until you choose.");
    if (kind == u"both-kept")
        return QCoreApplication::translate(
            "SyncText", "This detail was changed here and at another computer. The central's "
                        "value is in use; yours is kept until you choose.");
    if (kind == u"merged")
        return QCoreApplication::translate(
            "SyncText", "Different details of this record were changed here and elsewhere; both "
                        "changes were kept. Nothing to decide.");
    if (kind == u"tombstone-lost")
        return QCoreApplication::translate(
            "SyncText", "This record was removed here but changed at another computer, so it was "
                        "not removed.");
    return {};
}

bool isDateField(const QString &field)
{
    return field.endsWith(u"_date") || field.endsWith(u"_on");
}

QString progressText(const QString &phase, qint64 done, qint64 total, const QLocale &locale)
{
    const QString d = locale.toString(done);
    const QString t = locale.toString(total);
    if (phase == u"push")
        return QCoreApplication::translate("SyncText", "Sending changes %1/%2").arg(d, t);
    if (phase == u"pull")
        return QCoreApplication::translate("SyncText", "Receiving changes %1/%2").arg(d, t);
    if (phase == u"upload") // bytes of one file
        return QCoreApplication::translate("SyncText", "Sending a file: %1%")
            .arg(locale.toString(total > 0 ? done * 100 / total : 0));
    if (phase == u"download")
        return QCoreApplication::translate("SyncText", "Receiving files %1/%2").arg(d, t);
    return QCoreApplication::translate("SyncText", "Syncing %1/%2").arg(d, t);
}

QString valueText(const QString &field, const QJsonValue &value, const QLocale &locale)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QCoreApplication::translate("SyncText", "(empty)");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("SyncText", "yes")
                              : QCoreApplication::translate("SyncText", "no");
    if (value.isDouble())
        return locale.toString(value.toDouble(), 'f', value.toDouble() == value.toInt() ? 0 : 2);
    if (value.isObject() || value.isArray()) {
        const QJsonDocument doc =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    const QString text = value.toString();
    if (isDateField(field)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? locale::formatJalaliDate(date, locale) : text;
    }
    if (field == u"sex")
        return domain::sexDisplayName(text);
    if (field == u"relation")
        return domain::relationDisplayName(text);
    if (field == u"status")
        return domain::householdStatusDisplayName(text);
    if (field == u"file_number")
        return fileNumberText(text, locale);
    if (field == u"national_code" || field == u"mobile" || field == u"landline" ||
        field == u"postal_code")
        return numberText(text, locale);
    static const QHash<QString, domain::Choice> choices = {
        {u"marital_status"_s, domain::Choice::MaritalStatus},
        {u"education"_s, domain::Choice::Education},
        {u"insurance"_s, domain::Choice::Insurance},
        {u"disability_type"_s, domain::Choice::DisabilityType},
        {u"disability_severity"_s, domain::Choice::DisabilitySeverity},
        {u"housing"_s, domain::Choice::Housing},
        {u"priority"_s, domain::Choice::Priority},
    };
    if (const auto it = choices.constFind(field); it != choices.cend())
        return domain::choiceDisplayName(it.value(), text);
    return text;
}

} // namespace pluslife::ui::synctext
