#include "textfolding.h"

#include "digits.h"

#include <iterator>

namespace pluslife::locale {

namespace {

enum class Alef { Fold, KeepMadda };

// One character of the folded form, or QChar() to drop it. Whitespace comes back as ' '.
QChar foldChar(QChar c, Alef alef)
{
    switch (c.unicode()) {
    case u'\u064A': // ARABIC LETTER YEH
    case u'\u0649': // ARABIC LETTER ALEF MAKSURA
    case u'\u0626': // ARABIC LETTER YEH WITH HAMZA ABOVE
    case u'\u06CC': // ARABIC LETTER FARSI YEH
    case u'\u06D0': // ARABIC LETTER E
        return QChar(u'\u06CC');
    case u'\u0643': // ARABIC LETTER KAF
    case u'\u06A9': // ARABIC LETTER KEHEH
    case u'\u06AA': // ARABIC LETTER SWASH KAF
        return QChar(u'\u06A9');
    case u'\u0629': // ARABIC LETTER TEH MARBUTA
    case u'\u06C0': // ARABIC LETTER HEH WITH YEH ABOVE
    case u'\u06BE': // ARABIC LETTER HEH DOACHASHMEE
    case u'\u06C1': // ARABIC LETTER HEH GOAL
    case u'\u06D5': // ARABIC LETTER AE
        return QChar(u'\u0647');
    case u'\u0624': // ARABIC LETTER WAW WITH HAMZA ABOVE
        return QChar(u'\u0648');
    case u'\u0622': // ARABIC LETTER ALEF WITH MADDA ABOVE
        return alef == Alef::KeepMadda ? c : QChar(u'\u0627');
    case u'\u0623': // ARABIC LETTER ALEF WITH HAMZA ABOVE
    case u'\u0625': // ARABIC LETTER ALEF WITH HAMZA BELOW
    case u'\u0671': // ARABIC LETTER ALEF WASLA
        return QChar(u'\u0627');
    case u'\u0640': // ARABIC TATWEEL
    case u'\u0621': // ARABIC LETTER HAMZA (stand-alone)
    case u'\u200D': // ZERO WIDTH JOINER
    case u'\u200E': // LEFT-TO-RIGHT MARK
    case u'\u200F': // RIGHT-TO-LEFT MARK
    case u'\u061C': // ARABIC LETTER MARK
    case u'\uFEFF': // BOM / ZERO WIDTH NO-BREAK SPACE
        return {};
    case u'\u200C': // ZERO WIDTH NON-JOINER (نیم‌فاصله): a word boundary
        return QChar(u' ');
    default:
        break;
    }
    const char16_t u = c.unicode();
    if ((u >= 0x064B && u <= 0x065F) || u == 0x0670 || (u >= 0x06D6 && u <= 0x06ED)) {
        return {}; // harakat, superscript alef, Quranic annotation marks
    }
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
        return {}; // bidi embeddings and isolates
    }
    if (c.isSpace()) {
        return QChar(u' ');
    }
    return c;
}

QString fold(QStringView text, Alef alef)
{
    const QString ascii = normalizeDigits(text);
    QString out;
    out.reserve(ascii.size());
    bool pendingSpace = false;
    for (const QChar c : ascii) {
        const QChar f = foldChar(c, alef);
        if (f.isNull()) {
            continue;
        }
        if (f == u' ') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(f);
    }
    return out.toCaseFolded();
}

// The Persian alphabet in dictionary order; آ right after ا.
constexpr char16_t PersianAlphabet[] = u"اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";
constexpr qsizetype PersianAlphabetSize = std::size(PersianAlphabet) - 1;

// Weights: space 0x20, digits 0x30..0x39, Persian letters from 0x100 on, anything else from
// 0x10000 on in code unit order (Latin a–z first). Three bytes each, big-endian, in the key.
constexpr char32_t PersianBase = 0x0100;
constexpr char32_t OtherBase = 0x10000;

char32_t weight(QChar c)
{
    if (c == u' ') {
        return 0x20;
    }
    if (c >= u'0' && c <= u'9') {
        return c.unicode();
    }
    for (qsizetype i = 0; i < PersianAlphabetSize; ++i) {
        if (PersianAlphabet[i] == c.unicode()) {
            return PersianBase + char32_t(i);
        }
    }
    return OtherBase + c.unicode();
}

} // namespace

QString foldForSearch(QStringView text)
{
    return fold(text, Alef::Fold);
}

QString foldForSearchCompact(QStringView text)
{
    QString folded = fold(text, Alef::Fold);
    folded.remove(u' ');
    return folded;
}

bool searchMatches(QStringView haystack, QStringView needle)
{
    const QString n = foldForSearchCompact(needle);
    if (n.isEmpty()) {
        return true;
    }
    return foldForSearchCompact(haystack).contains(n);
}

QByteArray sortKey(QStringView text)
{
    const QString folded = fold(text, Alef::KeepMadda);
    QByteArray key;
    key.reserve(folded.size() * 3);
    for (const QChar c : folded) {
        const char32_t w = weight(c);
        key.append(char((w >> 16) & 0xFF));
        key.append(char((w >> 8) & 0xFF));
        key.append(char(w & 0xFF));
    }
    return key;
}

int comparePersian(QStringView a, QStringView b)
{
    const int byKey = sortKey(a).compare(sortKey(b));
    if (byKey != 0) {
        return byKey;
    }
    return a.compare(b);
}

} // namespace pluslife::locale
