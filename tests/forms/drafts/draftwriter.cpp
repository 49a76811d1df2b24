// Test helper for tst_draftkill: resumes a draft and "types" into one question every 40 ms,
// with the app's own debounced draft saver, printing each keystroke, until it is killed.
// Arguments: DATA_DIR KEYCHAIN_SERVICE DRAFT_ID PATH; the password in PLUSLIFE_PASSWORD.
#include "forms/formdraftsaver.h"
#include "services/formservice.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace pluslife;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    storage::KeychainSecretStore keychain(args.at(2));
    services::Session session(args.at(1), keychain);
    if (!session.signIn(QStringLiteral("manager"), qEnvironmentVariable("PLUSLIFE_PASSWORD")).ok())
        return 3;
    forms::FormService service(session);
    const qint64 draftId = args.at(3).toLongLong();
    std::unique_ptr<forms::FormSession> filling;
    if (!service.resumeDraft(draftId, &filling).ok())
        return 4;
    ui::FormDraftSaver saver([&] { service.saveDraft(draftId, *filling); });
    saver.setInterval(500);
    int typed = 0;
    QTimer keystrokes;
    keystrokes.setInterval(40);
    QObject::connect(&keystrokes, &QTimer::timeout, [&] {
        ++typed;
        if (!filling->setValue(args.at(4), QStringLiteral("typed %1").arg(typed)).ok())
            std::exit(5);
        saver.schedule();
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    keystrokes.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
