#pragma once

#include "domain/visit.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// Records that a home visit took place, with the structured note that stands in for the
// visit-report form (forms issue): who was present, the housing condition, what was observed
// (required) and whether it matches the declared information.
class VisitReportDialog : public QDialog {
    Q_OBJECT
public:
    VisitReportDialog(services::Session &session, const domain::Visit &visit,
                      QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    services::Session &m_session;
    domain::Visit m_visit;
    QLineEdit *m_present;
    QComboBox *m_housing;
    QPlainTextEdit *m_observations;
    ErrorLabel *m_observationsError;
    QComboBox *m_agrees;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
