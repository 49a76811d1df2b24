#include "documentpreview.h"

#include <QBuffer>
#include <QPdfDocument>

#include "documentstatetext.h"
#include "locale/jalali.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

DocumentPreview::DocumentPreview(QWidget *parent)
    : QWidget(parent)
    , m_image(new QLabel(this))
    , m_info(new QLabel(this))
    , m_openCopy(new QPushButton(tr("Open copy…"), this))
{
    setObjectName(u"documentPreview"_s);
    m_image->setObjectName(u"previewImage"_s);
    m_info->setObjectName(u"previewInfo"_s);
    m_openCopy->setObjectName(u"openCopyButton"_s);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(160, 160);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_openCopy->setToolTip(tr("Saves a decrypted copy to a folder you choose and opens it. "
                              "The copy is recorded in the audit log."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_info);
    layout->addWidget(m_openCopy, 0, Qt::AlignLeading);
    connect(m_openCopy, &QPushButton::clicked, this, &DocumentPreview::openCopyRequested);
    clear();
}

// The first page of a PDF, rendered from memory (the decrypted bytes never touch the disk);
// a null pixmap when the file cannot be read as a PDF.
QPixmap DocumentPreview::renderFirstPdfPage(const QByteArray &pdf)
{
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return {};
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty())
        return {};
    const QSize size(1000, qRound(1000 * points.height() / points.width()));
    const QImage image = document.render(0, size);
    document.close();
    bytes.fill('\0');
    return QPixmap::fromImage(image);
}

void DocumentPreview::clear()
{
    m_pixmap = QPixmap();
    m_image->clear();
    m_image->setText(tr("Select an attached document and press Preview."));
    m_info->clear();
    m_openCopy->setEnabled(false);
}

void DocumentPreview::showDocument(const domain::Document &document, const QByteArray &plain)
{
    m_pixmap = QPixmap();
    m_image->clear();
    if (document.mimeType == QLatin1String("application/pdf"))
        m_pixmap = renderFirstPdfPage(plain);
    else if (!plain.isEmpty())
        m_pixmap.loadFromData(plain);
    if (m_pixmap.isNull())
        m_image->setText(tr("This document cannot be shown here. Use Open copy…"));
    const QLocale loc = locale();
    QString info = documentSizeText(document.mimeType, document.size, loc);
    if (!document.originalName.isEmpty())
        info = document.originalName + u" — "_s + info;
    m_info->setText(
        tr("%1\nAdded by %2 on %3")
            .arg(info, document.addedByName,
                 locale::formatJalaliDate(document.addedUtc.toLocalTime().date(), loc)));
    m_openCopy->setEnabled(true);
    rescale();
}

QString DocumentPreview::infoText() const
{
    return m_info->text();
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rescale();
}

void DocumentPreview::rescale()
{
    if (m_pixmap.isNull())
        return;
    m_image->setPixmap(m_pixmap.scaled(m_image->size().expandedTo(QSize(16, 16)),
                                       Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace pluslife::ui
