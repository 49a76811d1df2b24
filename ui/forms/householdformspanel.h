#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The household file's forms: fill a form of the library about this household, resume or
// throw away a draft, look at what was submitted and correct it (a correction is a new
// submission that supersedes the old one; nothing is edited in place).
class HouseholdFormsPanel : public QWidget {
    Q_OBJECT
public:
    HouseholdFormsPanel(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    // A submission changed the file (case fields, timeline, a visit marked done).
    void fileChanged();

private:
    void fillNew();
    void resumeDraft();
    void discardDraft();
    void viewSubmission();
    void correctSubmission();
    void afterFilling(bool submitted);
    qint64 selectedId(QTreeWidget *list) const;

    services::Session &m_session;
    qint64 m_householdId;
    QComboBox *m_forms;
    QPushButton *m_fill;
    QTreeWidget *m_drafts;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QTreeWidget *m_submissions;
    QPushButton *m_view;
    QPushButton *m_correct;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
