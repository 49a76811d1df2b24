#include "localization.h"

#include "locale/translations.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

bool fontCoversPersian(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Arabic);
    if (!raw.isValid())
        return false;
    // Letters and digits Arabic-only fonts may lack: پ چ ژ گ ی ک ۰.
    for (char32_t ch :
         {U'\u067E', U'\u0686', U'\u0698', U'\u06AF', U'\u06CC', U'\u06A9', U'\u06F0'}) {
        if (!raw.supportsCharacter(ch))
            return false;
    }
    return true;
}

void ensureScriptFont(QApplication &app, const QLocale &locale)
{
    if (locale.script() != QLocale::ArabicScript)
        return;
    const QFont current = QApplication::font();
    if (fontCoversPersian(current))
        return;
    const QStringList candidates = {u"Vazirmatn"_s, u"Noto Sans Arabic UI"_s, u"Noto Sans Arabic"_s,
                                    u"Noto Naskh Arabic UI"_s, u"Noto Naskh Arabic"_s};
    for (const QString &family : candidates) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont font = current;
        // Latin text (user names, codes) keeps the default family.
        font.setFamilies({family, current.family()});
        app.setFont(font);
        return;
    }
}

} // namespace

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--"_L1)
            break;
        if (arg == "--lang"_L1 || arg == "-lang"_L1)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith("--lang="_L1))
            return arg.mid(7);
    }
    return {};
}

std::optional<QLocale> localeForLanguage(QStringView code)
{
    const QString language = code.trimmed()
                                 .toString()
                                 .toLower()
                                 .section(QLatin1Char('_'), 0, 0)
                                 .section(QLatin1Char('-'), 0, 0);
    if (language.isEmpty() || language == "fa"_L1)
        return QLocale(QLocale::Persian, QLocale::Iran);
    if (language == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

void installLocalization(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    locale::installTranslators(app, locale); // ours (embedded) and Qt's own
    // From the locale, never from a list of languages.
    QGuiApplication::setLayoutDirection(locale.textDirection());
    ensureScriptFont(app, locale);
}

} // namespace pluslife::ui
