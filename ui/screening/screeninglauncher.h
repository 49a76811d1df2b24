#pragma once

#include "domain/household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// An installed level-1 screening form (activity 18).
struct ScreeningForm {
    QString formId;
    QString title;
    qint64 versionId = 0; // the latest installed version
};

// Opens a screening form about a person, in the form window of FormLauncher. The person's
// birth date, when the file has it, is filled in ahead (/<root>/child/birth_date) so the form's
// age check has it; the worker can still change it.
class ScreeningLauncher {
    Q_DECLARE_TR_FUNCTIONS(ScreeningLauncher)

public:
    // Runs when the form window closes; `submitted` when the screening was stored.
    using Finished = std::function<void(bool submitted)>;

    // The installed activity-18 forms: vision, hearing, genetic, autism first, then any other.
    static QList<ScreeningForm> forms(services::Session &session);
    // "" or a translated reason the form could not be opened.
    static QString start(services::Session &session, qint64 formVersionId,
                         const domain::Person &person, qint64 householdId, QWidget *parent,
                         Finished finished = {});
};

} // namespace pluslife::ui
