#include "formfilldialog.h"

#include "common/errorlabel.h"
#include "formdraftsaver.h"
#include "formview.h"
#include "locale/digits.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

FormFillDialog::FormFillDialog(forms::FormSession &session, FormFillActions actions,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actions(std::move(actions))
    , m_view(new FormView(session, this))
    , m_status(new ErrorLabel(this))
    , m_saveButton(new QPushButton(tr("&Save draft"), this))
    , m_submitButton(new QPushButton(tr("S&ubmit"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this))
{
    setObjectName(u"formFillDialog"_s);
    const QString title = session.definition().title;
    setWindowTitle(title.isEmpty() ? tr("Form") : title);
    m_status->setObjectName(u"formStatusLabel"_s);
    m_saveButton->setObjectName(u"formSaveDraftButton"_s);
    m_submitButton->setObjectName(u"formSubmitButton"_s);
    m_closeButton->setObjectName(u"formCloseButton"_s);
    // Enter belongs to the form (next question), never to a button of the dialog.
    for (QPushButton *button : {m_saveButton, m_submitButton, m_closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_saveButton->setVisible(bool(m_actions.saveDraft));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_submitButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(720, 640);

    m_saver = std::make_unique<FormDraftSaver>([this] { runSave(false); });
    m_saver->watch(m_view);
    connect(m_saveButton, &QPushButton::clicked, this, &FormFillDialog::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &FormFillDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &FormFillDialog::reject);
}

FormFillDialog::~FormFillDialog()
{
    m_saver->flush();
}

bool FormFillDialog::runSave(bool announce)
{
    if (!m_actions.saveDraft)
        return true;
    const QString error = m_actions.saveDraft(m_session);
    if (!error.isEmpty()) {
        m_status->showError(error);
        m_saveFailed = true;
        return false;
    }
    const bool failedBefore = std::exchange(m_saveFailed, false);
    if (announce) {
        const QString time =
            locale::localizeDigits(QTime::currentTime().toString(u"HH:mm"_s), locale());
        m_status->showNotice(tr("Draft saved at %1.").arg(time));
    } else if (failedBefore) {
        m_status->clearMessage(); // the earlier save error is over
    }
    return true;
}

bool FormFillDialog::saveDraft()
{
    m_saver->discard(); // saved now: nothing left pending
    return runSave(true);
}

void FormFillDialog::submit()
{
    m_status->clearMessage();
    if (!m_view->validateAndFocus()) {
        m_status->showError(
            tr("Some answers are missing or not valid: the first one is selected."));
        return;
    }
    const QString error = m_actions.submit ? m_actions.submit(m_session) : QString();
    if (!error.isEmpty()) {
        m_status->showError(error);
        return;
    }
    m_saver->discard(); // submitted: the draft is the host's to remove
    QDialog::accept();
}

void FormFillDialog::reject()
{
    m_saver->flush();
    QDialog::reject();
}

} // namespace pluslife::ui
