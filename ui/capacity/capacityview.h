#pragma once

#include "services/capacityservice.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class CapacityModel;
class ErrorLabel;

// The manager's capacity view (issue 3, "Assignment within capacity"): the center's active
// files against its licence (the bar turns amber at 90 % and red at 100 %), the files of each
// social worker against their limit with overdue visits, the unassigned queue; reassigning files
// in bulk and changing a worker's limit. Other roles see a notice only (the service refuses).
// Asynchronous dialogs throughout, so that a lock can close it at any moment.
class CapacityView : public QDialog {
    Q_OBJECT
public:
    explicit CapacityView(services::Session &session, QWidget *parent = nullptr);

    void reload();
    CapacityModel *model() const { return m_model; }
    const services::CapacityService::Report &report() const { return m_report; }
    // The worker of the selected row, or -1.
    qint64 selectedWorkerId() const;
    void selectWorker(qint64 workerId);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showCenter();
    void updateButtons();
    void reassign(qint64 fromWorkerId);
    void editLimit();

    services::Session &m_session;
    services::CapacityService::Report m_report;
    QLabel *m_centerLabel;
    QProgressBar *m_centerBar;
    QLabel *m_queueLabel;
    QLabel *m_overdueLabel;
    CapacityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_reassign;
    QPushButton *m_assignQueue;
    QPushButton *m_limit;
    QPushButton *m_refresh;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
