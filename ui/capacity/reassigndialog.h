#pragma once

#include "services/capacityservice.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The manager moves files in bulk: the files of one worker (or the unassigned queue) are listed
// with check boxes, a target worker (or the queue) is chosen, and CapacityService::assign runs
// for all of them in one transaction. At the target's limit the manager is asked for a reason to
// go beyond it, and the assignment is tried again with that reason.
class ReassignDialog : public QDialog {
    Q_OBJECT
public:
    // fromWorkerId 0: the unassigned queue. `workers`: the rows of the capacity report.
    ReassignDialog(services::Session &session, qint64 fromWorkerId,
                   const QList<services::CapacityService::WorkerLoad> &workers,
                   QWidget *parent = nullptr);

    QList<qint64> checkedFiles() const;

signals:
    // After a successful assignment, with the service's warnings (90 % reached) translated.
    void assigned(int files, const QString &targetName, const QStringList &warnings);

private:
    void accept() override;
    void assignWith(const QString &overrideReason);
    bool blockedByLimit(qint64 targetId) const;
    void askOverrideReason(const QString &why);
    void setAllChecked(bool checked);

    services::Session &m_session;
    QListWidget *m_files;
    QComboBox *m_target;
    QPushButton *m_all;
    QPushButton *m_none;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
