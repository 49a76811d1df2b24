#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// What the signed-in worker sees first: who they are, today's date, the center, its capacity,
// its workers and the idle-lock setting. Holds data: destroyed whenever the desk locks.
class MyDraftsList;

class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(services::Session &session, QWidget *parent = nullptr);

    void refresh();

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);

    services::Session &m_session;
    QLabel *m_welcome;
    QLabel *m_role;
    QLabel *m_today;
    QLabel *m_centerName;
    QLabel *m_centerCode;
    QLabel *m_place;
    QLabel *m_capacity;
    QLabel *m_fileNumbers;
    QLabel *m_fileNumbersLabel;
    QLabel *m_workersLabel;
    QLabel *m_workers;
    QLabel *m_idleLock;
    MyDraftsList *m_drafts = nullptr;
};

} // namespace pluslife::ui
