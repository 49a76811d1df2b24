#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Folding Persian text so that a search finds a name however it was typed (Arabic or Persian
// keyboard, with or without نیم‌فاصله, diacritics or tatweel), and a Persian alphabetical
// order that does not depend on the platform's collation library.
namespace pluslife::locale {

// The search form of a text. Decisions (the same on both sides of a comparison):
//  - Arabic yeh ي (U+064A), alef maksura ى (U+0649), yeh with hamza ئ -> Persian yeh ی;
//    Arabic kaf ك -> Persian keheh ک; teh marbuta ة, heh with yeh ۀ, heh doachashmee ھ,
//    heh goal ہ -> ه; waw with hamza ؤ -> و.
//  - Every alef form (آ أ إ ٱ) -> ا: people type "آرش" as "ارش" and "آقایی" as "اقایی"; for
//    finding a name the madda matters less than not missing it. (sortKey() keeps آ.)
//  - Tatweel ـ, Arabic diacritics (U+064B–U+065F, U+0670, Quranic marks U+06D6–U+06ED), the
//    stand-alone hamza ء, ZWJ, direction marks and BOM are removed.
//  - ZWNJ (نیم‌فاصله) is a word boundary: it becomes a space, so "محمد‌رضا" ==
//  "محمد رضا".
//  - Every run of whitespace (including no-break and thin spaces) becomes one space; the result
//    is trimmed.
//  - Digits of any script become ASCII; Latin letters are case-folded (lower case).
// "محمدرضا" (written together) still differs from "محمد رضا": compare foldForSearchCompact()
// forms when spacing must not matter.
QString foldForSearch(QStringView text);

// foldForSearch() with every space removed: "محمدرضا", "محمد‌رضا" and "محمد
// رضا" are equal.
QString foldForSearchCompact(QStringView text);

// True when the folded needle occurs in the folded haystack; spacing is ignored (compact
// forms). An empty needle matches everything.
bool searchMatches(QStringView haystack, QStringView needle);

// A key whose plain byte comparison gives Persian alphabetical order:
// ا آ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی.
// The text is folded like foldForSearch() except that آ stays its own letter (after ا).
// Order of classes: space < digits < Persian letters < everything else (Latin, by code point).
// Explicit rather than QCollator so that Debian (ICU), Windows and a build without ICU sort the
// same way.
QByteArray sortKey(QStringView text);

// <0, 0, >0 in Persian alphabetical order (sortKey()), ties broken by the raw text so that
// different spellings keep a stable order.
int comparePersian(QStringView a, QStringView b);

// For std::sort and friends.
struct PersianLess {
    bool operator()(const QString &a, const QString &b) const { return comparePersian(a, b) < 0; }
};

} // namespace pluslife::locale
