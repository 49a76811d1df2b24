#pragma once

#include "domain/documentchecklist.h"
#include "storage/storeerror.h"

#include <QIODevice>
#include <QList>

namespace pluslife::services {

class Session;

// Activity 4 (اخذ و بررسی مدارک): the checklist of required documents, scans and photos
// attached encrypted (storage/attachmentstore.h), checked and verified by whom and when.
//
// Who may do what (issue 3, "Who sees what"; enforced here, whatever the UI shows):
//   reception       checklist() only: the states, no files, no member names;
//   social worker   everything, on files assigned to them and unassigned files;
//   manager         everything on every file;
//   specialist      nothing yet (referrals arrive later).
// Every change goes with its timeline event and audit entry in one transaction; previews and
// exports are audited (document.view, document.export). Audit entries hold ids only, never a
// file name. Messages are translated ("DocumentService" context).
class DocumentService {
public:
    explicit DocumentService(Session &session);

    // True when the signed-in worker may see documents beyond the checklist.
    bool mayReadDocuments() const;

    storage::StoreError checklist(qint64 householdId, const QString &requestType,
                                  QList<domain::ChecklistItem> *items) const;
    storage::StoreError documents(qint64 householdId, QList<domain::Document> *out) const;

    // Attaches a PDF, JPEG, PNG or TIFF (by the name's extension and the content) for a member
    // (`personId`) or the household as a whole (0). `originalName` empty: the file's own name.
    storage::StoreError attach(qint64 householdId, qint64 personId, const QString &typeCode,
                               const QString &filePath, const QString &originalName = {},
                               domain::Document *created = nullptr);
    // The same from what `content` has from its position on; the type is from `originalName`.
    storage::StoreError attach(qint64 householdId, qint64 personId, const QString &typeCode,
                               QIODevice &content, const QString &originalName,
                               domain::Document *created = nullptr);

    storage::StoreError markChecked(qint64 documentId);
    // Only a checked document can be verified.
    storage::StoreError markVerified(qint64 documentId);

    // The decrypted file in memory only, for showing it (audited as document.view).
    storage::StoreError preview(qint64 documentId, QByteArray *plain,
                                domain::Document *document = nullptr);
    // Writes the decrypted file to `targetPath` (audited as document.export): the one way a
    // document leaves the store as plaintext.
    storage::StoreError exportTo(qint64 documentId, const QString &targetPath);

private:
    storage::StoreError load(qint64 documentId, bool write, domain::Document *document) const;
    storage::StoreError step(qint64 documentId, bool verify);

    Session &m_session;
};

} // namespace pluslife::services
