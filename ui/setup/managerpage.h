#pragma once

#include "common/passwordfields.h"
#include "services/centersetup.h"
#include "storage/storeerror.h"

#include <QWizardPage>

#include <functional>

class QLineEdit;

namespace pluslife::ui {

class ErrorLabel;

// Setup, step 2: the first manager's account. "Create center" (the commit button) creates the
// store through `create`; the wizard cannot go back afterwards.
class ManagerPage : public QWizardPage {
    Q_OBJECT
public:
    using CreateFunction = std::function<storage::StoreError(const services::ManagerAccount &)>;
    using ExistsFunction = std::function<bool()>;

    ManagerPage(CreateFunction create, ExistsFunction storeExists, QWidget *parent = nullptr);

    QString username() const;
    bool validatePage() override;
    bool isComplete() const override;

private:
    CreateFunction m_create;
    ExistsFunction m_storeExists;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    NewPasswordFields m_password;
    ErrorLabel *m_error;
    bool m_failedHard = false;
};

} // namespace pluslife::ui
