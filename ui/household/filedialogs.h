#pragma once

#include "storage/storeerror.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// Small dialogs of the household file. Each runs its change through `save` (HouseholdService)
// and keeps the translated error on screen when it is refused.

// A member left the household or died, on a Jalali date.
class MemberLeftDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<storage::StoreError(const QString &reason, const QDate &on)>;
    MemberLeftDialog(const QString &personName, Save save, QWidget *parent = nullptr);

private:
    void accept() override;

    Save m_save;
    QComboBox *m_reason;
    JalaliDateEdit *m_date;
    ErrorLabel *m_error;
};

// The file's status (active, suspended, closed, transferred) with the reason.
class StatusDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<storage::StoreError(const QString &status, const QString &reason)>;
    StatusDialog(const QString &current, Save save, QWidget *parent = nullptr);

private:
    void accept() override;

    Save m_save;
    QComboBox *m_status;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
