#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;
class QWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// The printed household summary (issue 3, "print or save as PDF"): the center's name and code,
// "Household file", the file number, the Jalali print date, the head and members, address,
// housing, status, social worker and the latest timeline events, laid out right to left in the
// Persian interface with the locale's digits (the file number stays as stored, so it can be
// searched). Reading goes through HouseholdService::open, so the view is audited and roles that
// may not read file details (reception) are refused.
class HouseholdSummaryDocument {
    Q_DECLARE_TR_FUNCTIONS(HouseholdSummaryDocument)
public:
    // The summary as a document, ready to print; nullptr and a translated `error` when the file
    // cannot be read by the signed-in worker.
    static std::unique_ptr<QTextDocument> build(services::Session &session, qint64 householdId,
                                                QString *error);

    // Writes the summary as an A4 PDF to `pdfPath`. A PDF is plaintext on disk, so the export is
    // audited ("household.export", ids only); false and a translated `error` when refused or
    // when the file could not be written (no partial file is left behind).
    static bool printToPdf(services::Session &session, qint64 householdId, const QString &pdfPath,
                           QString *error);

    // For the UI: a print preview (with the system's print dialog behind its Print button).
    // Printing is audited ("household.print"). Asynchronous; returns at once.
    static void print(QWidget *parent, services::Session &session, qint64 householdId);
    // For the UI: asks where to save, then printToPdf(); reports the result in a message box.
    static void saveAsPdf(QWidget *parent, services::Session &session, qint64 householdId);
};

} // namespace pluslife::ui
