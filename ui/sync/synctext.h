#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

// Words for what sync shows: error codes, kinds of records, fields, conflict kinds and what is
// moving. Codes and column names never reach the screen raw unless nothing better is known.
namespace pluslife::ui::synctext {

// The sentence for a cycle's or an enrolment's error code (protocol or transport:<kind>).
QString errorText(const QString &code);
// Why the central refused one operation (outbox view).
QString rejectionText(const QString &code);
// "household", "person", ... in words.
QString entityText(const QString &entity);
QString actionText(const QString &action);
QString stateText(const QString &state);
// merged, both-kept, held, tombstone-lost: a short name and what it means for the worker.
QString conflictKindText(const QString &kind);
QString conflictKindHelp(const QString &kind);
// A column of a synced record in words; the column name itself when it is not known.
QString fieldText(const QString &field);
// A field's value as the worker reads it: dates in Jalali, sex in words, digits of the locale.
QString valueText(const QString &field, const QJsonValue &value, const QLocale &locale);
// Fields that hold a day (yyyy-MM-dd on the wire).
bool isDateField(const QString &field);
// "Sending changes 120/1000", "Receiving files 3/10", "Sending a file: 45%" (upload counts
// bytes of one file).
QString progressText(const QString &phase, qint64 done, qint64 total, const QLocale &locale);

} // namespace pluslife::ui::synctext
