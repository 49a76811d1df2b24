#pragma once

#include "domain/household.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class AddressPanel;
class ErrorLabel;
class MembersTab;
class TimelineTab;

// One household file, opened from the caseload (the opening is audited by the service):
// a header (file number, head, social worker, status, priority), the Members and Timeline tabs
// and the Address and housing panel; status change, merge and split for roles that may.
// Reception never gets here (the service refuses and the caseload does not offer it).
// Holds data: destroyed on lock.
class HouseholdFileView : public QWidget {
    Q_OBJECT
public:
    HouseholdFileView(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    // Reads the file again (after a change); false with the translated reason shown when the
    // service refuses.
    bool reload();
    qint64 householdId() const { return m_householdId; }
    bool isOpen() const { return m_household.id != 0; }
    MembersTab *membersTab() const { return m_members; }
    TimelineTab *timelineTab() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void backRequested();
    void fileChanged(); // the caseload should search again

private:
    QLabel *headerLabel(const QString &name);
    void afterChange(const QString &notice);
    void changeStatus();
    void mergeDuplicate();
    void split();

    services::Session &m_session;
    qint64 m_householdId;
    domain::Household m_household;
    QList<domain::Member> m_memberList;
    QLabel *m_title;
    QLabel *m_worker;
    QLabel *m_status;
    QLabel *m_priority;
    ErrorLabel *m_notice;
    QPushButton *m_back;
    QPushButton *m_statusButton;
    QPushButton *m_merge;
    QPushButton *m_split;
    QTabWidget *m_tabs;
    MembersTab *m_members;
    TimelineTab *m_timeline;
    AddressPanel *m_address;
};

} // namespace pluslife::ui
