#pragma once

#include "domain/household.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// A person's level-1 screenings (activity 18) on their record: the history, newest first, with
// the result and who screened when; "Screen…" fills one of the screening forms about the
// person (ScreeningLauncher). A result that needs it made its referral or re-screening task
// when it was submitted (forms/services/screeningoutcome.h).
class PersonScreeningPanel : public QWidget {
    Q_OBJECT
public:
    PersonScreeningPanel(services::Session &session, const domain::Person &person,
                         qint64 householdId, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    // A screening was submitted (the file may have a new referral or task).
    void screened();

private:
    void screen();

    services::Session &m_session;
    domain::Person m_person;
    qint64 m_householdId;
    QTreeWidget *m_history;
    QComboBox *m_forms;
    QPushButton *m_screen;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
