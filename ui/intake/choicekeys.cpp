#include "choicekeys.h"

#include <QComboBox>
#include <QCoreApplication>

namespace pluslife::ui {

void fillChoiceCombo(QComboBox *combo, Choice choice, bool notRecorded)
{
    combo->clear();
    if (notRecorded)
        combo->addItem(QCoreApplication::translate("Choices", "Not recorded"), QString());
    for (const auto &[key, name] : domain::choiceItems(choice))
        combo->addItem(name, key);
}

void selectChoice(QComboBox *combo, const QString &key)
{
    int index = combo->findData(key);
    if (index < 0 && !key.isEmpty()) {
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
}

QString chosenKey(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace pluslife::ui
