// First run of the desktop app in Persian, through its real widgets: the setup wizard, sign-in,
// the agreement, the main window, locking and unlocking. Runs offscreen against the session's
// real keychain (gnome-keyring under dbus-run-session).
#include "app/appcontroller.h"
#include "localization.h"
#include "main/mainwindow.h"
#include "services/centersetup.h"
#include "services/session.h"
#include "setup/setupwizard.h"
#include "signin/signindialog.h"
#include "storage/keychainsecretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

const auto kCenterName = u"مرکز مثبت زندگی امید"_s;
const auto kManager = u"sara.ahmadi"_s;
const auto kManagerName = u"سارا احمدی"_s;
const auto kPassword = u"Setareh-۱۴۰۳-سبز"_s; // Persian letters and digits in a password
const auto kKeychainService = u"PlusLife Desk tests"_s;

bool hasPersianLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF && c.isLetter();
    });
}

// With PLUSLIFE_SCREENSHOT_DIR set, each step is saved as a picture for reviewing the layout.
void snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->window()->grab().save(dir + u'/' + name + u".png"_s);
}

QWidget *visibleTopLevel(const QString &objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible() && window->objectName() == objectName)
            return window;
    }
    return nullptr;
}

QString visibleLabelTexts(const QWidget *root)
{
    QStringList texts;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts.join(u'\n');
}

// QTest::keyClicks takes Latin-1 only: other characters go as key events carrying their text,
// as a Persian keyboard layout delivers them.
void typeText(QWidget *edit, const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(edit, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void type(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->clear();
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

void click(QWidget *root, const QString &objectName)
{
    auto *button = root->findChild<QAbstractButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void setupSignInLockAndUnlock();
    void wrongPasswordIsRefused();
    void lostKeychainIsRecoveredWithTheCode();

private:
    QString makeStore(const QString &dataDir, storage::SecretStore &secrets);
};

void TestFirstRun::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

QString TestFirstRun::makeStore(const QString &dataDir, storage::SecretStore &secrets)
{
    domain::CenterInfo center{u"77001"_s, kCenterName, u"فارس"_s, u"شیراز"_s, 450};
    QString recoveryCode;
    const storage::StoreError error = services::CenterSetup::createCenter(
        dataDir, secrets, center, {kManager, kManagerName, kPassword}, &recoveryCode,
        SystemClock::instance(), storage::KdfParams::fastForTests());
    return error.ok() ? recoveryCode : QString();
}

void TestFirstRun::setupSignInLockAndUnlock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    storage::KeychainSecretStore secrets(kKeychainService);
    ui::AppController controller({dir.filePath(u"data"_s), {}, {}}, secrets);
    services::Session &session = controller.session();
    controller.start();

    // The setup wizard, in Persian, right to left.
    ui::SetupWizard *wizard = controller.setupWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->layoutDirection(), Qt::RightToLeft);
    type(wizard, u"centerCodeEdit"_s, u"۷۷۰۰۱"_s); // Persian digits, stored as ASCII
    type(wizard, u"centerNameEdit"_s, kCenterName);
    auto *province = wizard->findChild<QComboBox *>(u"provinceCombo"_s);
    QVERIFY(province);
    QCOMPARE(province->count(), 31);
    province->setCurrentIndex(province->findText(u"فارس"_s));
    type(wizard, u"countyEdit"_s, u"شیراز"_s);
    auto *capacity = wizard->findChild<QComboBox *>(u"capacityCombo"_s);
    QVERIFY(capacity);
    capacity->setCurrentIndex(capacity->findData(150));
    snapshot(wizard, u"1-wizard-center"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::ManagerPageId));

    type(wizard, u"managerUserEdit"_s, kManager);
    type(wizard, u"managerNameEdit"_s, kManagerName);
    type(wizard, u"managerPasswordEdit"_s, kPassword);
    type(wizard, u"managerConfirmEdit"_s, kPassword);
    snapshot(wizard, u"2-wizard-manager"_s);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    const auto *managerError = wizard->findChild<QLabel *>(u"managerError"_s);
    QVERIFY2(wizard->currentId() == ui::SetupWizard::RecoveryPageId,
             qPrintable(managerError ? managerError->text() : QString()));
    QVERIFY(session.storeExists());

    // The recovery code, shown once; Finish only after the manager confirms writing it down.
    const auto *code = wizard->findChild<QLabel *>(u"recoveryCodeLabel"_s);
    QVERIFY(code && code->isVisible());
    QVERIFY2(QRegularExpression(u"^[0-9A-Z]{5}(-[0-9A-Z]{5})+$"_s).match(code->text()).hasMatch(),
             qPrintable(code->text()));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    auto *confirm = wizard->findChild<QCheckBox *>(u"recoveryConfirmCheck"_s);
    QVERIFY(confirm);
    QTest::keyClick(confirm, Qt::Key_Space);
    snapshot(wizard, u"3-wizard-recovery"_s);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // Sign in as the new manager (the user name is already filled in).
    ui::SignInDialog *signIn = controller.signInDialog();
    QVERIFY(signIn);
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    QCOMPARE(signIn->layoutDirection(), Qt::RightToLeft);
    snapshot(signIn, u"4-sign-in"_s);
    QCOMPARE(signIn->findChild<QLineEdit *>(u"signInUserEdit"_s)->text(), kManager);
    type(signIn, u"signInPasswordEdit"_s, kPassword);
    click(signIn, u"signInButton"_s);
    QVERIFY2(session.isSignedIn(), qPrintable(visibleLabelTexts(signIn)));

    // The non-disclosure agreement comes first.
    QWidget *nda = visibleTopLevel(u"ndaDialog"_s);
    QVERIFY(nda);
    QVERIFY(session.needsNdaAcceptance());
    snapshot(nda, u"5-nda"_s);
    click(nda, u"acceptNdaButton"_s);
    QVERIFY(!session.needsNdaAcceptance());

    // The main window: Persian, right to left, real data on the home page.
    ui::MainWindow *main = controller.mainWindow();
    QVERIFY(main);
    QVERIFY(QTest::qWaitForWindowExposed(main));
    QCOMPARE(main->layoutDirection(), Qt::RightToLeft);
    QVERIFY(main->windowTitle().contains(kCenterName));
    QVERIFY(hasPersianLetters(main->windowTitle()));
    snapshot(main, u"6-main"_s);
    const QString texts = visibleLabelTexts(main);
    QVERIFY2(texts.contains(kCenterName), qPrintable(texts));
    QVERIFY2(texts.contains(kManagerName), qPrintable(texts));
    QVERIFY(hasPersianLetters(texts));
    QCOMPARE(session.center().code, u"77001"_s);
    QCOMPARE(session.center().licensedCapacity, 150);
    QVERIFY(main->findChild<QAction *>(u"workersAction"_s)->isVisible());

    // Lock (Ctrl+L): the data pages are destroyed, only the lock screen is left.
    auto *lock = main->findChild<QAction *>(u"lockAction"_s);
    QVERIFY(lock);
    QCOMPARE(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->trigger();
    QVERIFY(session.isLocked());
    QVERIFY(!main->findChild<QWidget *>(u"homePage"_s));
    QVERIFY(!visibleLabelTexts(main).contains(u"77001"_s));
    auto *lockScreen = main->findChild<QWidget *>(u"lockScreen"_s);
    QVERIFY(lockScreen && lockScreen->isVisible());
    snapshot(main, u"7-locked"_s);
    QVERIFY(!main->findChild<QAction *>(u"workersAction"_s)->isEnabled());

    // The same worker's password opens it again.
    type(lockScreen, u"unlockPasswordEdit"_s, kPassword);
    click(lockScreen, u"unlockButton"_s);
    QVERIFY(!session.isLocked());
    QVERIFY(main->findChild<QWidget *>(u"homePage"_s));
    QVERIFY(main->findChild<QWidget *>(u"homePage"_s)->isVisible());
    QVERIFY(visibleLabelTexts(main).contains(kCenterName));

    // Left alone, the desk locks itself.
    controller.inactivityWatcher().setIdleInterval(std::chrono::milliseconds(200));
    QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 5000);
    QVERIFY(!main->findChild<QWidget *>(u"homePage"_s));
    QVERIFY(lockScreen->isVisible());
}

void TestFirstRun::wrongPasswordIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    storage::KeychainSecretStore secrets(kKeychainService);
    QVERIFY(!makeStore(dir.path(), secrets).isEmpty());

    ui::AppController controller({dir.path(), kManager, {}}, secrets);
    controller.start();
    QVERIFY(!controller.setupWizard());
    ui::SignInDialog *signIn = controller.signInDialog();
    QVERIFY(signIn);
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    type(signIn, u"signInPasswordEdit"_s, u"not-the-password-1403"_s);
    click(signIn, u"signInButton"_s);

    QVERIFY(!controller.session().isSignedIn());
    QVERIFY(!controller.mainWindow());
    QVERIFY(!visibleTopLevel(u"ndaDialog"_s));
    QVERIFY(signIn->isVisible());
    const auto *error = signIn->findChild<QLabel *>(u"signInError"_s);
    QVERIFY(error && error->isVisible());
    QVERIFY(!error->text().isEmpty());
    snapshot(signIn, u"8-wrong-password"_s);
    QVERIFY(!error->text().contains(u"not-the-password"_s));
    QVERIFY(signIn->findChild<QLineEdit *>(u"signInPasswordEdit"_s)->text().isEmpty());
    QVERIFY(!signIn->findChild<QWidget *>(u"useRecoveryCodeButton"_s)->isVisible());
}

void TestFirstRun::lostKeychainIsRecoveredWithTheCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    storage::KeychainSecretStore oldKeychain(kKeychainService);
    const QString recoveryCode = makeStore(dir.path(), oldKeychain);
    QVERIFY(!recoveryCode.isEmpty());

    // Another keychain (a new user profile) does not hold the store's device secret.
    storage::KeychainSecretStore newKeychain(kKeychainService + u" (new profile)"_s);
    ui::AppController controller({dir.path(), kManager, {}}, newKeychain);
    controller.start();
    ui::SignInDialog *signIn = controller.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    type(signIn, u"signInPasswordEdit"_s, kPassword);
    click(signIn, u"signInButton"_s);
    QVERIFY(!controller.session().isSignedIn());
    click(signIn, u"useRecoveryCodeButton"_s);

    QWidget *recovery = visibleTopLevel(u"recoveryCodeDialog"_s);
    if (!recovery) // a window-modal child dialog may not be a top-level on every platform
        recovery = signIn->findChild<QWidget *>(u"recoveryCodeDialog"_s);
    QVERIFY(recovery && recovery->isVisible());
    // Typed by hand: lower case, spaces instead of dashes.
    type(recovery, u"recoveryCodeEdit"_s, recoveryCode.toLower().replace(u'-', u' '));
    click(recovery, u"recoverButton"_s);
    QVERIFY(!recovery->isVisible());

    type(signIn, u"signInPasswordEdit"_s, kPassword);
    click(signIn, u"signInButton"_s);
    QVERIFY(controller.session().isSignedIn());
    QVERIFY(visibleTopLevel(u"ndaDialog"_s));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
