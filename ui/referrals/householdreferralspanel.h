#pragma once

#include "domain/referral.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The referrals of one household file (activities 7 and 9): the list with each referral's
// tracking number, kind, destination at its current priority, state and due date; "New
// referral…"; for the selected one the actions its state allows (send, accept, refuse with a
// reason, complete with the outcome, cancel with a reason), its introduction letter (print or
// PDF) and its history.
class HouseholdReferralsPanel : public QWidget {
    Q_OBJECT
public:
    HouseholdReferralsPanel(services::Session &session, qint64 householdId,
                            QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QListWidget *historyList() const { return m_history; }
    // The referral of the selected row (id 0 when none).
    domain::Referral selected() const;
    void selectReferral(qint64 referralId);

public slots:
    void refresh();
    void newReferral();
    void sendSelected();
    void acceptSelected();
    void rejectSelected();   // asks for the reason
    void completeSelected(); // asks for the outcome
    void cancelSelected();   // asks for the reason
    void printLetter();
    void saveLetterAsPdf();

signals:
    // After any change made here (the household's timeline and tasks changed too).
    void changed();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void showHistory();
    void afterChange(qint64 referralId, const QString &notice);

    services::Session &m_session;
    qint64 m_householdId;
    QList<domain::Referral> m_referrals;
    QTableWidget *m_table;
    QListWidget *m_history;
    QPushButton *m_new;
    QPushButton *m_send;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QPushButton *m_pdf;
    ErrorLabel *m_message;
};

// Translated descriptions shared by the referral screens.
namespace referrals {
// "Relief Foundation — کمیته امداد ری (2 of 3)"
QString destinationText(const domain::Referral &referral);
QString stateText(const domain::Referral &referral, const QDate &today);
} // namespace referrals

} // namespace pluslife::ui
