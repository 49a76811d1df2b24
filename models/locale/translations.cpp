#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pluslife::locale {

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qts;
    for (auto *old : {ours.get(), qts.get()})
        if (old)
            app.removeTranslator(old);
    ours = std::make_unique<QTranslator>();
    qts = std::make_unique<QTranslator>();
    if (ours->load(locale, QStringLiteral("pluslife"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours.get());
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qts.get());
}

} // namespace pluslife::locale
