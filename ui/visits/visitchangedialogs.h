#pragma once

#include "domain/visit.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLineEdit;
class QTimeEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// Moves a planned visit to another day (and time); the reason is mandatory and kept.
class RescheduleVisitDialog : public QDialog {
    Q_OBJECT
public:
    RescheduleVisitDialog(services::Session &session, const domain::Visit &visit,
                          QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    services::Session &m_session;
    domain::Visit m_visit;
    JalaliDateEdit *m_date;
    QCheckBox *m_hasTime;
    QTimeEdit *m_time;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
};

// Cancels a planned visit; the reason is mandatory and kept.
class CancelVisitDialog : public QDialog {
    Q_OBJECT
public:
    CancelVisitDialog(services::Session &session, const domain::Visit &visit,
                      QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    services::Session &m_session;
    domain::Visit m_visit;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
};

// What can be done with a planned visit: record it as done, reschedule it or cancel it. Each
// choice opens its dialog; `changed` is emitted once that dialog saved something.
class VisitActionsDialog : public QDialog {
    Q_OBJECT
public:
    VisitActionsDialog(services::Session &session, const domain::Visit &visit,
                       QWidget *parent = nullptr);

signals:
    void changed();

private:
    void openStep(QDialog *step);

    services::Session &m_session;
    domain::Visit m_visit;
};

// Opens VisitActionsDialog for the visit (non-modal, deleted on close) and calls `refresh`
// after each change.
void openVisitActions(services::Session &session, const domain::Visit &visit, QWidget *parent,
                      const std::function<void()> &refresh);

} // namespace pluslife::ui
