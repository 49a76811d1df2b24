#pragma once

#include "domain/choices.h"

#include <QString>

class QComboBox;

namespace pluslife::ui {

using domain::Choice;
using domain::choiceDisplayName;
using domain::choiceKeys;

// Fills a combo with the translated names, the keys as item data. With `notRecorded`, the first
// item (empty key) stands for "not recorded".
void fillChoiceCombo(QComboBox *combo, Choice choice, bool notRecorded);
// Selects the item of `key`; an unknown key is added so nothing typed elsewhere is lost.
void selectChoice(QComboBox *combo, const QString &key);
QString chosenKey(const QComboBox *combo);

} // namespace pluslife::ui
