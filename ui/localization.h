#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

class QApplication;

namespace pluslife::ui {

// The value of `--lang` in the raw arguments (before the translated command-line parser can
// exist), or an empty string when the option is absent.
QString languageFromArguments(const QStringList &arguments);

// "fa" (the default, also for an empty code) → Persian (Iran), "en" → English. Region-qualified
// codes such as "fa_IR" are accepted. std::nullopt for a language the app does not speak.
std::optional<QLocale> localeForLanguage(QStringView code);

// Makes `locale` the app's language: QLocale default, our translations (embedded :/i18n) and
// Qt's own, layout direction from the locale's text direction, and a font that can show the
// locale's script. Calling it again replaces the previous translators.
void installLocalization(QApplication &app, const QLocale &locale);

} // namespace pluslife::ui
