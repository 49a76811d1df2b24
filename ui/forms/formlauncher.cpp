#include "formlauncher.h"

#include "formfilldialog.h"
#include "services/session.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

// Keeps the filling alive exactly as long as its window: a child of the dialog is destroyed
// after the dialog's own destructor has flushed the last draft save.
class FillingHolder : public QObject {
public:
    explicit FillingHolder(std::unique_ptr<forms::FormSession> filling)
        : m_filling(std::move(filling))
    {}
    forms::FormSession &filling() { return *m_filling; }

private:
    std::unique_ptr<forms::FormSession> m_filling;
};

} // namespace

void FormLauncher::open(services::Session &session, qint64 draftId,
                        std::unique_ptr<forms::FormSession> filling, QWidget *parent,
                        Finished finished)
{
    auto *holder = new FillingHolder(std::move(filling));
    auto submitted = std::make_shared<bool>(false);
    FormFillActions actions;
    actions.saveDraft = [&session, draftId](forms::FormSession &answers) -> QString {
        if (!session.isSignedIn() || session.isLocked())
            return tr("The desk is locked; the draft is kept as it was last saved.");
        const storage::StoreError error = forms::FormService(session).saveDraft(draftId, answers);
        return error.ok() ? QString() : error.message;
    };
    actions.submit = [&session, draftId, submitted](forms::FormSession &answers) -> QString {
        const storage::StoreError error = forms::FormService(session).submit(draftId, answers);
        if (!error.ok())
            return error.message;
        *submitted = true;
        return QString();
    };
    auto *dialog = new FormFillDialog(holder->filling(), actions, parent);
    holder->setParent(dialog);
    dialog->setObjectName(u"formFillDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [finished, submitted](int) {
        if (finished)
            finished(*submitted);
    });
    dialog->open();
}

QString FormLauncher::startNew(services::Session &session, qint64 formVersionId,
                               const forms::FormSubject &subject, QWidget *parent,
                               Finished finished)
{
    qint64 draftId = 0;
    std::unique_ptr<forms::FormSession> filling;
    const storage::StoreError error =
        forms::FormService(session).startDraft(formVersionId, subject, &draftId, &filling);
    if (!error.ok())
        return error.message;
    open(session, draftId, std::move(filling), parent, std::move(finished));
    return QString();
}

QString FormLauncher::resume(services::Session &session, qint64 draftId, QWidget *parent,
                             Finished finished)
{
    std::unique_ptr<forms::FormSession> filling;
    const storage::StoreError error = forms::FormService(session).resumeDraft(draftId, &filling);
    if (!error.ok())
        return error.message;
    open(session, draftId, std::move(filling), parent, std::move(finished));
    return QString();
}

QString FormLauncher::correct(services::Session &session, qint64 submissionId, QWidget *parent,
                              Finished finished)
{
    qint64 draftId = 0;
    std::unique_ptr<forms::FormSession> filling;
    const storage::StoreError error =
        forms::FormService(session).correct(submissionId, &draftId, &filling);
    if (!error.ok())
        return error.message;
    open(session, draftId, std::move(filling), parent, std::move(finished));
    return QString();
}

qint64 FormLauncher::latestVersion(services::Session &session, const QString &formId)
{
    for (const forms::InstalledForm &form : forms::FormService(session).installedForms()) {
        if (form.formId == formId)
            return form.latestVersionId;
    }
    return 0;
}

} // namespace pluslife::ui
