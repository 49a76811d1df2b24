#pragma once

#include "domain/household.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// Part of a household becomes a household of its own: tick the members who leave, choose their
// new head; a new file (new file number) is opened for them.
class SplitDialog : public QDialog {
    Q_OBJECT
public:
    SplitDialog(services::Session &session, const domain::Household &household,
                const QList<domain::Member> &members, QWidget *parent = nullptr);

    const domain::Household &created() const { return m_created; }

private:
    void updateHeads();
    void accept() override;

    services::Session &m_session;
    qint64 m_householdId;
    QListWidget *m_members;
    QComboBox *m_head;
    ErrorLabel *m_error;
    domain::Household m_created;
};

} // namespace pluslife::ui
