#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;
class QWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// The introduction letter (معرفی‌نامه) of a referral, in the interface's language
// (Persian first, right to left): the center's letterhead, the Jalali date, the file number, the
// referral's tracking number (kept in ASCII digits, as it is typed at the destination), the
// destination it is at now, the person introduced, the requested service and catalog id, a
// signature block, and a QR code of the tracking number (libqrencode). Reading is scope-checked
// through the services; a cancelled or exhausted referral has no letter.
class ReferralLetter {
    Q_DECLARE_TR_FUNCTIONS(ReferralLetter)
public:
    static std::unique_ptr<QTextDocument> build(services::Session &session, qint64 referralId,
                                                QString *error);
    // An A4 PDF at `pdfPath`; audited ("referral.letter_export", ids only). False and a
    // translated `error` when refused or not written (no partial file left behind).
    static bool printToPdf(services::Session &session, qint64 referralId, const QString &pdfPath,
                           QString *error);
    // Print preview with the system's print dialog; printing is audited.
    static void print(QWidget *parent, services::Session &session, qint64 referralId);
    // Asks where to save, then printToPdf(); reports in a message box.
    static void saveAsPdf(QWidget *parent, services::Session &session, qint64 referralId);

    // The QR code of `text` (black modules on white, a 4-module quiet zone, `scale` pixels a
    // module); a null image when it cannot be made.
    static QImage qrCode(const QString &text, int scale = 6);
};

} // namespace pluslife::ui
