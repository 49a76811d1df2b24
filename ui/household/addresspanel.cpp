#include "addresspanel.h"

#include "caseload/displaytext.h"
#include "common/wrappedlabel.h"
#include "intake/choicekeys.h"
#include "locale/digits.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

AddressPanel::AddressPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"addressPanel"_s);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    m_place = addRow(form, tr("Place:"), u"addressPlaceValue"_s);
    m_street = addRow(form, tr("Street:"), u"addressStreetValue"_s);
    m_postalCode = addRow(form, tr("Postal code:"), u"postalCodeValue"_s);
    m_housing = addRow(form, tr("Housing:"), u"housingValue"_s);
    m_income = addRow(form, tr("Income sources:"), u"incomeValue"_s);
}

QLabel *AddressPanel::addRow(QFormLayout *form, const QString &label, const QString &name)
{
    QLabel *value = makeWrappedLabel(QString(), this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void AddressPanel::setHousehold(const domain::Household &household)
{
    const QLocale loc = locale();
    const domain::Address &a = household.address;
    QStringList place;
    for (const QString &part : {a.province, a.county, a.city, a.neighbourhood}) {
        if (!part.isEmpty())
            place << part;
    }
    const QString separator = tr(", ");
    m_place->setText(place.join(separator));
    m_street->setText(a.street);
    m_postalCode->setText(numberText(a.postalCode, loc));
    QString housing = choiceDisplayName(Choice::Housing, household.housing);
    if (household.housing == QLatin1String("tenant") && household.monthlyRent > 0) {
        housing = tr("%1, monthly rent %2 rials")
                      .arg(housing, loc.toString(qlonglong(household.monthlyRent)));
    }
    m_housing->setText(housing);
    m_income->setText(household.incomeSources.join(separator));
}

} // namespace pluslife::ui
