// pluslife-admin commands on household files: find, import-households, demo.
#include "admincommands.h"

#include "services/demofill.h"
#include "services/householdcsv.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/filenumberblocks.h"
#include "storage/keychainsecretstore.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pluslife::admin {
namespace {} // namespace

int AdminCommands::find()
{
    const QString text = m_positional.mid(1).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "find needs the text to look for: find TEXT"));
    storage::KeychainSecretStore keychain;
    services::Session session(dataDir(), keychain);
    if (const int code = signIn(session))
        return code;
    // Exactly the caseload's search: same folding, same scope, same ranking.
    const auto hits = services::HouseholdService(session).search(text, {});
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &h : hits)
            array.append(QJsonObject{{QStringLiteral("file_number"), h.fileNumber},
                                     {QStringLiteral("head"), h.headName},
                                     {QStringLiteral("worker"), h.workerName},
                                     {QStringLiteral("status"), h.status},
                                     {QStringLiteral("members"), h.memberCount}});
        printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    } else {
        for (const auto &h : hits)
            printLine(QStringLiteral("%1\t%2\t%3").arg(h.fileNumber, h.headName, h.workerName));
        printLine(QCoreApplication::translate("pluslife-admin", "%n file(s) found.", nullptr,
                                              int(hits.size())));
    }
    return 0;
}

int AdminCommands::importHouseholds()
{
    const QString path = m_positional.value(1);
    if (path.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "import-households needs the CSV file: import-households FILE.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reportFailure(storage::StoreError::make(
            storage::StoreErrorCode::IoError,
            QCoreApplication::translate("pluslife-admin", "The file cannot be read: %1")
                .arg(file.errorString())));
    const services::HouseholdCsv csv = services::HouseholdCsv::parse(file.readAll());
    storage::KeychainSecretStore keychain;
    services::Session session(dataDir(), keychain);
    if (const int code = signIn(session))
        return code;
    services::HouseholdService::ImportReport report;
    // Checked as a whole even when the CSV itself has problems, so one run reports them all.
    const storage::StoreError error = services::HouseholdService(session).importFiles(
        csv.files, m_parser.value(QStringLiteral("capacity-override")),
        m_parser.isSet(QStringLiteral("dry-run")) || !csv.problems.isEmpty(), &report);
    const QStringList problems = csv.problems + report.problems;
    for (const QString &problem : problems)
        printLine(problem);
    if (!problems.isEmpty() || !error.ok())
        return reportFailure(problems.isEmpty()
                                 ? error
                                 : storage::StoreError::make(
                                       storage::StoreErrorCode::InvalidInput,
                                       QCoreApplication::translate(
                                           "pluslife-admin", "Nothing was imported: %n problem(s).",
                                           nullptr, int(problems.size()))));
    printLine(
        m_parser.isSet(QStringLiteral("dry-run"))
            ? QCoreApplication::translate(
                  "pluslife-admin",
                  "The list is valid: %1 households, %2 people (nothing imported: --dry-run).")
                  .arg(report.files)
                  .arg(report.people)
            : QCoreApplication::translate("pluslife-admin", "Imported %1 households, %2 people.")
                  .arg(report.files)
                  .arg(report.people));
    return 0;
}

int AdminCommands::reserveFileNumbers()
{
    // A block handed to this device by the county office (or, later, the central window): the
    // numbers are then unique across devices by construction, not by chance.
    bool firstOk = false;
    bool lastOk = false;
    const QString prefix = m_parser.value(QStringLiteral("prefix")).trimmed();
    const qint64 first = m_parser.value(QStringLiteral("from")).toLongLong(&firstOk);
    const qint64 last = m_parser.value(QStringLiteral("to")).toLongLong(&lastOk);
    if (prefix.isEmpty() || !firstOk || !lastOk || first < 1 || last < first)
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "reserve-file-numbers needs --prefix P --from N --to M (N <= M)."));
    storage::KeychainSecretStore keychain;
    services::Session session(dataDir(), keychain);
    if (const int code = signIn(session))
        return code;
    if (const auto error = session.requireManager(); !error.ok())
        return reportFailure(error);
    storage::FileNumberBlocks blocks(session.database());
    if (const auto error = blocks.reserveBlock(prefix, first, last, QStringLiteral("central"),
                                               session.clock().nowUtc());
        !error.ok())
        return reportFailure(error);
    session.audit().append(session.worker().id, QStringLiteral("file_numbers.reserve"),
                           QStringLiteral("center"), session.center().code,
                           {{QStringLiteral("prefix"), prefix},
                            {QStringLiteral("from"), first},
                            {QStringLiteral("to"), last}});
    printLine(
        QCoreApplication::translate(
            "pluslife-admin", "Reserved file numbers %1-%2 to %1-%3; %4 numbers are left in all.")
            .arg(prefix)
            .arg(first)
            .arg(last)
            .arg(blocks.remaining()));
    return 0;
}

int AdminCommands::demo()
{
    bool ok = false;
    const int households = m_parser.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || households < 1)
        return usageError(
            QCoreApplication::translate("pluslife-admin", "demo needs --households N."));
    const quint64 seed = m_parser.isSet(QStringLiteral("seed"))
                             ? m_parser.value(QStringLiteral("seed")).toULongLong()
                             : 1405;
    storage::KeychainSecretStore keychain;
    services::Session session(dataDir(), keychain);
    if (const int code = signIn(session))
        return code;
    QElapsedTimer timer;
    timer.start();
    services::DemoFill::Result result;
    if (const auto error = services::DemoFill::fill(session, households, seed, &result);
        !error.ok())
        return reportFailure(error);
    printLine(QCoreApplication::translate(
                  "pluslife-admin",
                  "Added %1 synthetic households (%2 people, %3 planned visits) in %4 s.")
                  .arg(result.households)
                  .arg(result.people)
                  .arg(result.visits)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace pluslife::admin
