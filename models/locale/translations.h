#pragma once

#include <QLocale>

class QCoreApplication;

namespace pluslife::locale {

// Loads our embedded translation (:/i18n/pluslife_<lang>.qm) and Qt's own qtbase one for
// `locale` into `app`, replacing any installed earlier by this function. Core only, so the
// command line and the desktop app speak the same words.
void installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace pluslife::locale
