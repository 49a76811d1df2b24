#pragma once

#include "domain/household.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// The members of an open household file: a table (name, relation, national code, sex, Jalali
// birth date, mobile) and, for roles that may edit, add a member, edit a person, a member left
// or died, make someone the head. Every change goes through HouseholdService; `changed` asks the
// file view to read the file again.
class MembersTab : public QWidget {
    Q_OBJECT
public:
    explicit MembersTab(services::Session &session, QWidget *parent = nullptr);

    void setMembers(const domain::Household &household, const QList<domain::Member> &members);
    QTableWidget *table() const { return m_table; }

signals:
    void changed(const QString &notice);

private:
    const domain::Member *currentMember() const;
    void updateButtons();
    void addMember();
    void editPerson();
    void memberLeft();
    void makeHead();
    void screenMember();

    services::Session &m_session;
    domain::Household m_household;
    QList<domain::Member> m_members;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_left;
    QPushButton *m_head;
    QPushButton *m_screen;
};

} // namespace pluslife::ui
