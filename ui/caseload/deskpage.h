#pragma once

#include <QPointer>
#include <QStackedWidget>

class QSplitter;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class CaseloadPage;
class HomePage;
class HouseholdFileView;

// The signed-in desk: the caseload with the home panel beside it (who is signed in, the
// center), and in its place an open household file until Back. Intake and walk-in dialogs
// start here. The main window destroys the whole desk on lock.
class DeskPage : public QStackedWidget {
    Q_OBJECT
public:
    explicit DeskPage(services::Session &session, QWidget *parent = nullptr);

    CaseloadPage *caseloadPage() const { return m_caseload; }
    HomePage *homePage() const { return m_home; }
    HouseholdFileView *fileView() const;

    void showCaseload(); // closes an open file and puts the cursor in the search box
    void setHomePanelVisible(bool visible);
    void openFile(qint64 householdId);
    void openNewRequest();
    void openInquiry();

private:
    void closeFile();

    services::Session &m_session;
    QSplitter *m_split;
    CaseloadPage *m_caseload;
    HomePage *m_home;
    QPointer<HouseholdFileView> m_file;
};

} // namespace pluslife::ui
