// synctext::fieldText: the columns of the records a worker can be asked about in the conflict
// inbox (people and households first), in words.
#include "synctext.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pluslife::ui::synctext {

QString fieldText(const QString &field)
{
    static const QHash<QString, const char *> names = {
        // people
        {u"national_code"_s, QT_TRANSLATE_NOOP("SyncText", "National code")},
        {u"first_name"_s, QT_TRANSLATE_NOOP("SyncText", "First name")},
        {u"last_name"_s, QT_TRANSLATE_NOOP("SyncText", "Last name")},
        {u"father_name"_s, QT_TRANSLATE_NOOP("SyncText", "Father's name")},
        {u"sex"_s, QT_TRANSLATE_NOOP("SyncText", "Sex")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("SyncText", "Birth date")},
        {u"marital_status"_s, QT_TRANSLATE_NOOP("SyncText", "Marital status")},
        {u"education"_s, QT_TRANSLATE_NOOP("SyncText", "Education")},
        {u"occupation"_s, QT_TRANSLATE_NOOP("SyncText", "Occupation")},
        {u"disability_type"_s, QT_TRANSLATE_NOOP("SyncText", "Disability")},
        {u"disability_severity"_s, QT_TRANSLATE_NOOP("SyncText", "Disability severity")},
        {u"chronic_illness"_s, QT_TRANSLATE_NOOP("SyncText", "Chronic illness")},
        {u"insurance"_s, QT_TRANSLATE_NOOP("SyncText", "Insurance")},
        {u"mobile"_s, QT_TRANSLATE_NOOP("SyncText", "Mobile")},
        {u"landline"_s, QT_TRANSLATE_NOOP("SyncText", "Landline")},
        {u"died_on"_s, QT_TRANSLATE_NOOP("SyncText", "Date of death")},
        // households
        {u"file_number"_s, QT_TRANSLATE_NOOP("SyncText", "File number")},
        {u"head_person_id"_s, QT_TRANSLATE_NOOP("SyncText", "Head of household")},
        {u"status"_s, QT_TRANSLATE_NOOP("SyncText", "Status")},
        {u"status_reason"_s, QT_TRANSLATE_NOOP("SyncText", "Reason for the status")},
        {u"priority"_s, QT_TRANSLATE_NOOP("SyncText", "Priority")},
        {u"worker_id"_s, QT_TRANSLATE_NOOP("SyncText", "Social worker")},
        {u"province"_s, QT_TRANSLATE_NOOP("SyncText", "Province")},
        {u"county"_s, QT_TRANSLATE_NOOP("SyncText", "County")},
        {u"city"_s, QT_TRANSLATE_NOOP("SyncText", "City")},
        {u"neighbourhood"_s, QT_TRANSLATE_NOOP("SyncText", "Neighbourhood")},
        {u"street"_s, QT_TRANSLATE_NOOP("SyncText", "Street and house")},
        {u"postal_code"_s, QT_TRANSLATE_NOOP("SyncText", "Postal code")},
        {u"housing"_s, QT_TRANSLATE_NOOP("SyncText", "Housing")},
        {u"monthly_rent"_s, QT_TRANSLATE_NOOP("SyncText", "Monthly rent")},
        {u"income_sources"_s, QT_TRANSLATE_NOOP("SyncText", "Sources of income")},
        // members, visits, tasks
        {u"relation"_s, QT_TRANSLATE_NOOP("SyncText", "Relation to the head")},
        {u"joined_on"_s, QT_TRANSLATE_NOOP("SyncText", "Member since")},
        {u"left_on"_s, QT_TRANSLATE_NOOP("SyncText", "Left on")},
        {u"left_reason"_s, QT_TRANSLATE_NOOP("SyncText", "Reason for leaving")},
        {u"planned_date"_s, QT_TRANSLATE_NOOP("SyncText", "Planned date")},
        {u"planned_time"_s, QT_TRANSLATE_NOOP("SyncText", "Planned time")},
        {u"purpose"_s, QT_TRANSLATE_NOOP("SyncText", "Purpose")},
        {u"due_date"_s, QT_TRANSLATE_NOOP("SyncText", "Due date")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : QCoreApplication::translate("SyncText", it.value());
}

} // namespace pluslife::ui::synctext
