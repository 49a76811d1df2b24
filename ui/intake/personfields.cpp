#include "personfields.h"

#include "birthdateedit.h"
#include "choicekeys.h"
#include "locale/digits.h"
#include "widgets/identityvalidators.h"
#include "widgets/jalalidateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
JalaliDateEdit *makeBirthDateEdit(QWidget *parent)
{
    return new BirthDateEdit(parent);
}

QDate birthDateOf(const JalaliDateEdit *edit)
{
    const auto *birth = qobject_cast<const BirthDateEdit *>(edit);
    return birth ? birth->birthDate() : edit->date();
}

void setBirthDate(JalaliDateEdit *edit, const QDate &date)
{
    if (auto *birth = qobject_cast<BirthDateEdit *>(edit))
        birth->setBirthDate(date);
    else
        edit->setDate(date);
}

PersonFields::PersonFields(const QString &prefix, int options, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
{
    auto *identity = new QFormLayout;
    identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (options & WithNationalCode) {
        m_code = addLine(identity, tr("National &code:"), u"NationalCodeEdit"_s);
        m_code->setValidator(new NationalCodeValidator(m_code));
    }
    m_first = addLine(identity, tr("&First name:"), u"FirstNameEdit"_s);
    m_last = addLine(identity, tr("&Last name:"), u"LastNameEdit"_s);
    m_father = addLine(identity, tr("Father's &name:"), u"FatherNameEdit"_s);
    m_sex = addCombo(identity, tr("&Sex:"), u"SexCombo"_s);
    for (const QString &key : {u"female"_s, u"male"_s})
        m_sex->addItem(domain::sexDisplayName(key), key);
    m_sex->setPlaceholderText(tr("Choose"));
    m_sex->setCurrentIndex(-1);
    m_birth = makeBirthDateEdit(this);
    m_birth->setObjectName(prefix + u"BirthDateEdit"_s);
    identity->addRow(tr("&Birth date:"), m_birth);
    m_mobile = addLine(identity, tr("&Mobile:"), u"MobileEdit"_s);
    m_mobile->setValidator(new MobileValidator(m_mobile));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(identity, 1);
    if (options & WithDetails) {
        auto *details = new QFormLayout;
        details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_marital = addCombo(details, tr("&Marital status:"), u"MaritalCombo"_s);
        fillChoiceCombo(m_marital, Choice::MaritalStatus, true);
        m_education = addCombo(details, tr("&Education:"), u"EducationCombo"_s);
        fillChoiceCombo(m_education, Choice::Education, true);
        m_occupation = addLine(details, tr("&Occupation:"), u"OccupationEdit"_s);
        m_disability = addCombo(details, tr("&Disability:"), u"DisabilityCombo"_s);
        fillChoiceCombo(m_disability, Choice::DisabilityType, true);
        m_severity = addCombo(details, tr("Se&verity:"), u"SeverityCombo"_s);
        fillChoiceCombo(m_severity, Choice::DisabilitySeverity, true);
        m_illness = addLine(details, tr("C&hronic illness:"), u"IllnessEdit"_s);
        m_insurance = addCombo(details, tr("&Insurance:"), u"InsuranceCombo"_s);
        fillChoiceCombo(m_insurance, Choice::Insurance, true);
        m_landline = addLine(details, tr("&Landline:"), u"LandlineEdit"_s);
        layout->addSpacing(16);
        layout->addLayout(details, 1);
    }
    for (QLineEdit *edit : {m_first, m_last})
        connect(edit, &QLineEdit::editingFinished, this, &PersonFields::identityEdited);
    connect(m_birth, &QDateEdit::dateChanged, this, &PersonFields::identityEdited);
}

QLineEdit *PersonFields::addLine(QFormLayout *form, const QString &label, const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(m_prefix + name);
    edit->setMaxLength(100);
    form->addRow(label, edit);
    return edit;
}

QComboBox *PersonFields::addCombo(QFormLayout *form, const QString &label, const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(m_prefix + name);
    form->addRow(label, combo);
    return combo;
}

void PersonFields::setPerson(const domain::Person &person)
{
    m_original = person;
    if (m_code)
        m_code->setText(person.nationalCode);
    m_first->setText(person.firstName);
    m_last->setText(person.lastName);
    m_father->setText(person.fatherName);
    m_sex->setCurrentIndex(m_sex->findData(person.sex));
    setBirthDate(m_birth, person.birthDate);
    m_mobile->setText(person.mobile);
    if (m_marital) {
        selectChoice(m_marital, person.maritalStatus);
        selectChoice(m_education, person.education);
        m_occupation->setText(person.occupation);
        selectChoice(m_disability, person.disabilityType);
        selectChoice(m_severity, person.disabilitySeverity);
        m_illness->setText(person.chronicIllness);
        selectChoice(m_insurance, person.insurance);
        m_landline->setText(person.landline);
    }
}

domain::Person PersonFields::person() const
{
    domain::Person p = m_original;
    if (m_code)
        p.nationalCode = locale::digitsOnly(m_code->text());
    p.firstName = m_first->text().simplified();
    p.lastName = m_last->text().simplified();
    p.fatherName = m_father->text().simplified();
    p.sex = m_sex->currentData().toString();
    p.birthDate = birthDateOf(m_birth);
    p.mobile = m_mobile->text().trimmed();
    if (m_marital) {
        p.maritalStatus = chosenKey(m_marital);
        p.education = chosenKey(m_education);
        p.occupation = m_occupation->text().simplified();
        p.disabilityType = chosenKey(m_disability);
        p.disabilitySeverity = chosenKey(m_severity);
        p.chronicIllness = m_illness->text().simplified();
        p.insurance = chosenKey(m_insurance);
        p.landline = locale::digitsOnly(m_landline->text());
    }
    return p;
}

QString PersonFields::problem() const
{
    if (m_code && !m_code->text().trimmed().isEmpty()) {
        const auto *validator = static_cast<const NumberFieldValidator *>(m_code->validator());
        if (const QString error = validator->errorText(m_code->text()); !error.isEmpty())
            return error;
    }
    if (!m_mobile->text().trimmed().isEmpty()) {
        const auto *validator = static_cast<const NumberFieldValidator *>(m_mobile->validator());
        return validator->errorText(m_mobile->text());
    }
    return {};
}

} // namespace pluslife::ui
