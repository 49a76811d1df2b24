#include "validators.h"

#include "digits.h"

#include <QCoreApplication>

namespace pluslife::locale {

namespace {

using Problem = ValidationResult::Problem;

ValidationResult failure(Problem problem, QString error)
{
    ValidationResult r;
    r.problem = problem;
    r.error = std::move(error);
    return r;
}

ValidationResult success(QString normalized)
{
    ValidationResult r;
    r.ok = true;
    r.problem = Problem::None;
    r.normalized = std::move(normalized);
    return r;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' ||
           c == u'\u2013' || c == u'\u2212' || c == u'\u200C' || c == u'\u200E' || c == u'\u200F';
}

// The ASCII digits of the input, or nullopt when it holds something other than digits and the
// allowed separators. `extra` lists further characters that are allowed (and dropped).
std::optional<QString> collectDigits(QStringView input, QStringView extra = {})
{
    const QString ascii = normalizeDigits(input);
    QString digits;
    digits.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (!isSeparator(c) && !extra.contains(c)) {
            return std::nullopt;
        }
    }
    return digits;
}

bool allSameDigit(const QString &digits)
{
    return !digits.isEmpty() && digits.count(digits.front()) == digits.size();
}

} // namespace

// ---------------------------------------------------------------- national code

ValidationResult validateNationalCode(QStringView input)
{
    const auto collected = collectDigits(input);
    if (!collected) {
        return failure(
            Problem::BadCharacters,
            QCoreApplication::translate("Validators", "A national code contains only digits."));
    }
    QString digits = *collected;
    if (digits.isEmpty()) {
        return failure(Problem::Empty,
                       QCoreApplication::translate("Validators", "Enter the national code."));
    }
    if (digits.size() < 8) {
        return failure(Problem::TooShort,
                       QCoreApplication::translate("Validators", "A national code has 10 digits."));
    }
    if (digits.size() > 10) {
        return failure(Problem::TooLong,
                       QCoreApplication::translate("Validators", "A national code has 10 digits."));
    }
    digits = digits.rightJustified(10, u'0');
    if (allSameDigit(digits)) {
        return failure(
            Problem::RepeatedDigit,
            QCoreApplication::translate("Validators", "This national code is not valid."));
    }
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        sum += (digits[i].unicode() - u'0') * (10 - i);
    }
    const int r = sum % 11;
    const int check = digits[9].unicode() - u'0';
    const bool valid = r < 2 ? check == r : check == 11 - r;
    if (!valid) {
        return failure(
            Problem::BadChecksum,
            QCoreApplication::translate(
                "Validators", "This national code is not valid: please check the digits."));
    }
    return success(digits);
}

std::optional<QString> normalizeNationalCode(QStringView input)
{
    ValidationResult r = validateNationalCode(input);
    if (!r.ok) {
        return std::nullopt;
    }
    return std::move(r.normalized);
}

bool isValidNationalCode(QStringView input)
{
    return validateNationalCode(input).ok;
}

// ---------------------------------------------------------------- postal code

ValidationResult validatePostalCode(QStringView input)
{
    const auto collected = collectDigits(input);
    if (!collected) {
        return failure(
            Problem::BadCharacters,
            QCoreApplication::translate("Validators", "A postal code contains only digits."));
    }
    const QString &digits = *collected;
    if (digits.isEmpty()) {
        return failure(Problem::Empty,
                       QCoreApplication::translate("Validators", "Enter the postal code."));
    }
    if (digits.size() < 10) {
        return failure(Problem::TooShort,
                       QCoreApplication::translate("Validators", "A postal code has 10 digits."));
    }
    if (digits.size() > 10) {
        return failure(Problem::TooLong,
                       QCoreApplication::translate("Validators", "A postal code has 10 digits."));
    }
    if (allSameDigit(digits)) {
        return failure(Problem::RepeatedDigit,
                       QCoreApplication::translate("Validators", "This postal code is not valid."));
    }
    return success(digits);
}

std::optional<QString> normalizePostalCode(QStringView input)
{
    ValidationResult r = validatePostalCode(input);
    if (!r.ok) {
        return std::nullopt;
    }
    return std::move(r.normalized);
}

// ---------------------------------------------------------------- mobile

ValidationResult validateMobile(QStringView input)
{
    const QString trimmed = normalizeDigits(input).trimmed();
    // '+' only in front; parentheses and dots as group separators.
    const bool plus = trimmed.startsWith(u'+');
    const auto collected =
        collectDigits(QStringView(trimmed).mid(plus ? 1 : 0), QStringView(u"().\u00A0"));
    if (!collected) {
        return failure(Problem::BadCharacters,
                       QCoreApplication::translate(
                           "Validators",
                           "A mobile number contains only digits (and + before the country "
                           "code)."));
    }
    QString digits = *collected;
    if (digits.isEmpty()) {
        return failure(plus ? Problem::TooShort : Problem::Empty,
                       QCoreApplication::translate("Validators", "Enter the mobile number."));
    }
    const QString badPrefix =
        QCoreApplication::translate("Validators", "A mobile number starts with 09 (or +98 9).");
    const QString length = QCoreApplication::translate(
        "Validators", "A mobile number has 11 digits, starting with 09.");

    // International forms: +98…, 0098…, and 98… when it cannot be a national number.
    bool international = false;
    if (plus) {
        if (!QStringLiteral("98").startsWith(digits.left(2))) {
            return failure(Problem::BadPrefix,
                           QCoreApplication::translate(
                               "Validators", "Only Iranian mobile numbers (+98) are accepted."));
        }
        if (digits.size() <= 2) {
            return failure(Problem::TooShort, length);
        }
        digits.remove(0, 2);
        international = true;
    } else if (digits.startsWith(QStringLiteral("00"))) {
        if (!QStringLiteral("0098").startsWith(digits.left(4))) {
            return failure(Problem::BadPrefix,
                           QCoreApplication::translate(
                               "Validators", "Only Iranian mobile numbers (+98) are accepted."));
        }
        if (digits.size() <= 4) {
            return failure(Problem::TooShort, length);
        }
        digits.remove(0, 4);
        international = true;
    } else if (digits.startsWith(QStringLiteral("98")) && digits.size() >= 12) {
        digits.remove(0, 2);
        international = true;
    } else if (digits.startsWith(QStringLiteral("98")) && digits.size() == 11) {
        return failure(Problem::TooShort, length); // on its way to 989xxxxxxxxx
    }
    // The national trunk zero (also tolerated after the country code: "+98 0912…").
    if (digits.startsWith(u'0')) {
        digits.remove(0, 1);
    } else if (!international && !digits.startsWith(u'9')) {
        return failure(Problem::BadPrefix, badPrefix);
    }
    if (digits.isEmpty()) {
        return failure(Problem::TooShort, length);
    }
    if (!digits.startsWith(u'9')) {
        return failure(Problem::BadPrefix, badPrefix);
    }
    if (digits.size() < 10) {
        return failure(Problem::TooShort, length);
    }
    if (digits.size() > 10) {
        return failure(Problem::TooLong, length);
    }
    return success(QLatin1Char('0') + digits);
}

std::optional<QString> normalizeMobile(QStringView input)
{
    ValidationResult r = validateMobile(input);
    if (!r.ok) {
        return std::nullopt;
    }
    return std::move(r.normalized);
}

QString formatMobileForDisplay(const QString &normalized)
{
    if (normalized.size() != 11 || !normalized.startsWith(QStringLiteral("09")) ||
        digitsOnly(normalized) != normalized) {
        return normalized;
    }
    return normalized.left(4) + u' ' + normalized.mid(4, 3) + u' ' + normalized.mid(7);
}

} // namespace pluslife::locale
