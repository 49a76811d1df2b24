#include "digits.h"

namespace pluslife::locale {

namespace {
constexpr char16_t ArabicDecimalSeparator = u'\u066B';
constexpr char16_t ArabicThousandsSeparator = u'\u066C';
} // namespace

QString normalizeDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Digits outside the BMP (e.g. mathematical digits) come as a surrogate pair.
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text[i + 1]);
            if (QChar::category(ucs4) == QChar::Number_DecimalDigit) {
                out.append(QChar(u'0' + QChar::digitValue(ucs4)));
            } else {
                out.append(c);
                out.append(text[i + 1]);
            }
            ++i;
            continue;
        }
        if (c.category() == QChar::Number_DecimalDigit) {
            out.append(QChar(u'0' + c.digitValue()));
        } else if (c == ArabicDecimalSeparator) {
            out.append(u'.');
        } else if (c == ArabicThousandsSeparator) {
            out.append(u',');
        } else {
            out.append(c);
        }
    }
    return out;
}

QString normalizeNumber(QStringView text)
{
    const QString ascii = normalizeDigits(text);
    QString out;
    out.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c == u',' || c.isSpace() || c == u'\u2009' || c == u'\u202F' || c == u'\u200C' ||
            c == u'\u200E' || c == u'\u200F') {
            continue; // grouping, spacing and direction marks
        }
        if (c == u'\u2212' || c == u'\u2012' || c == u'\u2013') {
            out.append(u'-'); // minus sign and dashes that people type as minus
            continue;
        }
        out.append(c);
    }
    return out;
}

QString digitsOnly(QStringView text)
{
    const QString ascii = normalizeDigits(text);
    QString out;
    out.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c >= u'0' && c <= u'9') {
            out.append(c);
        }
    }
    return out;
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QString ascii = normalizeDigits(text);
    for (const QChar c : ascii) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

QString localizeDigits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QStringLiteral("0") || zero.isEmpty()) {
        return ascii;
    }
    const QList<uint> zeroUcs4 = zero.toUcs4();
    if (zeroUcs4.size() != 1) {
        return ascii;
    }
    const char32_t base = zeroUcs4.first();
    QString out;
    out.reserve(ascii.size() * zero.size());
    for (const QChar c : ascii) {
        if (c >= u'0' && c <= u'9') {
            const char32_t digit = base + char32_t(c.unicode() - u'0');
            for (const QChar part : QChar::fromUcs4(digit)) {
                out.append(part);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace pluslife::locale
