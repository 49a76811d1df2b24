#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace pluslife::services {
class Session;
}
namespace pluslife::sync {
class SyncController;
}

namespace pluslife::ui {

class ErrorLabel;
class OutboxModel;

// What waits to be sent to the central window and what it refused. A refused change can be sent
// again (after the cause is fixed elsewhere) or thrown away, after a confirmation, so that the
// central's copy of the record comes back at the next sync. Follows each finished cycle.
class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    OutboxDialog(services::Session &session, sync::SyncController *controller,
                 QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void reload();

private:
    QString selectedOpId() const;
    bool selectedIsQuarantined() const;
    qint64 selectedSeq() const;
    void selectSeq(qint64 seq);
    void updateButtons();
    void retrySelected();
    void askDiscard();
    void discard(const QString &opId);
    void afterChange();

    services::Session &m_session;
    QPointer<sync::SyncController> m_controller;
    OutboxModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    ErrorLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace pluslife::ui
