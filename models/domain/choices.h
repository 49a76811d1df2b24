#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pluslife::domain {

// The closed lists of a person's and a household's details. The store keeps the stable key;
// screens show the translated name. Intake, the CSV import and the demo data all use these keys
// (relation and file status keys live in household.h).
enum class Choice {
    MaritalStatus,
    Education,
    Insurance,
    DisabilityType,
    DisabilitySeverity,
    Housing,
    Channel,  // how a request came in
    Priority, // the needs band of a file (computed by the needs ranking, issue 5)
};

QStringList choiceKeys(Choice choice);
// The translated name of a key; the key itself when it is not one of the list (data typed
// elsewhere), an empty string for an empty key.
QString choiceDisplayName(Choice choice, const QString &key);
// Every key with its translated name, in the list's order.
QList<QPair<QString, QString>> choiceItems(Choice choice);

} // namespace pluslife::domain
