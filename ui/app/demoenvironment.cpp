#include "demoenvironment.h"

#include "services/centersetup.h"
#include "services/demofill.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

// Published in the sign-in dialog: this center holds nothing but sample data.
const auto kDemoPassword = u"Sabz-Zendegi-1403"_s;
const auto kDemoManager = u"demo"_s;
constexpr int kDemoHouseholds = 240;
constexpr quint64 kDemoSeed = 1405;

std::unique_ptr<storage::SecretStore> keychainIfItAnswers()
{
    auto keychain = std::make_unique<storage::KeychainSecretStore>(u"PlusLife Desk demo"_s);
    const QString probe = u"demo-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!keychain->write(probe, QByteArrayLiteral("probe")).ok())
        return nullptr;
    keychain->remove(probe);
    return keychain;
}

// Latin names and the password keep their order inside a right-to-left sentence.
QString isolated(const QString &ltrText)
{
    return QChar(0x2066) + ltrText + QChar(0x2069);
}

} // namespace

DemoEnvironment::DemoEnvironment() = default;
DemoEnvironment::~DemoEnvironment()
{
    // The demo's folder goes with its QTemporaryDir; its device secret must not stay behind in
    // the keychain either.
    storage::VaultFile keys;
    if (m_secrets && storage::readVaultFile(storage::StoreFiles{dataDir()}.keySlots(), &keys).ok())
        m_secrets->remove(storage::deviceSecretKey(keys.vaultId));
}

std::unique_ptr<DemoEnvironment> DemoEnvironment::create(QString *error)
{
    std::unique_ptr<DemoEnvironment> demo(new DemoEnvironment);
    if (!demo->m_dir.isValid()) {
        *error = tr("No temporary folder for the demo center: %1").arg(demo->m_dir.errorString());
        return nullptr;
    }
    demo->m_secrets = keychainIfItAnswers();
    if (!demo->m_secrets) {
        demo->m_secrets = std::make_unique<storage::MemorySecretStore>();
        demo->m_keysInMemory = true;
    }
    *error = demo->populate();
    if (!error->isEmpty())
        return nullptr;
    return demo;
}

QString DemoEnvironment::populate()
{
    domain::CenterInfo center;
    center.code = u"1403001"_s;
    center.name = u"مرکز نمونه مثبت زندگی"_s;
    center.province = u"تهران"_s;
    center.county = u"شهر ری"_s;
    center.licensedCapacity = domain::CenterInfo::kFullCapacity;
    const services::ManagerAccount manager{kDemoManager, u"سارا محمدی"_s, kDemoPassword};

    QString recoveryCode; // a demo: nobody needs it
    storage::StoreError error =
        services::CenterSetup::createCenter(dataDir(), *m_secrets, center, manager, &recoveryCode);
    if (!error.ok())
        return error.message;

    services::Session session(dataDir(), *m_secrets);
    error = session.signIn(kDemoManager, kDemoPassword);
    if (!error.ok())
        return error.message;
    services::WorkerAdmin admin(session);
    error = admin.addWorker(u"maryam"_s, u"مریم احمدی"_s, domain::WorkerRole::SocialWorker,
                            kDemoPassword);
    if (error.ok())
        error = admin.addWorker(u"reza"_s, u"رضا کریمی"_s, domain::WorkerRole::Reception,
                                kDemoPassword);
    // A center in use: synthetic households (the same generator as `pluslife-admin demo`),
    // spread over the social workers, with planned and overdue home visits.
    services::DemoFill::Result filled;
    if (error.ok())
        error = services::DemoFill::fill(session, kDemoHouseholds, kDemoSeed, &filled);
    session.signOut();
    return error.ok() ? QString() : error.message;
}

QString DemoEnvironment::managerUsername() const
{
    return kDemoManager;
}

QString DemoEnvironment::signInNote() const
{
    QString note = tr("Demo center with sample data only, deleted when you quit. Sign in as "
                      "“%1” (the manager), “%2” (social worker) or “%3” (reception) with the "
                      "password: %4")
                       .arg(isolated(kDemoManager), isolated(u"maryam"_s), isolated(u"reza"_s),
                            isolated(kDemoPassword));
    if (m_keysInMemory)
        note += u"\n"_s + tr("Demo: no system keychain answered, so the keys are kept in memory "
                             "only.");
    return note;
}

} // namespace pluslife::ui
