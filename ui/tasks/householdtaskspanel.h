#pragma once

#include "domain/followuptask.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// The follow-up tasks of one household file (activity 8, plan side): open ones first with their
// due dates (overdue marked), then done and cancelled ones with their notes. A new task is
// written in the bar at the top (what, by when); the selected open task is marked done with a
// note or cancelled with a reason.
class HouseholdTasksPanel : public QWidget {
    Q_OBJECT
public:
    HouseholdTasksPanel(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *titleEdit() const { return m_title; }
    JalaliDateEdit *dueEdit() const { return m_due; }
    const QList<domain::FollowUpTask> &tasks() const { return m_tasks; }
    void selectTask(qint64 taskId);

public slots:
    void refresh();
    void addTask();
    void completeSelected(); // asks for the note
    void cancelSelected();   // asks for the reason

signals:
    void changed();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    domain::FollowUpTask selected() const;
    void updateActions();

    services::Session &m_session;
    qint64 m_householdId;
    QList<domain::FollowUpTask> m_tasks;
    QLineEdit *m_title;
    JalaliDateEdit *m_due;
    QPushButton *m_add;
    QTableWidget *m_table;
    QPushButton *m_done;
    QPushButton *m_cancel;
    ErrorLabel *m_message;
};

namespace tasks {
// The translated status of a task ("Open", "Overdue", "Done", "Cancelled").
QString statusText(const domain::FollowUpTask &task, const QDate &today);
// Opens the "done with a note" dialog for a task; `done` runs after it was saved.
void askDone(services::Session &session, qint64 taskId, QWidget *parent,
             const std::function<void()> &done);
} // namespace tasks

} // namespace pluslife::ui
