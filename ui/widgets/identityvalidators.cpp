#include "identityvalidators.h"

#include "locale/digits.h"

namespace pluslife::ui {

using Problem = locale::ValidationResult::Problem;

NumberFieldValidator::NumberFieldValidator(Check check, QObject *parent)
    : QValidator(parent)
    , m_check(check)
{}

QValidator::State NumberFieldValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    const locale::ValidationResult r = m_check(input);
    switch (r.problem) {
    case Problem::None:
        // Valid, but Acceptable only with as many digits as the stored form: an 8-digit
        // national code or a +98 mobile number is Intermediate until fixup() (run when editing
        // finishes) writes the stored form.
        return locale::digitsOnly(input).size() == r.normalized.size() ? Acceptable : Intermediate;
    case Problem::BadCharacters:
    case Problem::TooLong:
        return Invalid;
    default:
        return Intermediate;
    }
}

void NumberFieldValidator::fixup(QString &input) const
{
    const locale::ValidationResult r = m_check(input);
    if (r.ok) {
        input = r.normalized;
    } else {
        input = locale::normalizeDigits(input).trimmed();
    }
}

QString NumberFieldValidator::errorText(const QString &input) const
{
    return m_check(input).error;
}

NationalCodeValidator::NationalCodeValidator(QObject *parent)
    : NumberFieldValidator(&locale::validateNationalCode, parent)
{}

PostalCodeValidator::PostalCodeValidator(QObject *parent)
    : NumberFieldValidator(&locale::validatePostalCode, parent)
{}

MobileValidator::MobileValidator(QObject *parent)
    : NumberFieldValidator(&locale::validateMobile, parent)
{}

} // namespace pluslife::ui
