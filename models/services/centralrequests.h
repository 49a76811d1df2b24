#pragma once

#include "storage/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a center asks of the central window while offline (DESIGN.md §3, issue 6): national-code
// inquiries answered from the central's registry, and SMS notifications its gateway sends. Both
// are rows that sync carries (entities inquiry and sms_request); the answers come back with a
// later cycle.
namespace pluslife::services {

class Session;

struct NationalCodeInquiry {
    QString uuid;
    QString nationalCode;
    QString status; // queued | answered
    bool found = false;
    QString firstName;
    QString lastName;
    QString birthDate; // ISO yyyy-MM-dd, as the registry has it
    bool alive = true;
    QDateTime askedUtc;
    QDateTime answeredUtc;
};

class CentralRequests {
public:
    explicit CentralRequests(Session &session);

    // Queues an inquiry (validated code; personId 0 when it is not about a known person).
    storage::StoreError queueInquiry(const QString &nationalCode, qint64 personId,
                                     QString *uuid = nullptr);
    // Newest first.
    QList<NationalCodeInquiry> inquiries(int limit = 100) const;

    // An SMS for the central's gateway, inside the caller's transaction when one is open.
    static storage::StoreError requestSms(QSqlDatabase db, const QString &templateKey,
                                          const QString &mobile, const QJsonObject &params,
                                          qint64 householdId, const QDateTime &nowUtc);

private:
    Session &m_session;
};

} // namespace pluslife::services
