#include "documentservice.h"

#include "domain/accesspolicy.h"
#include "householdaccess.h"
#include "session.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/documentrepository.h"
#include "storage/householdrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::make(
        StoreErrorCode::Database,
        QCoreApplication::translate("DocumentService", "The document could not be saved."),
        error.databaseText());
}

StoreError audit(Session &session, const QString &action, const domain::Document &document)
{
    return session.audit().append(session.worker().id, action, QStringLiteral("document"),
                                  QString::number(document.id),
                                  {{QStringLiteral("household"), document.householdId}});
}

// The timeline event and the audit entry of a change, inside the caller's transaction.
StoreError recordChange(Session &session, const QString &kind, const domain::Document &document)
{
    storage::HouseholdRepository households(session.database());
    if (!households.addTimelineEvent(document.householdId, session.worker().id, kind,
                                     {{QStringLiteral("document"), document.id},
                                      {QStringLiteral("type"), document.typeCode},
                                      {QStringLiteral("person"), document.personId}},
                                     session.clock().nowUtc()))
        return saveFailed(households.lastError());
    return audit(session, kind, document);
}

} // namespace

DocumentService::DocumentService(Session &session)
    : m_session(session)
{}

bool DocumentService::mayReadDocuments() const
{
    return !m_session.isLocked() &&
           domain::allows(m_session.worker().role, domain::Capability::ReadDocuments);
}

StoreError DocumentService::checklist(qint64 householdId, const QString &requestType,
                                      QList<domain::ChecklistItem> *items) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const domain::WorkerRole role = m_session.worker().role;
    const bool reception = role == domain::WorkerRole::Reception;
    if (!reception)
        if (StoreError error = checkHouseholdAccess(m_session, householdId, false); !error.ok())
            return error;
    const domain::DocumentChecklist &list = domain::DocumentChecklist::shipped();
    if (!list.hasRequestType(requestType))
        return StoreError::invalidInput(
            QCoreApplication::translate("DocumentService", "There is no such request type."));
    storage::HouseholdRepository households(m_session.database());
    const auto household = households.household(householdId);
    if (!household)
        return StoreError::invalidInput(
            QCoreApplication::translate("DocumentService", "There is no such household file."));
    *items =
        list.itemsFor(requestType, *household, households.currentMembers(householdId),
                      storage::DocumentRepository(m_session.database()).ofHousehold(householdId),
                      m_session.clock().nowUtc().date());
    if (!domain::allows(role, domain::Capability::ReadFileDetails))
        for (domain::ChecklistItem &item : *items)
            item.personName.clear();
    return StoreError::success();
}

StoreError DocumentService::documents(qint64 householdId, QList<domain::Document> *out) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!mayReadDocuments())
        return notPermittedError();
    if (StoreError error = checkHouseholdAccess(m_session, householdId, false); !error.ok())
        return error;
    *out = storage::DocumentRepository(m_session.database()).ofHousehold(householdId);
    return StoreError::success();
}

StoreError DocumentService::attach(qint64 householdId, qint64 personId, const QString &typeCode,
                                   const QString &filePath, const QString &originalName,
                                   domain::Document *created)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("DocumentService", "The file could not be read."),
            file.errorString());
    return attach(householdId, personId, typeCode, file,
                  originalName.isEmpty() ? QFileInfo(filePath).fileName() : originalName, created);
}

StoreError DocumentService::attach(qint64 householdId, qint64 personId, const QString &typeCode,
                                   QIODevice &content, const QString &originalName,
                                   domain::Document *created)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!mayReadDocuments())
        return notPermittedError();
    if (StoreError error = checkHouseholdAccess(m_session, householdId, true); !error.ok())
        return error;
    if (!domain::DocumentChecklist::shipped().hasDocumentType(typeCode))
        return StoreError::invalidInput(
            QCoreApplication::translate("DocumentService", "There is no such document type."));
    storage::HouseholdRepository households(m_session.database());
    if (personId != 0 && households.currentHouseholdOf(personId) != householdId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "DocumentService", "This person is not a member of this household."));
    StoreError typeError;
    const QString mimeType = storage::AttachmentStore::mimeTypeFor(originalName, &typeError);
    if (mimeType.isEmpty())
        return typeError;

    storage::WriteTransaction transaction(m_session.database());
    storage::AttachmentStore store(m_session.vault(), m_session.clock());
    storage::AttachmentInfo info;
    if (StoreError error = store.put(content, mimeType, &info); !error.ok())
        return error;
    storage::DocumentRepository repository(m_session.database());
    if (repository.holdsAttachment(householdId, info.address))
        return StoreError::invalidInput(QCoreApplication::translate(
            "DocumentService", "This file is already attached to this household file."));
    domain::Document document;
    document.householdId = householdId;
    document.personId = personId;
    document.typeCode = typeCode;
    document.attachmentAddress = info.address;
    document.originalName = QFileInfo(originalName).fileName();
    document.mimeType = info.mimeType;
    document.size = info.size;
    document.addedBy = m_session.worker().id;
    document.addedByName = m_session.worker().displayName;
    document.addedUtc = m_session.clock().nowUtc();
    if (!repository.insert(&document))
        return saveFailed(repository.lastError());
    if (StoreError error = recordChange(m_session, QStringLiteral("document.added"), document);
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (created)
        *created = document;
    return StoreError::success();
}

StoreError DocumentService::load(qint64 documentId, bool write, domain::Document *document) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!mayReadDocuments())
        return notPermittedError();
    const auto found = storage::DocumentRepository(m_session.database()).document(documentId);
    if (!found)
        return StoreError::invalidInput(
            QCoreApplication::translate("DocumentService", "There is no such document."));
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, write); !error.ok())
        return error;
    *document = *found;
    return StoreError::success();
}

StoreError DocumentService::step(qint64 documentId, bool verify)
{
    domain::Document document;
    if (StoreError error = load(documentId, true, &document); !error.ok())
        return error;
    if (verify && document.checkedBy == 0)
        return StoreError::invalidInput(QCoreApplication::translate(
            "DocumentService", "A document must be checked before it can be verified."));
    if ((verify ? document.verifiedBy : document.checkedBy) != 0)
        return StoreError::invalidInput(
            verify ? QCoreApplication::translate("DocumentService",
                                                 "This document is already verified.")
                   : QCoreApplication::translate("DocumentService",
                                                 "This document is already checked."));
    storage::WriteTransaction transaction(m_session.database());
    storage::DocumentRepository repository(m_session.database());
    const qint64 me = m_session.worker().id;
    const QDateTime now = m_session.clock().nowUtc();
    if (!(verify ? repository.markVerified(documentId, me, now)
                 : repository.markChecked(documentId, me, now)))
        return saveFailed(repository.lastError());
    if (StoreError error = recordChange(m_session,
                                        verify ? QStringLiteral("document.verified")
                                               : QStringLiteral("document.checked"),
                                        document);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

StoreError DocumentService::markChecked(qint64 documentId)
{
    return step(documentId, false);
}

StoreError DocumentService::markVerified(qint64 documentId)
{
    return step(documentId, true);
}

StoreError DocumentService::preview(qint64 documentId, QByteArray *plain,
                                    domain::Document *document)
{
    domain::Document found;
    if (StoreError error = load(documentId, false, &found); !error.ok())
        return error;
    // Audited first: if the entry cannot be written, nothing is shown.
    storage::WriteTransaction transaction(m_session.database());
    if (StoreError error = audit(m_session, QStringLiteral("document.view"), found); !error.ok())
        return error;
    if (StoreError error = storage::AttachmentStore(m_session.vault(), m_session.clock())
                               .read(found.attachmentAddress, plain);
        !error.ok())
        return error;
    if (!transaction.commit()) {
        plain->clear();
        return saveFailed(transaction.error());
    }
    if (document)
        *document = found;
    return StoreError::success();
}

StoreError DocumentService::exportTo(qint64 documentId, const QString &targetPath)
{
    domain::Document found;
    if (StoreError error = load(documentId, false, &found); !error.ok())
        return error;
    storage::WriteTransaction transaction(m_session.database());
    if (StoreError error = audit(m_session, QStringLiteral("document.export"), found); !error.ok())
        return error;
    if (StoreError error = storage::AttachmentStore(m_session.vault(), m_session.clock())
                               .exportTo(found.attachmentAddress, targetPath);
        !error.ok())
        return error;
    if (!transaction.commit()) {
        QFile::remove(targetPath); // never a plaintext copy without its audit entry
        return saveFailed(transaction.error());
    }
    return StoreError::success();
}

} // namespace pluslife::services
