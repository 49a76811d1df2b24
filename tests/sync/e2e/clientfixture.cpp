#include "clientfixture.h"

#include "services/centersetup.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "storage/kdfparams.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace pluslife::test {

ClientFixture::ClientFixture(QString centerCode)
    : m_centerCode(std::move(centerCode))
{
    static int devices = 0;
    m_username = QStringLiteral("manager%1").arg(++devices);
}

bool ClientFixture::create()
{
    QString recovery;
    const auto error = services::CenterSetup::createCenter(
        m_dir.path(), m_keychain,
        {m_centerCode, QStringLiteral("مرکز آزمایشی"), QStringLiteral("تهران"),
         QStringLiteral("ری"), 450},
        {m_username, QStringLiteral("مدیر مرکز"), kClientPassword}, &recovery,
        SystemClock::instance(), storage::KdfParams::fastForTests());
    if (!error.ok())
        return false;
    m_session = std::make_unique<services::Session>(m_dir.path(), m_keychain);
    return m_session->signIn(m_username, kClientPassword).ok();
}

QString ClientFixture::validNationalCode(int serial)
{
    const QString nine = QStringLiteral("3%1").arg(serial, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int d = 0; d < 9; ++d)
        sum += nine.at(d).digitValue() * (10 - d);
    const int r = sum % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

qint64 ClientFixture::openHousehold(int serial)
{
    services::HouseholdService::NewFile file;
    file.head.firstName = QStringLiteral("نام%1").arg(serial);
    file.head.lastName = QStringLiteral("آزمون");
    file.head.sex = QStringLiteral("female");
    file.head.nationalCode = validNationalCode(serial);
    domain::Household created;
    if (!services::HouseholdService(*m_session).openFile(file, &created).ok())
        return 0;
    return created.id;
}

bool ClientFixture::attachDocument(qint64 householdId, int bytes, int seed)
{
    // A valid PDF skeleton padded with a comment of random text: large enough to move in
    // several chunks, different for every seed.
    QByteArray pdf = "%PDF-1.4\n%";
    QRandomGenerator random(static_cast<quint32>(seed));
    while (pdf.size() < bytes) {
        pdf += char('a' + random.bounded(26));
        if (pdf.size() % 100 == 0)
            pdf += "\n%";
    }
    pdf += "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
           "/Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::ReadOnly);
    return services::DocumentService(*m_session)
        .attach(householdId, 0, QStringLiteral("lease"), buffer, QStringLiteral("lease.pdf"))
        .ok();
}

QStringList ClientFixture::householdUuids()
{
    QSqlQuery query(m_session->vault().database());
    query.exec(QStringLiteral("SELECT uuid FROM households ORDER BY uuid"));
    QStringList uuids;
    while (query.next())
        uuids << query.value(0).toString();
    return uuids;
}

int ClientFixture::count(const QString &table, const QString &where)
{
    QSqlQuery query(m_session->vault().database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table +
               (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return query.next() ? query.value(0).toInt() : -1;
}

QProcessEnvironment ClientFixture::environment(const QProcessEnvironment &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLUSLIFE_PASSWORD"), kClientPassword);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

int ClientFixture::runAdmin(const QStringList &arguments, QString *out, QString *err,
                            const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.start(adminExecutable(),
                  arguments + QStringList{QStringLiteral("--data-dir"), m_dir.path(),
                                          QStringLiteral("--as"), m_username,
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    if (!process.waitForFinished(300000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ClientFixture::enroll(const QString &url, const QString &code, const QString &caFile,
                           QString *err)
{
    return runAdmin({QStringLiteral("enroll"), QStringLiteral("--server"), url,
                     QStringLiteral("--code"), code, QStringLiteral("--ca"), caFile},
                    nullptr, err) == 0;
}

QJsonObject ClientFixture::sync(const QProcessEnvironment &extra)
{
    QString out;
    QString err;
    const int exit =
        runAdmin({QStringLiteral("sync"), QStringLiteral("--json")}, &out, &err, extra);
    QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    report.insert(QStringLiteral("exit"), exit);
    if (!err.isEmpty())
        report.insert(QStringLiteral("stderr"), err);
    return report;
}

void ClientFixture::startSync(QProcess *process, const QProcessEnvironment &extra)
{
    process->setProcessEnvironment(environment(extra));
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(adminExecutable(),
                   {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
                    m_dir.path(), QStringLiteral("--as"), m_username});
}

} // namespace pluslife::test
