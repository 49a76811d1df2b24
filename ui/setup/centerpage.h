#pragma once

#include "domain/center.h"

#include <QWizardPage>

namespace pluslife::ui {

class CenterFields;
class ErrorLabel;

// Setup, step 1: the center as licensed by Behzisti.
class CenterPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CenterPage(QWidget *parent = nullptr);

    domain::CenterInfo center() const;
    bool validatePage() override;

private:
    CenterFields *m_fields;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
