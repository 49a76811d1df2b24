#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Identity and contact numbers as the Iranian forms write them. All of them are stored as ASCII
// digit text, never as numbers. Input may use Persian, Arabic-Indic or Latin digits, spaces and
// dashes.
namespace pluslife::locale {

struct ValidationResult {
    enum class Problem {
        None,          // valid: normalized holds the stored form
        Empty,         // nothing typed
        BadCharacters, // something other than digits, spaces, dashes (and + for mobiles)
        TooShort,      // fewer digits than the form needs (typing may complete it)
        TooLong,       // more digits than any accepted form has
        BadChecksum,   // national code check digit does not match
        RepeatedDigit, // ten equal digits (pass the national code sum, never issued)
        BadPrefix,     // mobile not starting 09 / +989 / 00989 / 989 / 9, or a bad country code
    };

    bool ok = false;
    QString normalized; // ASCII digits, set when ok
    QString error;      // translated, for the UI; empty when ok
    Problem problem = Problem::Empty;

    explicit operator bool() const { return ok; }
};

// ---- National code (کد ملی) ----
// Digits d0..d9, s = Σ(i=0..8) d_i·(10−i), r = s mod 11; valid when (r < 2 and d9 = r) or
// (r >= 2 and d9 = 11 − r). 8 or 9 digits are older codes written without their leading zeros
// and are left-padded to 10. Ten equal digits are rejected.
ValidationResult validateNationalCode(QStringView input);
// The 10-digit ASCII code when valid.
std::optional<QString> normalizeNationalCode(QStringView input);
bool isValidNationalCode(QStringView input);

// ---- Postal code (کد پستی) ----
// 10 digits, often written NNNNN-NNNNN. Conservative on purpose: besides the length only ten
// equal digits are rejected. (Rules circulating about which digits may appear in the first
// five positions are not official enough to refuse a person's real address on.)
ValidationResult validatePostalCode(QStringView input);
std::optional<QString> normalizePostalCode(QStringView input);

// ---- Mobile number (تلفن همراه) ----
// Accepted: 09xxxxxxxxx, 9xxxxxxxxx, 989xxxxxxxxx, +989xxxxxxxxx, 00989xxxxxxxxx, and the
// country code written before the trunk zero (+98 09…, 0098 09…); any digits, spaces, dashes,
// parentheses and dots between groups. Normalised to 11 ASCII digits starting 09. Operator
// prefixes (0901, 0912, …) are not checked: new ones are allocated over time.
ValidationResult validateMobile(QStringView input);
std::optional<QString> normalizeMobile(QStringView input);

// Local display form of a stored mobile number: "0912 345 6789" (ASCII digits; localise with
// localizeDigits()). Returns the input unchanged when it is not a normalised mobile number.
QString formatMobileForDisplay(const QString &normalized);

} // namespace pluslife::locale
