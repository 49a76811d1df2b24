#include "importdialog.h"

#include "services/householdcsv.h"
#include "services/householdservice.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ImportDialog::ImportDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_override(new QLineEdit(this))
    , m_report(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("&Check the list"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import the county office's list"));
    m_path->setObjectName(u"importPathEdit"_s);
    m_override->setObjectName(u"importOverrideEdit"_s);
    m_override->setPlaceholderText(tr("Only when the list goes beyond the licensed capacity"));
    m_report->setObjectName(u"importReport"_s);
    m_report->setReadOnly(true);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_check->setObjectName(u"importCheckButton"_s);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("CSV &file:"), pathRow);
    if (m_session.worker().isManager())
        form->addRow(tr("Capacity &override reason:"), m_override);
    else
        m_override->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_check, &QPushButton::clicked, this, [this] { run(m_path->text(), false); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (run(m_path->text(), true))
            m_import->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The county office's list"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        run(path, false);
    }
}

bool ImportDialog::run(const QString &path, bool import)
{
    m_path->setText(path);
    m_report->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const services::HouseholdCsv csv = services::HouseholdCsv::parse(file.readAll());
    services::HouseholdService::ImportReport report;
    const storage::StoreError error = services::HouseholdService(m_session).importFiles(
        csv.files, m_override->text(), !import || !csv.problems.isEmpty(), &report);
    const QStringList problems = csv.problems + report.problems;
    m_report->setPlainText(problems.join(QLatin1Char('\n')));
    const QLocale locale;
    if (!problems.isEmpty() || !error.ok()) {
        m_summary->setText(
            problems.isEmpty()
                ? error.message
                : tr("Nothing can be imported until the %n problem(s) below are fixed.", nullptr,
                     int(problems.size())));
        m_import->setEnabled(false);
        return false;
    }
    m_summary->setText(
        import ? tr("Imported %1 households with %2 people.")
                     .arg(locale.toString(report.files), locale.toString(report.people))
               : tr("The list is valid: %1 households with %2 people. Press Import.")
                     .arg(locale.toString(report.files), locale.toString(report.people)));
    m_import->setEnabled(!import);
    return true;
}

} // namespace pluslife::ui
