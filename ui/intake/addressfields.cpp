#include "addressfields.h"

#include "choicekeys.h"
#include "locale/digits.h"
#include "setup/provinces.h"
#include "widgets/identityvalidators.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

AddressFields::AddressFields(QWidget *parent)
    : QWidget(parent)
    , m_province(new QComboBox(this))
    , m_county(line(u"countyEdit"_s))
    , m_city(line(u"cityEdit"_s))
    , m_neighbourhood(line(u"neighbourhoodEdit"_s))
    , m_street(line(u"streetEdit"_s))
    , m_postalCode(line(u"postalCodeEdit"_s))
    , m_housing(new QComboBox(this))
    , m_rent(line(u"rentEdit"_s))
    , m_income(line(u"incomeEdit"_s))
{
    m_province->setObjectName(u"provinceCombo"_s);
    m_province->setEditable(true);
    m_province->setInsertPolicy(QComboBox::NoInsert);
    m_province->addItems(iranProvinces());
    m_province->setCurrentIndex(-1);
    m_postalCode->setValidator(new PostalCodeValidator(m_postalCode));
    m_housing->setObjectName(u"housingCombo"_s);
    fillChoiceCombo(m_housing, Choice::Housing, true);
    m_rent->setEnabled(false);
    m_income->setPlaceholderText(tr("e.g. pension, day labour (separate with commas)"));

    auto *place = new QFormLayout;
    place->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    place->addRow(tr("&Province:"), m_province);
    place->addRow(tr("C&ounty:"), m_county);
    place->addRow(tr("City or &village:"), m_city);
    place->addRow(tr("Neig&hbourhood:"), m_neighbourhood);
    auto *rest = new QFormLayout;
    rest->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rest->addRow(tr("S&treet and number:"), m_street);
    rest->addRow(tr("Postal co&de:"), m_postalCode);
    rest->addRow(tr("Hous&ing:"), m_housing);
    rest->addRow(tr("Monthly &rent (rials):"), m_rent);
    rest->addRow(tr("Income so&urces:"), m_income);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(place, 1);
    layout->addSpacing(16);
    layout->addLayout(rest, 1);

    connect(m_housing, &QComboBox::currentIndexChanged, this,
            [this] { m_rent->setEnabled(housing() == QLatin1String("tenant")); });
}

QLineEdit *AddressFields::line(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaxLength(200);
    return edit;
}

domain::Address AddressFields::address() const
{
    return {m_province->currentText().simplified(),
            m_county->text().simplified(),
            m_city->text().simplified(),
            m_neighbourhood->text().simplified(),
            m_street->text().simplified(),
            locale::digitsOnly(m_postalCode->text())};
}

QString AddressFields::housing() const
{
    return chosenKey(m_housing);
}

qint64 AddressFields::monthlyRent() const
{
    if (housing() != QLatin1String("tenant"))
        return 0;
    return locale::normalizeNumber(m_rent->text()).toLongLong();
}

QStringList AddressFields::incomeSources() const
{
    static const QRegularExpression separators(u"[,،;؛]"_s);
    QStringList sources;
    for (const QString &part : m_income->text().split(separators, Qt::SkipEmptyParts)) {
        if (!part.simplified().isEmpty())
            sources << part.simplified();
    }
    return sources;
}

QString AddressFields::problem() const
{
    if (!m_postalCode->text().trimmed().isEmpty()) {
        const auto *validator =
            static_cast<const NumberFieldValidator *>(m_postalCode->validator());
        if (const QString error = validator->errorText(m_postalCode->text()); !error.isEmpty())
            return error;
    }
    if (m_rent->isEnabled() && !m_rent->text().trimmed().isEmpty()) {
        bool ok = false;
        const qint64 rent = locale::normalizeNumber(m_rent->text()).toLongLong(&ok);
        if (!ok || rent < 0)
            return tr("Write the monthly rent as a number of rials.");
    }
    return {};
}

} // namespace pluslife::ui
