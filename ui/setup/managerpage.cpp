#include "managerpage.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "domain/worker.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ManagerPage::ManagerPage(CreateFunction create, ExistsFunction storeExists, QWidget *parent)
    : QWizardPage(parent)
    , m_create(std::move(create))
    , m_storeExists(std::move(storeExists))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(this, u"manager"_s)
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"managerPage"_s);
    setTitle(tr("The center manager"));
    setSubTitle(tr("The first account: the manager adds the other workers after signing in."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create center"));

    m_username->setObjectName(u"managerUserEdit"_s);
    m_username->setMaxLength(32);
    m_username->setLayoutDirection(Qt::LeftToRight); // Latin login names
    m_username->setToolTip(tr("3 to 32 Latin letters, digits, '.', '_' or '-', starting with a "
                              "letter."));
    m_displayName->setObjectName(u"managerNameEdit"_s);
    m_displayName->setMaxLength(100);
    m_error->setObjectName(u"managerError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Full &name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password.password);
    form->addRow(tr("Password &again:"), m_password.confirm);

    auto *hint = new QLabel(tr("Choose a password of at least 10 characters that only you know. "
                               "Nobody, not even Behzisti, can read the center's files without "
                               "a worker's password or the recovery code."),
                            this);
    hint->setWordWrap(true);
    alignToReadingSide(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    for (QLineEdit *edit : {m_username, m_displayName, m_password.password, m_password.confirm})
        connect(edit, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);
}

QString ManagerPage::username() const
{
    return domain::normalizeUsername(m_username->text());
}

bool ManagerPage::validatePage()
{
    if (m_failedHard)
        return false;
    QString problem;
    const QString username = domain::normalizeUsername(m_username->text(), &problem);
    if (username.isEmpty()) {
        m_error->showError(problem);
        m_username->setFocus();
        return false;
    }
    if (m_displayName->text().simplified().isEmpty()) {
        m_error->showError(tr("Enter the manager's full name."));
        m_displayName->setFocus();
        return false;
    }
    problem = m_password.problem(username);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        m_password.password->setFocus();
        return false;
    }

    const services::ManagerAccount manager{username, m_displayName->text().simplified(),
                                           m_password.text()};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::StoreError error = m_create(manager);
    QGuiApplication::restoreOverrideCursor();
    if (error.ok()) {
        m_password.clear();
        return true;
    }
    m_error->showError(error.message);
    // Never try again over whatever is now in the data directory.
    if (m_storeExists()) {
        m_failedHard = true;
        emit completeChanged();
    }
    return false;
}

bool ManagerPage::isComplete() const
{
    return !m_failedHard && QWizardPage::isComplete();
}

} // namespace pluslife::ui
