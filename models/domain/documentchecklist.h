#pragma once

#include "household.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pluslife::domain {

// Activity 4 (اخذ و بررسی مدارک): which documents a request type needs, as shipped data
// (domain/data/document-checklists.json), and the documents a household file holds.

// Who a required document is for.
enum class DocumentFor {
    Household,    // one for the household (lease, utility bill, self-declaration …)
    Head,         // the head of household
    EachAdult,    // every current member aged 18 or more (or of unknown age)
    EachMember,   // every current member
    EachDisabled, // every current member with a recorded disability
};

struct RequiredDocument {
    QString typeCode;
    DocumentFor appliesTo = DocumentFor::Household;
    // Empty: always. "tenant", "widowed-head" or "divorced-head": only for such households.
    QString when;
};

struct RequestTypeInfo {
    QString code;
    QString nameFa;
    QString nameEn;
    QList<RequiredDocument> required;
};

struct DocumentTypeInfo {
    QString code;
    QString nameFa;
    QString nameEn;
};

// Where a document stands; each step needs the one before.
enum class DocumentState { Missing, Attached, Checked, Verified };
QString documentStateKey(DocumentState state); // "missing", "attached", "checked", "verified"

// One document of a household file (the encrypted file is in the AttachmentStore).
struct Document {
    qint64 id = 0;
    QString uuid;
    qint64 householdId = 0;
    qint64 personId = 0; // 0: the household as a whole
    QString typeCode;
    QString attachmentAddress;
    QString originalName;
    QString mimeType;
    qint64 size = 0;
    qint64 addedBy = 0;
    QString addedByName;
    QDateTime addedUtc;
    qint64 checkedBy = 0;
    QString checkedByName;
    QDateTime checkedUtc;
    qint64 verifiedBy = 0;
    QString verifiedByName;
    QDateTime verifiedUtc;

    DocumentState state() const
    {
        if (verifiedBy != 0)
            return DocumentState::Verified;
        return checkedBy != 0 ? DocumentState::Checked : DocumentState::Attached;
    }
};

// One line of a household's checklist: a required document, for whom, and where it stands
// (from the most advanced document of that type for that person).
struct ChecklistItem {
    QString typeCode;
    DocumentFor appliesTo = DocumentFor::Household;
    qint64 personId = 0; // 0: the household as a whole
    QString personName;  // empty for roles that may not read members' details
    QString relation;    // the person's relation key ("head", "child" …); empty for household
    DocumentState state = DocumentState::Missing;
    qint64 documentId = 0; // the document giving the state; 0 when missing
    qint64 byWorkerId = 0; // who attached, checked or verified it (by the state)
    QString byWorkerName;
    QDateTime atUtc;
};

class DocumentChecklist {
public:
    // The checklist shipped with the application (empty if the resource is broken, which the
    // tests rule out).
    static const DocumentChecklist &shipped();
    // Reads the JSON layout of document-checklists.json; false and a reason on a bad file.
    static bool parse(const QByteArray &json, DocumentChecklist *out, QString *error);

    QStringList requestTypes() const;
    QStringList documentTypes() const;
    bool hasRequestType(const QString &code) const;
    bool hasDocumentType(const QString &code) const;
    QList<RequiredDocument> requiredFor(const QString &requestType) const;

    // Persian name in a Persian locale, English otherwise; the code itself when unknown.
    QString displayName(const QString &typeCode, const QLocale &locale) const;
    QString requestTypeName(const QString &requestType, const QLocale &locale) const;

    // The checklist of one household for a request type: the rules expanded over its current
    // members (adults on `today`) and matched against its documents. Empty for an unknown type.
    QList<ChecklistItem> itemsFor(const QString &requestType, const Household &household,
                                  const QList<Member> &members, const QList<Document> &documents,
                                  const QDate &today) const;

private:
    QList<RequestTypeInfo> m_requestTypes;
    QList<DocumentTypeInfo> m_documentTypes;
};

} // namespace pluslife::domain
