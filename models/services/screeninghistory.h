#pragma once

#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pluslife::services {

class Session;

// One level-1 screening (activity 18) of a person, as its submission recorded it
// (table screening_results, written by forms/services/screeningoutcome.cpp).
struct ScreeningResult {
    qint64 id = 0;
    qint64 personId = 0;
    qint64 householdId = 0;
    QString formId;    // screening_vision, screening_hearing, screening_genetic, screening_autism
    QString formTitle; // the title of the version filled
    qint64 formVersionId = 0;
    qint64 submissionId = 0;
    QString band; // normal | low | follow-up | refer
    bool hasScore = false;
    int score = 0;
    QDateTime screenedUtc;
    qint64 workerId = 0;
    QString workerName;
    qint64 referralId = 0; // the referral the result made, 0 when none
    qint64 taskId = 0;     // the re-screening task it made, 0 when none
};

// A person's screening history, for their record and the campaign summary. Reading checks the
// signed-in worker's access to the household the results belong to; a corrected screening shows
// its latest version only.
class ScreeningHistory {
    Q_DECLARE_TR_FUNCTIONS(ScreeningHistory)

public:
    explicit ScreeningHistory(Session &session);

    // Newest first.
    QList<ScreeningResult> ofPerson(qint64 personId) const;
    QList<ScreeningResult> ofHousehold(qint64 householdId) const;
    // The result a submission recorded.
    storage::StoreError ofSubmission(qint64 submissionId, ScreeningResult *result) const;

    // The result bands in display order, and their translated names.
    static QStringList bands();
    static QString bandName(const QString &band);

private:
    QList<ScreeningResult> select(const QString &where, qint64 id, bool checkEach) const;

    Session &m_session;
};

} // namespace pluslife::services
