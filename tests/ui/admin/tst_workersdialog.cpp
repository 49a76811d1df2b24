// The manager's workers dialog through its widgets: reset a password and re-enable an account
// with a temporary password (both must then be changed at the next sign-in).
#include "admin/workersdialog.h"
#include "localization.h"
#include "services/centersetup.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;

class TestWorkersDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resetPasswordThroughTheDialog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    test::ManualClock m_clock;
    std::unique_ptr<services::Session> m_session;
};

void TestWorkersDialog::initTestCase()
{
    ui::installLocalization(*qApp, QLocale(QLocale::Persian, QLocale::Iran));
    m_keychain = std::make_unique<storage::KeychainSecretStore>(test::uniqueKeychainService());
    QString recovery;
    QVERIFY(
        services::CenterSetup::createCenter(
            m_dir.path(), *m_keychain,
            {QStringLiteral("1001"), QStringLiteral("مرکز امید"), {}, {}, 450},
            {QStringLiteral("manager"), QStringLiteral("مدیر"), QStringLiteral("head of center 1")},
            &recovery, m_clock, storage::KdfParams::fastForTests())
            .ok());
    m_session = std::make_unique<services::Session>(m_dir.path(), *m_keychain, m_clock);
    QVERIFY(m_session->signIn(QStringLiteral("manager"), QStringLiteral("head of center 1")).ok());
    QVERIFY(services::WorkerAdmin(*m_session)
                .addWorker(QStringLiteral("sara"), QStringLiteral("سارا"),
                           domain::WorkerRole::SocialWorker, QStringLiteral("first pass 1405"))
                .ok());
}

void TestWorkersDialog::resetPasswordThroughTheDialog()
{
    ui::WorkersDialog dialog(*m_session);
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("workersTable"));
    QVERIFY(table);
    int saraRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        for (int column = 0; column < table->model()->columnCount(); ++column)
            if (table->model()->index(row, column).data().toString() == QLatin1String("sara"))
                saraRow = row;
    QVERIFY(saraRow >= 0);
    table->selectionModel()->setCurrentIndex(table->model()->index(saraRow, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resetPasswordButton")),
                      Qt::LeftButton);
    QWidget *asked = nullptr;
    QTRY_VERIFY((asked = dialog.findChild<QWidget *>(QStringLiteral("temporaryPasswordDialog"))) !=
                    nullptr &&
                asked->isVisible());
    asked->findChild<QLineEdit *>(QStringLiteral("temporaryPasswordEdit"))
        ->setText(QStringLiteral("new temporary 7"));
    asked->findChild<QLineEdit *>(QStringLiteral("temporaryConfirmEdit"))
        ->setText(QStringLiteral("new temporary 7"));
    QTest::mouseClick(
        asked->findChild<QPushButton *>(QStringLiteral("confirmTemporaryPasswordButton")),
        Qt::LeftButton);
    m_session->signOut();
    QCOMPARE(m_session->signIn(QStringLiteral("sara"), QStringLiteral("first pass 1405")).code,
             storage::StoreErrorCode::WrongPassword);
    QVERIFY(m_session->signIn(QStringLiteral("sara"), QStringLiteral("new temporary 7")).ok());
    QVERIFY(m_session->worker().mustChangePassword);
}

QTEST_MAIN(TestWorkersDialog)
#include "tst_workersdialog.moc"
