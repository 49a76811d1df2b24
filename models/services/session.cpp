#include "session.h"

#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "storage/workerrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

const QString kIdleLockKey = QStringLiteral("session.idle_lock_minutes");
constexpr int kDefaultIdleLockMinutes = 5;

StoreError dbError(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("Session", "The change could not be saved."), error);
}

} // namespace

Session::Session(QString dataDir, storage::SecretStore &secrets, const Clock &clock,
                 QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_vault(std::make_unique<storage::Vault>(m_dataDir, secrets, clock))
{}

Session::~Session()
{
    m_audit.reset();
    m_vault->lock();
}

bool Session::storeExists() const
{
    return m_vault->storeExists();
}

bool Session::isLocked() const
{
    return !m_vault->isUnlocked();
}

StoreError Session::signIn(const QString &username, const QString &password)
{
    if (isSignedIn())
        signOut();
    StoreError error = openAs(username, password);
    if (error.ok())
        emit signedIn();
    return error;
}

StoreError Session::unlock(const QString &password)
{
    if (!isSignedIn())
        return StoreError::make(StoreErrorCode::NotUnlocked,
                                QCoreApplication::translate("Session", "Nobody is signed in."));
    StoreError error = openAs(m_worker.username, password);
    if (error.ok()) {
        m_audit->append(m_worker.id, QStringLiteral("session.unlock"));
        emit unlocked();
    }
    return error;
}

StoreError Session::openAs(const QString &username, const QString &password)
{
    m_audit.reset();
    StoreError error = m_vault->unlockWithPassword(username, password);
    if (!error.ok())
        return error;
    m_audit = std::make_unique<storage::AuditLog>(m_vault->database(), m_clock);
    storage::WorkerRepository workers(m_vault->database());
    // Failed attempts made while the store was closed are written now, with their own times.
    for (const auto &failure : m_vault->takeUnreportedFailures())
        m_audit->appendAt(failure.atUtc, 0, QStringLiteral("session.sign_in_failed"),
                          QStringLiteral("key_slot"), failure.slotId);
    const auto worker = workers.findByUsername(username);
    if (!worker || !worker->active) {
        m_audit->append(worker ? worker->id : 0, QStringLiteral("session.sign_in_refused"),
                        QStringLiteral("worker"), worker ? QString::number(worker->id) : QString());
        m_audit.reset();
        m_vault->lock();
        const bool wasSignedIn = isSignedIn(); // disabled while the screen was locked
        m_worker = {};
        if (wasSignedIn)
            emit signedOut();
        return StoreError::make(
            StoreErrorCode::AccountDisabled,
            QCoreApplication::translate("Session",
                                        "This account is disabled. Ask the center manager."));
    }
    const bool sameWorker = m_worker.id == worker->id;
    m_worker = *worker;
    if (!sameWorker)
        m_audit->append(m_worker.id, QStringLiteral("session.sign_in"), QStringLiteral("worker"),
                        QString::number(m_worker.id));
    return StoreError::success();
}

StoreError Session::recoverDevice(const QString &recoveryCode)
{
    signOut();
    StoreError error = m_vault->unlockWithRecoveryCode(recoveryCode);
    if (!error.ok())
        return error;
    {
        storage::AuditLog audit(m_vault->database(), m_clock);
        for (const auto &failure : m_vault->takeUnreportedFailures())
            audit.appendAt(failure.atUtc, 0, QStringLiteral("session.sign_in_failed"),
                           QStringLiteral("key_slot"), failure.slotId);
        audit.append(0, QStringLiteral("device.rebound"), QStringLiteral("vault"),
                     m_vault->vaultId());
    }
    m_vault->lock();
    return StoreError::success();
}

void Session::lock()
{
    if (!isSignedIn() || isLocked())
        return;
    m_audit->append(m_worker.id, QStringLiteral("session.lock"));
    m_audit.reset();
    m_vault->lock();
    emit locked();
}

void Session::signOut()
{
    if (!isSignedIn())
        return;
    if (!isLocked() && m_audit)
        m_audit->append(m_worker.id, QStringLiteral("session.sign_out"));
    m_audit.reset();
    m_vault->lock();
    m_worker = {};
    emit signedOut();
}

QString Session::currentNdaVersion()
{
    return QStringLiteral("1405-1");
}

QString Session::ndaText()
{
    return QCoreApplication::translate(
        "Session",
        "Non-disclosure agreement for the +Life center software\n\n"
        "1. The information of clients and households held in this software is confidential. I "
        "use it only for the duties of my role at this center.\n"
        "2. I do not show, copy, photograph, print or send any of it to anyone who is not "
        "entitled to it, during or after my work at the center.\n"
        "3. I keep my password to myself, lock the screen when I leave the computer and sign out "
        "at the end of the day.\n"
        "4. I know that every view and change of a household file is recorded under my name.\n"
        "5. I report any loss of a device or any disclosure to the center manager at once.\n"
        "6. A breach of this agreement is dealt with under the rules of the Welfare Organization "
        "and the law.");
}

bool Session::needsNdaAcceptance() const
{
    return isSignedIn() &&
           (!m_worker.ndaAcceptedUtc.isValid() || m_worker.ndaVersion != currentNdaVersion());
}

StoreError Session::acceptNda()
{
    if (isLocked())
        return StoreError::notUnlocked();
    storage::WriteTransaction transaction(database());
    storage::WorkerRepository workers(database());
    const QDateTime now = m_clock.nowUtc();
    if (!workers.setNdaAccepted(m_worker.id, currentNdaVersion(), now))
        return dbError(workers.lastError());
    if (StoreError error = m_audit->append(m_worker.id, QStringLiteral("worker.nda_accepted"),
                                           QStringLiteral("worker"), QString::number(m_worker.id),
                                           {{QStringLiteral("version"), currentNdaVersion()}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return dbError(transaction.error());
    m_worker.ndaAcceptedUtc = now;
    m_worker.ndaVersion = currentNdaVersion();
    return StoreError::success();
}

StoreError Session::changePassword(const QString &current, const QString &next)
{
    if (isLocked())
        return StoreError::notUnlocked();
    QString reason;
    if (!domain::isAcceptablePassword(next, m_worker.username, &reason))
        return StoreError::make(StoreErrorCode::InvalidInput, reason);
    if (StoreError error = m_vault->verifyPassword(m_worker.username, current); !error.ok())
        return error;
    if (StoreError error = m_vault->setPasswordSlot(m_worker.username, next); !error.ok())
        return error;
    storage::WorkerRepository(database())
        .setMustChangePassword(m_worker.id, false, m_clock.nowUtc());
    m_worker.mustChangePassword = false;
    return m_audit->append(m_worker.id, QStringLiteral("worker.password_changed"),
                           QStringLiteral("worker"), QString::number(m_worker.id));
}

domain::CenterInfo Session::center() const
{
    if (isLocked())
        return {};
    return storage::CenterRepository(database()).load().value_or(domain::CenterInfo{});
}

StoreError Session::updateCenter(const domain::CenterInfo &center)
{
    if (StoreError error = requireManager(); !error.ok())
        return error;
    if (const QString reason = domain::validateCenter(center); !reason.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput, reason);
    storage::WriteTransaction transaction(database());
    storage::CenterRepository centers(database());
    if (!centers.save(center, m_clock.nowUtc()))
        return dbError(centers.lastError());
    m_audit->append(m_worker.id, QStringLiteral("center.update"), QStringLiteral("center"),
                    center.code, {{QStringLiteral("licensed_capacity"), center.licensedCapacity}});
    if (!transaction.commit())
        return dbError(transaction.error());
    return StoreError::success();
}

int Session::idleLockMinutes() const
{
    if (isLocked())
        return kDefaultIdleLockMinutes;
    const int minutes = storage::SettingsRepository(database())
                            .value(kIdleLockKey, QString::number(kDefaultIdleLockMinutes))
                            .toInt();
    return minutes > 0 ? minutes : kDefaultIdleLockMinutes;
}

StoreError Session::setIdleLockMinutes(int minutes)
{
    if (StoreError error = requireManager(); !error.ok())
        return error;
    if (minutes < 1 || minutes > 120)
        return StoreError::make(
            StoreErrorCode::InvalidInput,
            QCoreApplication::translate("Session",
                                        "The idle time before locking is 1 to 120 minutes."));
    storage::WriteTransaction transaction(database());
    storage::SettingsRepository(database())
        .setValue(kIdleLockKey, QString::number(minutes), m_worker.id, m_clock.nowUtc());
    m_audit->append(m_worker.id, QStringLiteral("settings.change"), QStringLiteral("setting"),
                    kIdleLockKey, {{QStringLiteral("value"), minutes}});
    if (!transaction.commit())
        return dbError(transaction.error());
    return StoreError::success();
}

QSqlDatabase Session::database() const
{
    return m_vault->database();
}

storage::AuditLog &Session::audit()
{
    return *m_audit;
}

storage::Vault &Session::vault()
{
    return *m_vault;
}

StoreError Session::requireManager() const
{
    if (isLocked())
        return StoreError::notUnlocked();
    if (!m_worker.isManager())
        return StoreError::make(
            StoreErrorCode::NotPermitted,
            QCoreApplication::translate("Session", "Only the center manager may do this."));
    return StoreError::success();
}

} // namespace pluslife::services
