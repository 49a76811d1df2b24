#pragma once

#include "domain/followuptask.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// "My tasks": the signed-in worker's open follow-up tasks that are overdue (oldest first) and
// due today, each with its file number; the selected one is marked done with a note.
// Double-click or Enter opens the household file (householdRequested).
class MyTasksPage : public QWidget {
    Q_OBJECT
public:
    explicit MyTasksPage(services::Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Overdue first, then today's.
    const QList<domain::FollowUpTask> &shown() const { return m_tasks; }
    void selectTask(qint64 taskId);

public slots:
    void refresh();
    void completeSelected(); // asks for the note

signals:
    void householdRequested(qint64 householdId);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    services::Session &m_session;
    QList<domain::FollowUpTask> m_tasks;
    QTableWidget *m_table;
    QPushButton *m_done;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
