#pragma once

#include "services/needsassessment.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
} // namespace pluslife::services

namespace pluslife::ui {

class ErrorLabel;

// The needs tab of a household file (activity 6, issue 5): the score and band with the
// explanation (each indicator's finding and points), saving the assessment, changing the band
// with a reason (the computed band stays visible), and the support plan (برنامه کمکی): propose
// it from the rules, add or remove catalog services with a note, accept proposed ones, and the
// manager's approval. The service refuses what the role may not do, whatever the panel shows.
class NeedsPanel : public QWidget {
    Q_OBJECT
public:
    NeedsPanel(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    void reload();
    const services::NeedsAssessment::Result &assessment() const { return m_result; }
    const std::optional<services::NeedsAssessment::Plan> &plan() const { return m_plan; }

    // What the buttons do, without their dialogs. False with the message shown.
    bool saveAssessment();
    bool overrideBand(const QString &band, const QString &reason);
    bool proposePlan();
    bool addService(const QString &serviceId, const QString &note);
    bool selectService(const QString &serviceId);
    bool acceptSelected();
    bool removeSelected(const QString &note);
    bool approvePlan();

signals:
    // The file changed (score, band, plan): the file view refreshes its header and timeline.
    void householdChanged(qint64 householdId);

private:
    void showAssessment();
    void showPlan();
    void updateButtons();
    void openOverrideDialog();
    void chooseService();
    void askRemove();
    qint64 selectedItemId() const;
    bool done(const storage::StoreError &error);

    services::Session &m_session;
    qint64 m_householdId;
    services::NeedsAssessment::Result m_result;
    std::optional<services::NeedsAssessment::Stored> m_stored;
    std::optional<services::NeedsAssessment::Plan> m_plan;
    QLabel *m_summary;
    QTableWidget *m_explanation;
    QPushButton *m_save;
    QPushButton *m_override;
    QLabel *m_planStatus;
    QTableWidget *m_items;
    QPushButton *m_propose;
    QPushButton *m_add;
    QPushButton *m_accept;
    QPushButton *m_remove;
    QPushButton *m_approve = nullptr; // managers only
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
