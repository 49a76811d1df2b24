#pragma once

#include "domain/referral.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// "My referrals" and "Overdue referrals": the open referrals of the signed-in worker's files (or
// written by them), or those past their due date in the worker's scope (the whole center for
// the manager). Double-click or Enter opens the household file (householdRequested).
class MyReferralsPage : public QWidget {
    Q_OBJECT
public:
    enum class View { Mine, Overdue };

    explicit MyReferralsPage(services::Session &session, QWidget *parent = nullptr);

    void setView(View view);
    View view() const;
    QTableWidget *table() const { return m_table; }
    const QList<domain::Referral> &shown() const { return m_referrals; }

public slots:
    void refresh();

signals:
    void householdRequested(qint64 householdId, qint64 referralId);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    services::Session &m_session;
    QList<domain::Referral> m_referrals;
    QComboBox *m_view;
    QTableWidget *m_table;
};

} // namespace pluslife::ui
