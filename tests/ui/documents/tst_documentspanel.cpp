// The Documents tab (offscreen, Persian, real store and keychain): attach a photo to a checklist
// line, preview it, mark it checked and verified; drop a PDF onto the panel and export a copy;
// reception's panel shows the states with no attach, mark or preview controls.
#include "documents/documentpreview.h"
#include "documents/documentspanel.h"
#include "documents/documentstatetext.h"
#include "locale/jalali.h"
#include "localization.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace pluslife;
using namespace pluslife::test;
using domain::DocumentState;

namespace {

const QByteArray kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

QTreeWidgetItem *currentRow(ui::DocumentsPanel &panel)
{
    return panel.findChild<QTreeWidget *>(u"documentChecklist"_s)->currentItem();
}

} // namespace

class TestDocumentsPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void attachPreviewCheckVerify();
    void dropPdfAndExportCopy();
    void scannedPdfIsPreviewed();
    void receptionSeesStatesOnly();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<services::Session> m_session;
    qint64 m_household = 0;
    qint64 m_head = 0;
};

void TestDocumentsPanel::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    m_keychain = std::make_unique<storage::KeychainSecretStore>(uniqueKeychainService());
    QString recovery;
    QVERIFY(services::CenterSetup::createCenter(
                m_dir.path(), *m_keychain, {u"1001"_s, u"مرکز امید"_s, u"تهران"_s, u"ری"_s, 450},
                {u"manager"_s, u"سارا احمدی"_s, u"head of center 1"_s}, &recovery,
                SystemClock::instance(), storage::KdfParams::fastForTests())
                .ok());
    m_session = std::make_unique<services::Session>(m_dir.path(), *m_keychain);
    QVERIFY(m_session->signIn(u"manager"_s, u"head of center 1"_s).ok());
    services::HouseholdService::NewFile file;
    file.head.firstName = u"مریم"_s;
    file.head.lastName = u"کریمی"_s;
    file.head.sex = u"female"_s;
    file.head.nationalCode = u"0076229645"_s;
    domain::Household created;
    QVERIFY(services::HouseholdService(*m_session).openFile(file, &created).ok());
    m_household = created.id;
    m_head = created.headPersonId;
    QVERIFY(m_head != 0);
}

void TestDocumentsPanel::attachPreviewCheckVerify()
{
    ui::DocumentsPanel panel(*m_session, m_household, nullptr);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.requestType(), u"new-file"_s);
    QVERIFY(panel.findChild<QPushButton *>(u"attachButton"_s));
    QVERIFY(panel.selectItem(u"national-card"_s, m_head));
    QCOMPARE(currentRow(panel)->text(2), ui::documentStateText(DocumentState::Missing));
    QCOMPARE(currentRow(panel)->text(0), u"کارت ملی"_s);

    QImage image(40, 24, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString png = m_files.filePath(u"card.png"_s);
    QVERIFY(image.save(png, "PNG"));
    QVERIFY(panel.attachFile(png));
    QCOMPARE(currentRow(panel)->text(2), ui::documentStateText(DocumentState::Attached));
    QVERIFY(panel.previewSelected());
    QVERIFY(panel.findChild<ui::DocumentPreview *>()->hasImage());

    auto *verify = panel.findChild<QPushButton *>(u"markVerifiedButton"_s);
    QVERIFY(!verify->isEnabled());
    QTest::mouseClick(panel.findChild<QPushButton *>(u"markCheckedButton"_s), Qt::LeftButton);
    QCOMPARE(currentRow(panel)->text(2), ui::documentStateText(DocumentState::Checked));
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    QTreeWidgetItem *row = currentRow(panel);
    QCOMPARE(row->text(2), ui::documentStateText(DocumentState::Verified));
    QCOMPARE(row->text(3), u"سارا احمدی"_s);
    QCOMPARE(row->text(4), locale::formatJalaliDate(QDate::currentDate(), panel.locale()));
    QVERIFY(row->text(4).contains(QChar(0x06F1))); // Persian digits (۱)
}

void TestDocumentsPanel::scannedPdfIsPreviewed()
{
    ui::DocumentsPanel panel(*m_session, m_household, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.selectItem(u"self-declaration"_s, 0));
    // A real one-page PDF, as a scanner would write it (drawn here with QPdfWriter).
    const QString path = m_files.filePath(u"scan.pdf"_s);
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, 2000, 2000), Qt::darkBlue);
        painter.drawText(QPoint(100, 3000), u"خوداظهاری"_s);
    }
    QVERIFY(panel.attachFile(path));
    QVERIFY(panel.previewSelected());
    QVERIFY(panel.findChild<ui::DocumentPreview *>()->hasImage());
}

void TestDocumentsPanel::dropPdfAndExportCopy()
{
    ui::DocumentsPanel panel(*m_session, m_household, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.selectItem(u"self-declaration"_s, 0));
    const QString pdf = m_files.filePath(u"declaration.pdf"_s);
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(kPdf) == kPdf.size());
    out.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pdf)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QCOMPARE(currentRow(panel)->text(2), ui::documentStateText(DocumentState::Attached));
    QVERIFY(panel.previewSelected());
    auto *preview = panel.findChild<ui::DocumentPreview *>();
    QVERIFY(!preview->hasImage());
    QVERIFY(preview->infoText().contains(u"PDF"_s));
    QTemporaryDir target;
    QString written;
    QVERIFY(panel.exportCopyTo(target.path(), &written));
    QCOMPARE(QFileInfo(written).fileName(), u"declaration.pdf"_s);
    QCOMPARE(readFile(written), kPdf);
    QVERIFY(panel.exportCopyTo(target.path(), &written)); // never overwrites
    QCOMPARE(QFileInfo(written).fileName(), u"declaration (2).pdf"_s);
}

void TestDocumentsPanel::receptionSeesStatesOnly()
{
    domain::Worker reception;
    QVERIFY(services::WorkerAdmin(*m_session)
                .addWorker(u"nahid"_s, u"ناهید"_s, domain::WorkerRole::Reception,
                           u"reception pass 1405"_s, &reception)
                .ok());
    QVERIFY(m_session->signIn(u"nahid"_s, u"reception pass 1405"_s).ok());
    ui::DocumentsPanel panel(*m_session, m_household, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.findChild<QPushButton *>(u"attachButton"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"previewButton"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"markCheckedButton"_s));
    QVERIFY(!panel.findChild<ui::DocumentPreview *>());
    QVERIFY(panel.selectItem(u"national-card"_s, m_head));
    QCOMPARE(currentRow(panel)->text(2), ui::documentStateText(DocumentState::Verified));
    QVERIFY(!currentRow(panel)->text(1).contains(u"مریم"_s)); // no member names for reception
    QVERIFY(!panel.attachFile(m_files.filePath(u"card.png"_s)));
    QVERIFY(!panel.previewSelected());
}

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
