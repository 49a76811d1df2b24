#pragma once

#include "services/formservice.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// Opens a form to fill in its own window (FormFillDialog) wired to the drafts and submissions
// of forms::FormService: the draft is saved as the worker types, on Close and when the app
// locks; Submit validates and stores the submission with its case fields in one go.
// `finished(submitted)` runs when the window closes. Each returns "" or a translated reason it
// could not open.
class FormLauncher {
    Q_DECLARE_TR_FUNCTIONS(FormLauncher)

public:
    using Finished = std::function<void(bool submitted)>;

    static QString startNew(services::Session &session, qint64 formVersionId,
                            const forms::FormSubject &subject, QWidget *parent,
                            Finished finished = {});
    static QString resume(services::Session &session, qint64 draftId, QWidget *parent,
                          Finished finished = {});
    static QString correct(services::Session &session, qint64 submissionId, QWidget *parent,
                           Finished finished = {});
    // The newest installed version of a form, 0 when it is not installed.
    static qint64 latestVersion(services::Session &session, const QString &formId);

private:
    static void open(services::Session &session, qint64 draftId,
                     std::unique_ptr<forms::FormSession> filling, QWidget *parent,
                     Finished finished);
};

} // namespace pluslife::ui
