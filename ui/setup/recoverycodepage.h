#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pluslife::ui {

// Setup, step 3: the recovery code, shown this once. Finish stays disabled until the manager
// confirms having written it down.
class RecoveryCodePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);

    void setRecoveryCode(const QString &code, const QString &centerName);
    bool isComplete() const override;
    bool isConfirmed() const;

private:
    void print();

    QLabel *m_code;
    QPushButton *m_copy;
    QPushButton *m_print;
    QCheckBox *m_confirm;
    QString m_centerName;
};

} // namespace pluslife::ui
