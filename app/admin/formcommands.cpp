// pluslife-admin forms import FILE.xml | forms list [--json]
#include "admincommands.h"

#include "services/formservice.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pluslife::admin {

int AdminCommands::forms()
{
    const QString action = m_positional.value(1);
    if (action != QLatin1String("import") && action != QLatin1String("list"))
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "forms needs import FILE.xml or list: forms import FILE.xml"));
    QByteArray xml;
    if (action == QLatin1String("import")) {
        const QString path = m_positional.value(2);
        if (path.isEmpty())
            return usageError(QCoreApplication::translate(
                "pluslife-admin", "forms import needs the form file: forms import FILE.xml"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return reportFailure(storage::StoreError::make(
                storage::StoreErrorCode::IoError,
                QCoreApplication::translate("pluslife-admin", "The file cannot be read: %1")
                    .arg(file.errorString())));
        xml = file.readAll();
    }
    storage::KeychainSecretStore keychain;
    services::Session session(dataDir(), keychain);
    if (const int code = signIn(session))
        return code;
    forms::FormService service(session);
    // What the app does at sign-in, so the list shows what workers see.
    if (const auto error = service.installLibrary(); !error.ok())
        return reportFailure(error);

    if (action == QLatin1String("import")) {
        qint64 versionId = 0;
        if (const auto error = service.install(xml, forms::FormService::Origin::Import, &versionId);
            !error.ok())
            return reportFailure(error);
        for (const forms::InstalledForm &form : service.installedForms()) {
            for (const auto &version : form.versions) {
                if (version.id == versionId)
                    printLine(QCoreApplication::translate("pluslife-admin",
                                                          "Installed %1, version %2: %3")
                                  .arg(form.formId, version.version, version.title));
            }
        }
        return 0;
    }

    const QList<forms::InstalledForm> installed = service.installedForms();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const forms::InstalledForm &form : installed) {
            QJsonArray versions;
            for (const auto &version : form.versions)
                versions.append(QJsonObject{{QStringLiteral("version"), version.version},
                                            {QStringLiteral("title"), version.title},
                                            {QStringLiteral("origin"), version.origin},
                                            {QStringLiteral("retired"), version.retired}});
            array.append(QJsonObject{{QStringLiteral("form_id"), form.formId},
                                     {QStringLiteral("title"), form.title},
                                     {QStringLiteral("activity"), form.activityCode},
                                     {QStringLiteral("versions"), versions}});
        }
        printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const forms::InstalledForm &form : installed) {
        QStringList versions;
        for (const auto &version : form.versions)
            versions << version.version;
        printLine(
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(form.formId, form.activityCode, versions.join(QLatin1Char(',')), form.title));
    }
    printLine(QCoreApplication::translate("pluslife-admin", "%n form(s) installed.", nullptr,
                                          int(installed.size())));
    return 0;
}

} // namespace pluslife::admin
