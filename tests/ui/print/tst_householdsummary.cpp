// The household summary printed to PDF in Persian (offscreen, real store and keychain): the PDF
// is produced, its text (read back with pdftotext) holds the file number, the head's family name
// and the center's name; the export is audited; reception is refused.
#include "localization.h"
#include "print/householdsummarydocument.h"
#include "services/centersetup.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

const auto kCenterName = u"مرکز مثبت زندگی امید"_s;
const auto kFamilyName = u"محمدی"_s;
const auto kManagerPassword = u"head of center 1"_s;
const auto kWorkerPassword = u"reception pass 1405"_s;

// pdftotext gives Arabic script either as letters or as presentation forms (U+FB50…U+FEFF), in
// logical or in visual order: compatibility forms are folded back, spaces and joiners dropped.
QString foldExtracted(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.removeIf([](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; });
    return folded;
}

bool containsPersian(const QString &extracted, const QString &word)
{
    const QString folded = foldExtracted(extracted);
    QString reversed = foldExtracted(word);
    std::reverse(reversed.begin(), reversed.end());
    return folded.contains(foldExtracted(word)) || folded.contains(reversed);
}

} // namespace

class TestHouseholdSummary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentHoldsTheFile();
    void pdfIsWrittenAndAudited();
    void pdfTextHoldsFileNumberAndNames();
    void printPreviewOpens();
    void receptionIsRefused();

private:
    QString writePdf();

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<services::Session> m_session;
    domain::Household m_file;
};

void TestHouseholdSummary::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            *ui::localeForLanguage(u"fa"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    m_keychain = std::make_unique<storage::KeychainSecretStore>(test::uniqueKeychainService());
    QString recovery;
    QVERIFY(services::CenterSetup::createCenter(
                m_dir.path(), *m_keychain, {u"1001"_s, kCenterName, u"تهران"_s, u"ری"_s, 450},
                {u"manager"_s, u"سارا احمدی"_s, kManagerPassword}, &recovery,
                SystemClock::instance(), storage::KdfParams::fastForTests())
                .ok());
    m_session = std::make_unique<services::Session>(m_dir.path(), *m_keychain);
    QVERIFY(m_session->signIn(u"manager"_s, kManagerPassword).ok());

    services::HouseholdService::NewFile file;
    file.head.firstName = u"فاطمه"_s;
    file.head.lastName = kFamilyName;
    file.head.fatherName = u"حسین"_s;
    file.head.sex = u"female"_s;
    file.head.birthDate = QDate(1985, 3, 21);
    file.head.nationalCode = u"0076229645"_s;
    domain::Member son;
    son.person.firstName = u"علی"_s;
    son.person.lastName = kFamilyName;
    son.person.sex = u"male"_s;
    son.person.birthDate = QDate(2012, 9, 1);
    son.relation = u"child"_s;
    file.others = {son};
    file.address = {
        u"تهران"_s, u"ری"_s, u"شهر ری"_s, u"دولت‌آباد"_s, u"خیابان فدائیان اسلام"_s, {}};
    file.housing = u"tenant"_s;
    file.monthlyRent = 8'000'000;
    QVERIFY(services::HouseholdService(*m_session).openFile(file, &m_file).ok());
    QVERIFY(!m_file.fileNumber.isEmpty());
}

QString TestHouseholdSummary::writePdf()
{
    const QString path = m_out.filePath(u"summary.pdf"_s);
    QString error;
    if (!ui::HouseholdSummaryDocument::printToPdf(*m_session, m_file.id, path, &error)) {
        qWarning() << error;
        return {};
    }
    return path;
}

void TestHouseholdSummary::documentHoldsTheFile()
{
    QString error;
    const auto document = ui::HouseholdSummaryDocument::build(*m_session, m_file.id, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->defaultTextOption().textDirection(), Qt::RightToLeft);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(m_file.fileNumber)); // as stored, ASCII
    QVERIFY(text.contains(kCenterName));
    QVERIFY(text.contains(u"فاطمه محمدی"_s));
    QVERIFY(text.contains(u"۰۰۷۶۲۲۹۶۴۵"_s)); // national code with Persian digits
    QVERIFY(text.contains(u"۱۳۶۴/۰۱/۰۱"_s)); // 1985-03-21 in Jalali, Persian digits
}

void TestHouseholdSummary::pdfIsWrittenAndAudited()
{
    const QString path = writePdf();
    QVERIFY(!path.isEmpty());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    const auto entries = m_session->audit().recent(10);
    const auto exported = std::find_if(entries.cbegin(), entries.cend(), [](const auto &e) {
        return e.action == "household.export"_L1;
    });
    QVERIFY(exported != entries.cend());
    QCOMPARE(exported->subjectId, QString::number(m_file.id));
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const auto &e) { return e.action == "household.view"_L1; }));

    const QString shots = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QFile::copy(path, shots + u"/household-summary.pdf"_s);
    if (!shots.isEmpty() && !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s,
                                          u"1"_s, path, shots + u"/household-summary"_s});
}

void TestHouseholdSummary::pdfTextHoldsFileNumberAndNames()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, installer/install-deps.sh --test) is not installed");
    const QString path = writePdf();
    QVERIFY(!path.isEmpty());
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(m_file.fileNumber), qPrintable(text));
    QVERIFY2(containsPersian(text, kFamilyName), qPrintable(text));
    QVERIFY2(containsPersian(text, u"امید"_s), qPrintable(text)); // from the center's name
}

void TestHouseholdSummary::printPreviewOpens()
{
    QWidget parent;
    parent.show();
    ui::HouseholdSummaryDocument::print(&parent, *m_session, m_file.id);
    auto *preview = parent.findChild<QDialog *>(u"householdPrintPreview"_s);
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    preview->reject(); // not printed: nothing to audit
    const auto entries = m_session->audit().recent(3);
    QVERIFY(std::none_of(entries.cbegin(), entries.cend(),
                         [](const auto &e) { return e.action == "household.print"_L1; }));
}

void TestHouseholdSummary::receptionIsRefused()
{
    domain::Worker reception;
    QVERIFY(services::WorkerAdmin(*m_session)
                .addWorker(u"reza"_s, u"رضا پذیرش"_s, domain::WorkerRole::Reception,
                           kWorkerPassword, &reception)
                .ok());
    m_session->signOut();
    QVERIFY(m_session->signIn(u"reza"_s, kWorkerPassword).ok());
    const QString path = m_out.filePath(u"refused.pdf"_s);
    QString error;
    QVERIFY(!ui::HouseholdSummaryDocument::printToPdf(*m_session, m_file.id, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    m_session->signOut();
    QVERIFY(m_session->signIn(u"manager"_s, kManagerPassword).ok());
}

QTEST_MAIN(TestHouseholdSummary)
#include "tst_householdsummary.moc"
