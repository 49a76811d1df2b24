#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace pluslife::ui {

void copySensitiveText(const QString &text, std::chrono::milliseconds clearAfter)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    auto clearIfStillOurs = [clipboard, text] {
        if (clipboard->text() == text)
            clipboard->clear();
    };
    QTimer::singleShot(clearAfter, clipboard, clearIfStillOurs);
    auto *app = QCoreApplication::instance();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(app, &QCoreApplication::aboutToQuit, clipboard,
                                   [clearIfStillOurs, connection] {
                                       clearIfStillOurs();
                                       QObject::disconnect(*connection);
                                   });
}

} // namespace pluslife::ui
