#include "centerfields.h"

#include "locale/digits.h"
#include "provinces.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

CenterFields::CenterFields(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_county(new QLineEdit(this))
    , m_capacity(new QComboBox(this))
{
    m_code->setObjectName(u"centerCodeEdit"_s);
    m_code->setMaxLength(32);
    m_code->setToolTip(tr("The center's code in the +Life system, as Behzisti issued it."));
    m_name->setObjectName(u"centerNameEdit"_s);
    m_name->setMaxLength(200);
    m_province->setObjectName(u"provinceCombo"_s);
    m_province->setEditable(true);
    m_province->setInsertPolicy(QComboBox::NoInsert);
    m_province->addItems(iranProvinces());
    m_province->setCurrentIndex(-1);
    m_province->lineEdit()->setPlaceholderText(tr("Choose or type the province"));
    m_county->setObjectName(u"countyEdit"_s);
    m_county->setMaxLength(100);
    m_capacity->setObjectName(u"capacityCombo"_s);
    const QLocale locale;
    m_capacity->addItem(tr("Full center: %1 household files")
                            .arg(locale.toString(domain::CenterInfo::kFullCapacity)),
                        domain::CenterInfo::kFullCapacity);
    m_capacity->addItem(tr("Small center: %1 household files")
                            .arg(locale.toString(domain::CenterInfo::kSmallCapacity)),
                        domain::CenterInfo::kSmallCapacity);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Center &code:"), m_code);
    form->addRow(tr("Center &name:"), m_name);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("C&ounty:"), m_county);
    form->addRow(tr("Licensed c&apacity:"), m_capacity);

    for (QLineEdit *edit : {m_code, m_name, m_county})
        connect(edit, &QLineEdit::textEdited, this, &CenterFields::edited);
    connect(m_province, &QComboBox::currentTextChanged, this, &CenterFields::edited);
    connect(m_capacity, &QComboBox::currentIndexChanged, this, &CenterFields::edited);
}

domain::CenterInfo CenterFields::center() const
{
    domain::CenterInfo info;
    info.code = locale::normalizeDigits(m_code->text().trimmed());
    info.name = m_name->text().simplified();
    info.province = m_province->currentText().simplified();
    info.county = m_county->text().simplified();
    info.licensedCapacity = m_capacity->currentData().toInt();
    return info;
}

void CenterFields::setCenter(const domain::CenterInfo &center)
{
    m_code->setText(center.code);
    m_name->setText(center.name);
    m_province->setCurrentText(center.province);
    m_county->setText(center.county);
    selectCapacity(center.licensedCapacity);
}

void CenterFields::selectCapacity(int capacity)
{
    int index = m_capacity->findData(capacity);
    if (index < 0) { // a licence outside the two standard sizes, kept as it is
        m_capacity->addItem(tr("%1 household files").arg(QLocale().toString(capacity)), capacity);
        index = m_capacity->count() - 1;
    }
    m_capacity->setCurrentIndex(index);
}

} // namespace pluslife::ui
