#pragma once

#include "household.h"

#include <QString>
#include <QStringList>

// The case fields a form may write (issue 4): the vocabulary of `entities:saveto` on an XForms
// <bind>. A submitted form's answers to these binds update the household file or a person in
// it, in the same transaction as the submission. Values arrive as the form stores them: choice
// keys, ASCII digits, selects as space-separated keys.
//
//   household.housing          a Choice::Housing key
//   household.monthly_rent     a whole number, 0 or more (rials)
//   household.income_sources   space-separated keys (stored as a list)
//   person.marital_status      a Choice::MaritalStatus key
//   person.education           a Choice::Education key
//   person.disability_type     a Choice::DisabilityType key
//   person.disability_severity a Choice::DisabilitySeverity key
//   person.insurance           a Choice::Insurance key
//   person.occupation          text
//   person.chronic_illness     text
//   person.mobile              a mobile number (locale/validators.h), stored as 09… digits
//   person.landline            a telephone number, stored as ASCII digits
//
// Who a person is (national code, names, birth date, sex, death) is never written by a form:
// those critical fields are changed only on the household file, where a change is reviewed.
// An empty value clears the field.
namespace pluslife::domain {

bool isCaseField(const QString &field);
bool isHouseholdCaseField(const QString &field);
bool isPersonCaseField(const QString &field);
// person.national_code, person.first_name, person.last_name, person.father_name,
// person.birth_date, person.sex, person.died_on.
bool isCriticalField(const QString &field);
QStringList caseFieldKeys();
QStringList criticalFieldKeys();
// The translated name of a field, for messages and the file's history; the key itself when it
// is not a case field.
QString caseFieldDisplayName(const QString &field);

// Empty when `value` is acceptable for `field`, else a translated sentence naming the field.
// `normalized` receives the value as it is stored (digits made ASCII, text trimmed).
QString validateCaseField(const QString &field, const QString &value,
                          QString *normalized = nullptr);

// Write one field. False (and the translated reason in `error`) when the field is not one of
// the household's (or the person's) case fields or the value is not acceptable; nothing is
// changed then.
bool applyToHousehold(Household &household, const QString &field, const QString &value,
                      QString *error = nullptr);
bool applyToPerson(Person &person, const QString &field, const QString &value,
                   QString *error = nullptr);

// The current value of a household's or a person's case field, as a form would write it
// ("" when empty or not one of their fields): to show it, or to tell whether a form changed it.
QString caseFieldValue(const Household &household, const QString &field);
QString caseFieldValue(const Person &person, const QString &field);

} // namespace pluslife::domain
