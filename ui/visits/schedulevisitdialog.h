#pragma once

#include "domain/visit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// Plans a home visit: a Jalali day (not in the past), an optional time, the purpose, and the
// worker (the signed-in one; a manager may choose another). With householdId 0 the dialog
// first lets the user find the household file by name, national code or file number.
class ScheduleVisitDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleVisitDialog(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    // The visit as saved, after the dialog was accepted.
    domain::Visit scheduledVisit() const { return m_visit; }

signals:
    void scheduled(const pluslife::domain::Visit &visit);

public slots:
    void accept() override;

private:
    void searchHouseholds(const QString &text);
    void fillWorkers();

    services::Session &m_session;
    qint64 m_householdId;
    domain::Visit m_visit;
    QLineEdit *m_search = nullptr;
    QComboBox *m_household = nullptr;
    JalaliDateEdit *m_date;
    QCheckBox *m_hasTime;
    QTimeEdit *m_time;
    QComboBox *m_worker = nullptr;
    QLineEdit *m_purpose;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
