#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class CaseloadModel;
class CaseloadSortProxy;
class ErrorLabel;

// The caseload: search-as-you-type (name, national code, file number or mobile; folding and any
// digits handled by HouseholdService::search), the role's filters (a social worker: own files
// and the unassigned queue; the manager: all files, unassigned, or one worker's; reception:
// search results only), the count of files always in view and a keyboard-first table: Down
// from the search box goes to the table, Enter opens the file. Holds data: destroyed on lock.
class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    explicit CaseloadPage(services::Session &session, QWidget *parent = nullptr);

    void refresh();     // search again now, keeping the selected file
    void focusSearch(); // put the cursor in the search box, text selected
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    CaseloadModel *model() const { return m_model; }

signals:
    void openRequested(qint64 householdId);
    void newRequestRequested();
    void inquiryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Scope { AllFiles = -1, Unassigned = 0, MineOnly = -2, MineAndUnassigned = -3 };
    void fillScopes();
    void openIndex(const QModelIndex &proxyIndex);
    void updateCount(int shown, bool capped);

    services::Session &m_session;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_status;
    QComboBox *m_priority;
    QCheckBox *m_visitDue;
    QLabel *m_count;
    QPushButton *m_newRequest;
    QPushButton *m_inquiry;
    QTableView *m_table;
    ErrorLabel *m_note;
    CaseloadModel *m_model;
    CaseloadSortProxy *m_proxy;
    QTimer m_debounce;
};

} // namespace pluslife::ui
