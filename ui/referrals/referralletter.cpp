#include "referralletter.h"

#include "print/printsupport.h"

#include "domain/referral.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "services/householdservice.h"
#include "services/referralservice.h"
#include "services/session.h"
#include "storage/auditlog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

const QUrl kQrUrl(u"pluslife-letter://qr.png"_s);

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Left-to-right isolate: a code keeps its order inside right-to-left text.
QString ltr(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + esc(text) + QChar(0x2069);
}

void setUpPrinter(QPrinter *printer, const QString &trackingNumber)
{
    // The tracking number only: no names in the document's metadata.
    print::setUpA4(printer, 20, ReferralLetter::tr("Introduction letter %1").arg(trackingNumber));
}

QString letterHtml(const domain::CenterInfo &center, const domain::Referral &r,
                   const domain::Household &household, const QString &personName,
                   const QString &workerName, const QDate &today, const QLocale &locale)
{
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    const QString align = rtl ? u"right"_s : u"left"_s;
    const QString opposite = rtl ? u"left"_s : u"right"_s;
    const domain::ReferralDestination to = r.currentDestination();
    QString html = u"<html><body dir=\"%1\">"_s.arg(rtl ? u"rtl"_s : u"ltr"_s);
    // Letterhead
    html += u"<p align=\"center\"><b>%1</b><br/>%2<br/>%3</p>"_s.arg(
        esc(ReferralLetter::tr("In the name of God")),
        u"<span style=\"font-size:15pt\"><b>%1</b></span>"_s.arg(esc(center.name)),
        esc(ReferralLetter::tr("+Life service center, code %1 — %2, %3"))
            .arg(ltr(center.code), esc(center.province), esc(center.county)));
    html += u"<hr/>"_s;
    // Date and numbers, on the opposite side as a letter's reference block.
    html +=
        u"<table width=\"100%\"><tr><td align=\"%1\" width=\"70%\">"
        u"<span style=\"font-size:16pt\"><b>%2</b></span></td>"
        u"<td align=\"%3\">%4<br/>%5<br/>%6</td></tr></table>"_s.arg(
            align, esc(ReferralLetter::tr("Introduction letter")), opposite,
            esc(ReferralLetter::tr("Date: %1")).arg(esc(locale::formatJalaliDate(today, locale))),
            esc(ReferralLetter::tr("File number: %1")).arg(ltr(household.fileNumber)),
            esc(ReferralLetter::tr("Tracking number: %1")).arg(ltr(r.trackingNumber)));
    // Addressee
    html += u"<p align=\"%1\">%2</p>"_s.arg(
        align, esc(ReferralLetter::tr("To: %1 (%2)"))
                   .arg(esc(to.name), esc(domain::referralAgencyKindName(to.agencyKind))));
    html += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(ReferralLetter::tr("Greetings;")));
    QString service = esc(r.requestedService);
    if (!r.serviceId.isEmpty())
        service +=
            u" "_s + esc(ReferralLetter::tr("(Behzisti service id %1)")).arg(ltr(r.serviceId));
    html += u"<p align=\"%1\">%2</p>"_s.arg(
        align,
        esc(ReferralLetter::tr("With respect, %1, of household file %2 of this center, is "
                               "introduced to you to receive: %3. Please provide the "
                               "service as your rules allow and let this center know the "
                               "result, quoting tracking number %4."))
            .arg(esc(personName), ltr(household.fileNumber), service, ltr(r.trackingNumber)));
    html += u"<p align=\"%1\">%2: %3</p>"_s.arg(align, esc(ReferralLetter::tr("Kind of referral")),
                                                esc(domain::referralKindName(r.kind)));
    // Signature block and the QR code of the tracking number.
    html += u"<br/><table width=\"100%\"><tr>"
            u"<td align=\"%1\" width=\"35%\">%2<br/>%3<br/><br/>%4</td>"
            u"<td align=\"%1\" width=\"35%\">%5<br/><br/><br/>%6</td>"
            u"<td align=\"center\"><img src=\"%7\" width=\"110\" height=\"110\"/><br/>%8</td>"
            u"</tr></table>"_s.arg(align, esc(ReferralLetter::tr("Social worker")), esc(workerName),
                                   esc(ReferralLetter::tr("Signature")),
                                   esc(ReferralLetter::tr("Center manager")),
                                   esc(ReferralLetter::tr("Signature and stamp")),
                                   kQrUrl.toString(), ltr(r.trackingNumber));
    html += u"</body></html>"_s;
    return html;
}

} // namespace

QImage ReferralLetter::qrCode(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
        }
    }
    painter.end();
    QRcode_free(code);
    return image;
}

std::unique_ptr<QTextDocument> ReferralLetter::build(services::Session &session, qint64 referralId,
                                                     QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<QTextDocument>();
    };
    domain::Referral r;
    if (const storage::StoreError loaded = services::ReferralService(session).load(referralId, &r);
        !loaded.ok())
        return fail(loaded.message);
    if (r.state == u"cancelled"_s || r.state == u"exhausted"_s)
        return fail(tr("A cancelled referral, or one every destination refused, has no letter."));
    domain::Household household;
    QList<domain::Member> members;
    if (const storage::StoreError opened =
            services::HouseholdService(session).open(r.householdId, &household, &members);
        !opened.ok())
        return fail(opened.message);
    QString personName;
    for (const domain::Member &m : std::as_const(members)) {
        if (m.person.id == (r.personId > 0 ? r.personId : household.headPersonId))
            personName = m.person.fullName();
    }
    if (personName.isEmpty())
        personName = tr("the household");
    const QLocale locale;
    auto document = std::make_unique<QTextDocument>();
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(locale.textDirection());
    option.setAlignment(locale.textDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    document->setDefaultTextOption(option);
    document->setDefaultFont(print::documentFont(11));
    document->addResource(QTextDocument::ImageResource, kQrUrl, qrCode(r.trackingNumber));
    document->setHtml(letterHtml(session.center(), r, household, personName,
                                 session.worker().displayName,
                                 session.clock().nowUtc().toLocalTime().date(), locale));
    document->setMetaInformation(QTextDocument::DocumentTitle, r.trackingNumber);
    return document;
}

bool ReferralLetter::printToPdf(services::Session &session, qint64 referralId,
                                const QString &pdfPath, QString *error)
{
    const auto document = build(session, referralId, error);
    if (!document)
        return false;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        setUpPrinter(&printer, document->metaInformation(QTextDocument::DocumentTitle));
        document->print(&printer);
    }
    if (QFileInfo(pdfPath).size() <= 0) {
        QFile::remove(pdfPath);
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(pdfPath);
        return false;
    }
    const storage::StoreError audited =
        session.audit().append(session.worker().id, u"referral.letter_export"_s, u"referral"_s,
                               QString::number(referralId), {{u"format"_s, u"pdf"_s}});
    if (!audited.ok()) {
        QFile::remove(pdfPath);
        if (error)
            *error = audited.message;
        return false;
    }
    return true;
}

void ReferralLetter::print(QWidget *parent, services::Session &session, qint64 referralId)
{
    QString error;
    auto document = build(session, referralId, &error);
    if (!document) {
        print::showMessage(parent, QMessageBox::Warning, tr("Print"), error,
                           u"referralLetterMessage"_s);
        return;
    }
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"referralLetterPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print introduction letter"));
    setUpPrinter(dialog->printer(), document->metaInformation(QTextDocument::DocumentTitle));
    QTextDocument *owned = document.release();
    owned->setParent(dialog);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, owned,
                     [owned](QPrinter *printer) { owned->print(printer); });
    QObject::connect(dialog, &QDialog::accepted, dialog, [&session, referralId] {
        session.audit().append(session.worker().id, u"referral.letter_print"_s, u"referral"_s,
                               QString::number(referralId));
    });
    dialog->open();
}

void ReferralLetter::saveAsPdf(QWidget *parent, services::Session &session, qint64 referralId)
{
    auto *dialog = new QFileDialog(parent, tr("Save introduction letter as PDF"));
    dialog->setObjectName(u"referralLetterPdfDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(u"pdf"_s);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [parent, &session, referralId](const QString &path) {
                         QString error;
                         if (printToPdf(session, referralId, path, &error))
                             print::showMessage(parent, QMessageBox::Information, tr("Save as PDF"),
                                                tr("The letter was saved to %1. It holds personal "
                                                   "data: keep it safe and delete it when done.")
                                                    .arg(QFileInfo(path).fileName()),
                                                u"referralLetterMessage"_s);
                         else
                             print::showMessage(parent, QMessageBox::Warning, tr("Save as PDF"),
                                                error, u"referralLetterMessage"_s);
                     });
    dialog->open();
}

} // namespace pluslife::ui
