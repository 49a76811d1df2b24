#pragma once

#include "engine/formdefinition.h"
#include "engine/formsession.h"
#include "storage/formrepository.h"
#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace pluslife::services {
class Session;
} // namespace pluslife::services

namespace pluslife::forms {

// What a level-1 screening form (activity 18) says about its own result, on the primary
// instance root:
//   pluslife:service="16041056101"  the catalog service a referral asks for;
//   pluslife:recheck-days="30"      days until the re-screening of a follow-up result.
// The result band is always the calculate at /<root>/result/band (normal | low | follow-up |
// refer), its score, when the form has one, at /<root>/result/score.
struct ScreeningRules {
    QString serviceId;
    int recheckDays = 0; // 0: the attribute is absent (DefaultRecheckDays is used)
};

// The result of a screening form submitted, recorded in the submission's own transaction
// (FormService::submit): a row of screening_results; for "refer" a referral (kind
// behzisti-service, origin screening, with the follow-up task ReferralService makes with it);
// for "follow-up" a re-screening task only. A correction supersedes the row of the submission
// it corrects and makes no new referral or task when the band is unchanged.
class ScreeningOutcome {
    Q_DECLARE_TR_FUNCTIONS(ScreeningOutcome)

public:
    static constexpr int DefaultRecheckDays = 30;

    struct Recorded {
        qint64 resultId = 0;
        qint64 referralId = 0;
        qint64 taskId = 0;
        QString band;
    };

    static bool isScreening(const FormDefinition &form);
    static ScreeningRules rules(const FormDefinition &form);
    static QString bandPath(const FormDefinition &form);
    static QString scorePath(const FormDefinition &form);

    // Before anything is written: a screening filling must have a known band.
    static storage::StoreError check(const FormSession &filling);
    // Inside the caller's write transaction, after the submission row exists.
    static storage::StoreError record(services::Session &session, const FormSession &filling,
                                      const storage::FormSubmissionRecord &submission,
                                      Recorded *recorded = nullptr);
};

} // namespace pluslife::forms
