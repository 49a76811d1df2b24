#include "documentpreview.h"

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
    if (!plain.isEmpty() && !m_pixmap.loadFromData(plain))
        m_image->setText(tr("This image cannot be shown here. Use Open copy…"));
    else if (m_pixmap.isNull())
        m_image->setText(tr("PDF documents are not shown here. Use Open copy…"));
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
