#pragma once

#include <QString>
#include <QStringList>

class QComboBox;

namespace pluslife::ui {

// The closed lists of the intake and person forms. The store keeps the stable key; the UI shows
// the translated name. (Relation and file status keys live in domain/household.h.)
enum class Choice {
    MaritalStatus,
    Education,
    Insurance,
    DisabilityType,
    DisabilitySeverity,
    Housing,
    Channel, // how a request came in
};

QStringList choiceKeys(Choice choice);
// The translated name of a key; the key itself when it is not one of the list (data typed
// elsewhere), an empty string for an empty key.
QString choiceDisplayName(Choice choice, const QString &key);

// Fills a combo with the translated names, the keys as item data. With `notRecorded`, the first
// item (empty key) stands for "not recorded".
void fillChoiceCombo(QComboBox *combo, Choice choice, bool notRecorded);
// Selects the item of `key`; an unknown key is added so nothing typed elsewhere is lost.
void selectChoice(QComboBox *combo, const QString &key);
QString chosenKey(const QComboBox *combo);

} // namespace pluslife::ui
