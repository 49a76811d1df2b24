#pragma once

#include "domain/documentchecklist.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pluslife::ui {

// The preview pane of the documents panel: an image, or a PDF's first page rendered in memory,
// scaled to fit, with its type and size. "Open copy…" asks the panel for an audited export. Holds
// no plaintext: the image bytes are decoded into a pixmap and dropped.
class DocumentPreview : public QWidget {
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);

    // `plain` is the decrypted document (image or PDF), held only while it is drawn.
    void showDocument(const domain::Document &document, const QByteArray &plain);
    void clear();
    bool hasImage() const { return !m_pixmap.isNull(); }
    QString infoText() const;

signals:
    void openCopyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();
    static QPixmap renderFirstPdfPage(const QByteArray &pdf);

    QLabel *m_image;
    QLabel *m_info;
    QPushButton *m_openCopy;
    QPixmap m_pixmap;
};

} // namespace pluslife::ui
