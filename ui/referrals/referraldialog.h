#pragma once

#include "domain/referral.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// Writes a new referral (activities 7 and 9) for a household: kind, the member concerned (or
// the whole household), the catalog service (DOMAIN.md §6) when there is one, the requested
// service, up to three ranked destinations and the due date (7 working days by default). Saved
// as a draft through ReferralService::create, which also sets the follow-up task.
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    // The referral once created (id 0 before).
    const domain::Referral &referral() const { return m_referral; }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *requestedEdit() const { return m_requested; }
    QComboBox *agencyBox(int priority) const { return m_agency.at(priority - 1); }
    QLineEdit *destinationEdit(int priority) const { return m_destination.at(priority - 1); }
    JalaliDateEdit *dueEdit() const { return m_due; }

public slots:
    void accept() override;

signals:
    void created(qint64 referralId);

private:
    services::Session &m_session;
    qint64 m_householdId;
    domain::Referral m_referral;
    QComboBox *m_kind;
    QComboBox *m_person;
    QComboBox *m_service;
    QLineEdit *m_requested;
    QList<QComboBox *> m_agency;
    QList<QLineEdit *> m_destination;
    JalaliDateEdit *m_due;
    ErrorLabel *m_error;
};

// Records what an accepted referral's destination gave: the service, the amount in rials and the
// payment id (شناسه پرداخت) for cash support, and a note.
class ReferralOutcomeDialog : public QDialog {
    Q_OBJECT
public:
    ReferralOutcomeDialog(services::Session &session, const domain::Referral &referral,
                          QWidget *parent = nullptr);

    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *paymentEdit() const { return m_payment; }

public slots:
    void accept() override;

private:
    services::Session &m_session;
    domain::Referral m_referral;
    QLineEdit *m_service;
    QLineEdit *m_amount;
    QLineEdit *m_payment;
    QLineEdit *m_note;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
