#include "mainwindow.h"

#include "needs/rankedhouseholdspage.h"
#include "referrals/myreferralspage.h"
#include "screening/screeningcampaigndialog.h"
#include "tasks/mytaskspage.h"

#include "admin/centersettingsdialog.h"
#include "admin/workersdialog.h"
#include "capacity/capacityview.h"
#include "caseload/caseloadpage.h"
#include "caseload/deskpage.h"
#include "domain/accesspolicy.h"
#include "homepage.h"
#include "intake/importdialog.h"
#include "locale/digits.h"
#include "lock/lockscreen.h"
#include "services/session.h"
#include "signin/changepassworddialog.h"
#include "sync/syncui.h"
#include "visits/visitplannerpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

MainWindow::MainWindow(services::Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(session, m_stack))
    , m_workerStatus(new QLabel(this))
    , m_centerStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_stack->setObjectName(u"centralStack"_s);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    m_workerStatus->setObjectName(u"workerStatusLabel"_s);
    m_centerStatus->setObjectName(u"centerStatusLabel"_s);
    statusBar()->addWidget(m_workerStatus, 1);
    statusBar()->addPermanentWidget(m_centerStatus);
    createActions();
    resize(960, 640);

    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlockedByPassword);
    connect(m_lockScreen, &LockScreen::signInAsSomeoneElse, this, &MainWindow::signInAsSomeoneElse);
    showUnlocked();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        return action;
    };
    m_lock = make(tr("&Lock"), u"lockAction"_s, QKeySequence(Qt::CTRL | Qt::Key_L));
    m_changePassword = make(tr("&Change password…"), u"changePasswordAction"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_signOut =
        make(tr("Sign &out"), u"signOutAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_quit = make(tr("&Quit"), u"quitAction"_s, QKeySequence::Quit);
    m_capacity = make(tr("&Capacity and assignment…"), u"capacityAction"_s,
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_workers =
        make(tr("&Workers…"), u"workersAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_centerSettings = make(tr("Center &settings…"), u"centerSettingsAction"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_about = make(tr("&About PlusLife Desk"), u"aboutAction"_s, QKeySequence::HelpContents);
    m_caseload = make(tr("&Caseload"), u"caseloadAction"_s, QKeySequence(Qt::CTRL | Qt::Key_F));
    m_newRequest =
        make(tr("&New request…"), u"newRequestAction"_s, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_inquiry = make(tr("&Walk-in question…"), u"walkInQuestionAction"_s,
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_import =
        make(tr("&Import the county office's list…"), u"importHouseholdsAction"_s, QKeySequence());
    m_visits = make(tr("Home &visits…"), u"visitPlannerAction"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_homePanel = make(tr("Center &panel"), u"homePanelAction"_s,
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_screeningCampaign =
        make(tr("&Screening campaign…"), u"screeningCampaignAction"_s, QKeySequence());
    m_ranked = make(tr("Households by &need…"), u"rankedHouseholdsAction"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_referrals = make(tr("My &referrals…"), u"myReferralsAction"_s,
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_tasks = make(tr("My follow-up &tasks…"), u"myTasksAction"_s,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_homePanel->setCheckable(true);
    m_homePanel->setChecked(true);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);

    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    desk->addAction(m_lock);
    desk->addAction(m_changePassword);
    desk->addSeparator();
    desk->addAction(m_signOut);
    desk->addAction(m_quit);
    QMenu *households = menuBar()->addMenu(tr("&Households"));
    households->setObjectName(u"householdsMenu"_s);
    households->addAction(m_caseload);
    households->addAction(m_newRequest);
    households->addAction(m_inquiry);
    households->addAction(m_import);
    households->addAction(m_visits);
    households->addAction(m_screeningCampaign);
    households->addAction(m_ranked);
    households->addAction(m_referrals);
    households->addAction(m_tasks);
    households->addSeparator();
    households->addAction(m_homePanel);
    QMenu *center = menuBar()->addMenu(tr("&Center"));
    center->setObjectName(u"centerMenu"_s);
    center->addAction(m_workers);
    center->addAction(m_capacity);
    center->addAction(m_centerSettings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);

    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::openChangePassword);
    connect(m_workers, &QAction::triggered, this, &MainWindow::openWorkers);
    connect(m_centerSettings, &QAction::triggered, this, &MainWindow::openCenterSettings);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_caseload, &QAction::triggered, this, [this] {
        if (m_desk)
            m_desk->showCaseload();
    });
    connect(m_newRequest, &QAction::triggered, this, [this] {
        if (m_desk)
            m_desk->openNewRequest();
    });
    connect(m_visits, &QAction::triggered, this, &MainWindow::openVisitPlanner);
    connect(m_ranked, &QAction::triggered, this, &MainWindow::openRankedHouseholds);
    connect(m_referrals, &QAction::triggered, this, [this] {
        if (isShowingLock())
            return;
        auto *page = new MyReferralsPage(m_session);
        connect(page, &MyReferralsPage::householdRequested, this,
                [this](qint64 householdId, qint64) { openFromCasePage(householdId); });
        openCasePage(page, u"myReferralsDialog"_s, tr("My referrals"));
    });
    connect(m_tasks, &QAction::triggered, this, [this] {
        if (isShowingLock())
            return;
        auto *page = new MyTasksPage(m_session);
        connect(page, &MyTasksPage::householdRequested, this,
                [this](qint64 householdId) { openFromCasePage(householdId); });
        openCasePage(page, u"myTasksDialog"_s, tr("My follow-up tasks"));
    });
    connect(m_screeningCampaign, &QAction::triggered, this, [this] {
        if (isShowingLock())
            return;
        auto *dialog = new ScreeningCampaignDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_capacity, &QAction::triggered, this, [this] {
        if (isShowingLock() || !m_session.worker().isManager())
            return;
        auto *view = new CapacityView(m_session, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        connect(view, &QDialog::finished, this, [this] {
            if (m_desk)
                m_desk->caseloadPage()->refresh();
        });
        view->open();
    });
    connect(m_import, &QAction::triggered, this, [this] {
        ImportDialog dialog(m_session, this);
        dialog.exec();
        if (m_desk)
            m_desk->caseloadPage()->refresh();
    });
    connect(m_inquiry, &QAction::triggered, this, [this] {
        if (m_desk)
            m_desk->openInquiry();
    });
    connect(m_homePanel, &QAction::toggled, this, [this](bool on) {
        if (m_desk)
            m_desk->setHomePanelVisible(on);
    });
}

DeskPage *MainWindow::desk() const
{
    return m_desk;
}

CaseloadPage *MainWindow::caseloadPage() const
{
    return m_desk ? m_desk->caseloadPage() : nullptr;
}

HouseholdFileView *MainWindow::householdFileView() const
{
    return m_desk ? m_desk->fileView() : nullptr;
}

void MainWindow::refreshHome()
{
    if (m_desk)
        m_desk->homePage()->refresh();
}

void MainWindow::showLocked()
{
    if (m_desk) {
        m_stack->removeWidget(m_desk);
        delete m_desk; // no data stays in memory behind the lock screen (open file included)
    }
    m_lockScreen->prepare();
    m_stack->setCurrentWidget(m_lockScreen);
    setDataActionsEnabled(false);
    m_lockScreen->setFocus();
}

void MainWindow::showUnlocked()
{
    if (!m_desk) {
        m_desk = new DeskPage(m_session, m_stack);
        m_desk->setHomePanelVisible(m_homePanel->isChecked());
        m_stack->addWidget(m_desk);
    }
    m_stack->setCurrentWidget(m_desk);
    refreshChrome();
    setDataActionsEnabled(true);
    m_desk->setFocus();
}

void MainWindow::refreshChrome()
{
    const domain::CenterInfo center = m_session.center();
    setWindowTitle(tr("%1 — PlusLife Desk").arg(center.name));
    const domain::Worker &worker = m_session.worker();
    m_workerStatus->setText(
        tr("%1 — %2").arg(worker.displayName, domain::roleDisplayName(worker.role)));
    m_centerStatus->setText(tr("Center %1").arg(locale::localizeDigits(center.code, QLocale())));
    const bool manager = worker.isManager();
    m_workers->setVisible(manager);
    m_centerSettings->setVisible(manager);
    m_capacity->setVisible(manager);
    if (QMenu *menu = findChild<QMenu *>(u"centerMenu"_s))
        menu->menuAction()->setVisible(manager);
    const bool registers = domain::allows(worker.role, domain::Capability::RegisterRequest);
    m_newRequest->setVisible(registers);
    m_inquiry->setVisible(registers);
    m_import->setVisible(domain::allows(worker.role, domain::Capability::OpenFile));
    m_screeningCampaign->setVisible(domain::allows(worker.role, domain::Capability::EditMembers));
    const bool casework = worker.role == domain::WorkerRole::Manager ||
                          worker.role == domain::WorkerRole::SocialWorker;
    m_ranked->setVisible(casework);
    m_referrals->setVisible(casework);
    m_tasks->setVisible(casework);
    if (m_sync)
        m_sync->refreshRoles();
}

void MainWindow::setDataActionsEnabled(bool enabled)
{
    for (QAction *action : {m_lock, m_changePassword, m_workers, m_centerSettings, m_caseload,
                            m_newRequest, m_inquiry, m_import, m_visits, m_capacity, m_homePanel,
                            m_screeningCampaign, m_ranked, m_referrals, m_tasks})
        action->setEnabled(enabled);
    if (m_sync)
        m_sync->setUnlocked(enabled);
}

void MainWindow::setSync(sync::SyncController *controller, storage::SecretStore &secrets)
{
    if (m_sync)
        return;
    m_sync = new SyncUi(m_session, secrets, controller, this);
    m_sync->setUnlocked(!isShowingLock());
}

void MainWindow::openRankedHouseholds()
{
    if (isShowingLock())
        return;
    // Who needs help first (activity 6); choosing a file opens it on the desk.
    auto *page = new RankedHouseholdsPage(m_session);
    connect(page, &RankedHouseholdsPage::openHousehold, this,
            [this](qint64 householdId) { openFromCasePage(householdId); });
    openCasePage(page, u"rankedHouseholdsDialog"_s, tr("Households by need"));
}

// The case lists (ranked households, my referrals, my tasks) open as dialogs like the others,
// so the lock closes them with everything that shows data; choosing a file closes the list and
// opens the file on the desk.
void MainWindow::openCasePage(QWidget *page, const QString &objectName, const QString &title)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    page->setParent(dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(page);
    dialog->resize(1000, 640);
    dialog->open();
    m_casePage = dialog;
}

void MainWindow::openFromCasePage(qint64 householdId)
{
    if (m_casePage)
        m_casePage->close();
    if (m_desk)
        m_desk->openFile(householdId);
}

void MainWindow::openVisitPlanner()
{
    if (isShowingLock())
        return;
    // A dialog like the others: the lock closes it with everything that shows data.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"visitPlannerDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Home visits"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new VisitPlannerPage(m_session, dialog));
    dialog->resize(1100, 640);
    dialog->open();
}

void MainWindow::openWorkers()
{
    if (isShowingLock() || !m_session.worker().isManager())
        return;
    auto *dialog = new WorkersDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshHome);
    dialog->open();
}

void MainWindow::openCenterSettings()
{
    if (isShowingLock() || !m_session.worker().isManager())
        return;
    auto *dialog = new CenterSettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshHome();
        refreshChrome();
        emit settingsChanged();
    });
    dialog->open();
}

void MainWindow::openChangePassword()
{
    if (isShowingLock())
        return;
    auto *dialog = new ChangePasswordDialog(m_session, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PlusLife Desk"),
                       tr("<h3>PlusLife Desk %1</h3><p>The desktop client of the +Life service "
                          "centers of the State Welfare Organization of Iran (Behzisti).</p>"
                          "<p>The center's files are kept encrypted on this computer.</p>")
                           .arg(QStringLiteral(PLUSLIFE_VERSION)));
}

void MainWindow::closeSilently()
{
    m_closingByApp = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closingByApp)
        emit quitRequested();
    event->accept();
}

} // namespace pluslife::ui
