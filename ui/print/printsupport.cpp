#include "printsupport.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace pluslife::ui::print {

QFont documentFont(qreal pointSize)
{
    QFont font = QGuiApplication::font();
    for (const QString &family : {u"Noto Naskh Arabic"_s, u"Noto Sans Arabic"_s}) {
        if (QFontDatabase::hasFamily(family)) {
            font.setFamilies({family, QGuiApplication::font().family()});
            break;
        }
    }
    font.setPointSizeF(pointSize);
    return font;
}

void setUpA4(QPrinter *printer, qreal marginMillimetres, const QString &documentName)
{
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres,
                            marginMillimetres);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins,
                                       QPageLayout::Millimeter));
    printer->setCreator(u"PlusLife Desk"_s);
    printer->setDocName(documentName);
}

// Asynchronous, so that a lock can close it like any other window.
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &objectName)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pluslife::ui::print
