#include "householdsummarydocument.h"

#include "printsupport.h"

#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "summaryhtml.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

bool readContent(services::Session &session, qint64 householdId, SummaryContent *c, QString *error)
{
    services::HouseholdService service(session);
    // The audited way to read a file; refuses roles that may not see its details.
    const storage::StoreError opened = service.open(householdId, &c->household, &c->members);
    if (!opened.ok()) {
        if (error)
            *error = opened.message;
        return false;
    }
    const qint64 head = c->household.headPersonId;
    std::stable_partition(c->members.begin(), c->members.end(),
                          [head](const domain::Member &m) { return m.person.id == head; });
    c->center = session.center();
    c->events = service.timeline(householdId, kSummaryEvents);
    for (const domain::Member &m : std::as_const(c->members))
        c->names.people.insert(m.person.id, m.person.fullName());
    c->names.workers.insert(session.worker().id, session.worker().displayName);
    if (session.worker().isManager()) {
        for (const domain::Worker &w : services::WorkerAdmin(session).workers())
            c->names.workers.insert(w.id, w.displayName);
    }
    // The caseload line of the file carries its worker's name for every role that may read it.
    const auto lines = service.search(c->household.fileNumber, {}, 20);
    for (const domain::HouseholdSummary &line : lines) {
        if (line.id == householdId && line.workerId != 0) {
            c->workerName = line.workerName;
            c->names.workers.insert(line.workerId, line.workerName);
        }
    }
    c->printedAt = session.clock().nowUtc().toLocalTime();
    c->printedBy = session.worker().displayName;
    return true;
}

void setUpPrinter(QPrinter *printer, const QString &fileNumber)
{
    // The file number only: no names in the document's metadata.
    print::setUpA4(printer, 15, HouseholdSummaryDocument::tr("Household file %1").arg(fileNumber));
}

QString fileNumberOf(const QTextDocument &document)
{
    return document.metaInformation(QTextDocument::DocumentTitle);
}

} // namespace

std::unique_ptr<QTextDocument> HouseholdSummaryDocument::build(services::Session &session,
                                                               qint64 householdId, QString *error)
{
    SummaryContent content;
    if (!readContent(session, householdId, &content, error))
        return nullptr;
    const QLocale locale;
    auto document = std::make_unique<QTextDocument>();
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(locale.textDirection());
    option.setAlignment(locale.textDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    document->setDefaultTextOption(option);
    document->setDefaultFont(print::documentFont(10));
    document->setHtml(summaryHtml(content, locale));
    document->setMetaInformation(QTextDocument::DocumentTitle, content.household.fileNumber);
    return document;
}

bool HouseholdSummaryDocument::printToPdf(services::Session &session, qint64 householdId,
                                          const QString &pdfPath, QString *error)
{
    const auto document = build(session, householdId, error);
    if (!document)
        return false;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        setUpPrinter(&printer, fileNumberOf(*document));
        document->print(&printer);
    } // the PDF is complete once the printer is gone
    if (QFileInfo(pdfPath).size() <= 0) {
        QFile::remove(pdfPath);
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(pdfPath);
        return false;
    }
    // Decrypted data now sits on disk: that is recorded (ids only, never the path).
    const storage::StoreError audited =
        session.audit().append(session.worker().id, u"household.export"_s, u"household"_s,
                               QString::number(householdId), {{u"format"_s, u"pdf"_s}});
    if (!audited.ok()) {
        QFile::remove(pdfPath); // no unrecorded copy
        if (error)
            *error = audited.message;
        return false;
    }
    return true;
}

void HouseholdSummaryDocument::print(QWidget *parent, services::Session &session,
                                     qint64 householdId)
{
    QString error;
    auto document = build(session, householdId, &error);
    if (!document) {
        print::showMessage(parent, QMessageBox::Warning, tr("Print"), error,
                           u"householdPrintMessage"_s);
        return;
    }
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"householdPrintPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print household file"));
    setUpPrinter(dialog->printer(), fileNumberOf(*document));
    QTextDocument *owned = document.release();
    owned->setParent(dialog);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, owned,
                     [owned](QPrinter *printer) { owned->print(printer); });
    QObject::connect(dialog, &QDialog::accepted, dialog, [&session, householdId] {
        session.audit().append(session.worker().id, u"household.print"_s, u"household"_s,
                               QString::number(householdId));
    });
    dialog->open();
}

void HouseholdSummaryDocument::saveAsPdf(QWidget *parent, services::Session &session,
                                         qint64 householdId)
{
    auto *dialog = new QFileDialog(parent, tr("Save household file as PDF"));
    dialog->setObjectName(u"householdPdfDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(u"pdf"_s);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [parent, &session, householdId](const QString &path) {
                         QString error;
                         if (printToPdf(session, householdId, path, &error))
                             print::showMessage(parent, QMessageBox::Information, tr("Save as PDF"),
                                                tr("The household file was saved to %1. It holds "
                                                   "personal data: keep it safe and delete it when "
                                                   "done.")
                                                    .arg(QFileInfo(path).fileName()),
                                                u"householdPrintMessage"_s);
                         else
                             print::showMessage(parent, QMessageBox::Warning, tr("Save as PDF"),
                                                error, u"householdPrintMessage"_s);
                     });
    dialog->open();
}

} // namespace pluslife::ui
